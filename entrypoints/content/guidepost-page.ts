import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposerView, OverlayActions, ReviewView } from '../../components/in-page/view-model';
import type { Finding } from '../../rules/schema/finding';
import { recordFeedback } from '../../utils/feedback';
import { readMessage, unanswered, type Answer, type PopupToContent } from '../../utils/messages';
import type { SiteId } from '../../rules/sites';
import { isLocked, isSnoozed } from '../../utils/settings';
import { bioDisclaimerItem } from '../../utils/storage-items';
import { saysViewsOwn } from './bio-disclaimer';
import { watchChecker, type CheckerState } from './checker-source';
import { ComposerSession, type SessionHost } from './composer-session';
import { watchComposers } from './composer-watcher';
import { draftStatus } from './draft-status';
import { insertIntoEditor } from './insert-text';
import { mountOverlay, OVERLAY_NAME } from './mount-overlay';
import { createOverlayStore } from './overlay-store';
import { findingViews } from './finding-views';
import { onNextFrame } from './next-frame';
import { guardPosting } from './post-guard';
import { withGenericFallback } from './sites/generic';
import type { SiteAdapter } from './sites/site-adapter';

interface PendingReview {
  session: ComposerSession;
  findings: Finding[];
  proceed: () => void;
}

/** Wires the site adapter, the checker, the watcher, the post guard and the overlay for one page. */
export async function startGuidepost(ctx: ContentScriptContext, siteAdapter: SiteAdapter): Promise<void> {
  const adapter = withGenericFallback(siteAdapter);
  const doc = document;
  const view = window;
  const site: SiteId = adapter.site;
  const sessions = new Map<HTMLElement, ComposerSession>();
  const store = createOverlayStore();
  let review: PendingReview | null = null;
  let nextId = 1;
  /** Cancels the redraw waiting for the next frame; null when none is. */
  let cancelFrame: (() => void) | null = null;
  let contentChanged = false;
  let snoozeTimer: number | null = null;

  const offReason = (s: CheckerState) => (!s.settings.enabled[site] ? 'disabled' : isSnoozed(s.settings) ? 'snoozed' : null);

  let state = await watchChecker(ctx.signal, (next) => {
    state = next;
    applyActivity();
    for (const session of sessions.values()) session.check();
  });
  const active = () => offReason(state) === null;

  /**
   * Redraws on the next frame. `content` false means only positions may have changed (scrolling,
   * the page's own mutations): then the overlay is only touched if a badge actually moved.
   */
  const redraw = (content = true) => {
    contentChanged ||= content;
    if (cancelFrame !== null || ctx.isInvalid) return;
    cancelFrame = onNextFrame(view, draw);
  };
  /** Already in an animation frame (the watcher's): draw in it, not one frame later. */
  const redrawInFrame = (content: boolean) => {
    contentChanged ||= content;
    if (ctx.isInvalid) return;
    draw();
  };
  function draw() {
    cancelFrame?.();
    cancelFrame = null;
    let moved = false;
    for (const session of sessions.values()) moved = session.measure(contentChanged) || moved;
    if (!moved && !contentChanged) return;
    contentChanged = false;
    const composers: ComposerView[] = [];
    for (const session of sessions.values()) {
      const v = session.view();
      if (v) composers.push(v);
    }
    store.set({ composers, review: reviewView() });
  }

  const reviewView = (): ReviewView | null => {
    if (!review) return null;
    const { session, findings } = review;
    const current = session.view();
    if (!current) return null;
    return {
      composerId: session.id,
      label: session.label,
      context: current.context,
      findings: findingViews(findings, session.text, state.checker.pack.guidance, state.checker.profile),
      theme: current.theme,
    };
  };

  const host: SessionHost = {
    adapter,
    timers: {
      // A plain timer checked against the context, not ctx.setTimeout: that adds an abort listener
      // per call, and the check timer is re-armed on every keystroke.
      setTimeout: (handler, ms) => view.setTimeout(() => ctx.isInvalid || handler(), ms),
      clearTimeout: (id) => clearTimeout(id),
      now: () => view.performance.now(),
    },
    state: () => state,
    changed: () => redraw(),
    shown: (rule) => void recordFeedback(rule, 'shown'),
  };

  const syncEditors = (found: HTMLElement[]) => {
    const keep = active() ? new Set(found) : new Set<HTMLElement>();
    for (const [editor, session] of sessions) {
      if (keep.has(editor) && editor.isConnected) continue;
      // Facebook's "Post settings" step takes the editor away before the final Post: the draft stays until then.
      if (active() && adapter.draftOutlivesEditor(editor)) continue;
      session.dispose();
      sessions.delete(editor);
      if (review?.session === session) review = null;
    }
    for (const editor of keep) {
      if (sessions.has(editor)) continue;
      const session = new ComposerSession(`c${nextId++}`, editor, host, ctx.signal, adapter.isBasic(editor));
      sessions.set(editor, session);
      session.check();
      if (editor.contains(doc.activeElement)) session.engage();
    }
    redraw();
  };

  // The writer's own profile page shows their bio: remember whether it says "views my own", and
  // when it was read. Not where policy locked the setting: then nothing the page shows counts.
  const readBio = () => {
    if (isLocked(state.locked, `profileDisclaimer.${site}`)) return;
    const bio = adapter.ownBio(doc);
    if (bio === null) return;
    const says = saysViewsOwn(bio);
    if (state.bio[site]?.saysViewsOwn !== says) void bioDisclaimerItem.setValue({ ...state.bio, [site]: { saysViewsOwn: says, readAt: new Date().toISOString() } });
  };

  const watcher = watchComposers(
    doc,
    adapter,
    {
      editors(found) {
        syncEditors(found);
        readBio();
      },
      changed(targets) {
        for (const session of sessions.values()) {
          for (const target of targets) {
            if (!session.scope.contains(target)) continue;
            session.scheduler.changed();
            break;
          }
        }
        // The page changed (about once per keystroke while typing): a badge may have to move.
        redrawInFrame(false);
      },
    },
    ctx.signal,
  );

  // Turning on, off or snoozing takes effect at once; a snooze also ends by itself.
  function applyActivity() {
    if (snoozeTimer !== null) clearTimeout(snoozeTimer);
    snoozeTimer = null;
    const wait = state.settings.snoozeUntil - Date.now();
    if (wait > 0) snoozeTimer = ctx.setTimeout(applyActivity, Math.min(wait + 50, 2 ** 31 - 1));
    watcher.rescan();
  }
  applyActivity();

  ctx.addEventListener(view, 'wxt:locationchange', () => watcher.rescan());
  ctx.addEventListener(view, 'scroll', () => redraw(false), { capture: true, passive: true });
  ctx.addEventListener(view, 'resize', () => redraw(), { passive: true });
  ctx.addEventListener(doc, 'focusin', (event) => {
    if (event.target instanceof Node && [...sessions.keys()].some((e) => e.contains(event.target as Node))) redraw();
  });
  // A click anywhere outside Guidepost's own UI puts the cards away, as people expect of a popover.
  ctx.addEventListener(
    doc,
    'pointerdown',
    (event) => {
      if (event.composedPath().some((node) => node instanceof Element && node.localName === OVERLAY_NAME)) return;
      let closed = false;
      for (const session of sessions.values()) {
        closed ||= session.open;
        session.open = false;
      }
      if (closed) redraw();
    },
    { capture: true },
  );
  // Alt+Shift+G, from inside an editor, opens its cards: the badge sits outside the page's tab order.
  ctx.addEventListener(doc, 'keydown', (event) => {
    if (!(event.altKey && event.shiftKey && event.code === 'KeyG')) return;
    const session = [...sessions.values()].find((s) => event.target instanceof Node && s.editor.contains(event.target));
    if (!session || session.visibleFindings().length === 0) return;
    event.preventDefault();
    session.rememberCaret();
    session.open = true;
    redraw();
  });

  guardPosting(
    view,
    {
      adapter,
      active,
      sessions: () => sessions.values(),
      review(session, findings, proceed) {
        session.rememberCaret();
        review = { session, findings, proceed };
        redraw();
      },
    },
    ctx.signal,
  );

  const byId = (id: string) => [...sessions.values()].find((s) => s.id === id);
  const actions: OverlayActions = {
    toggle(id) {
      const session = byId(id);
      if (!session) return;
      if (!session.open) session.rememberCaret();
      session.open = !session.open;
      redraw();
      if (session.open) return;
      session.outcome = null;
      // Closed from the keyboard (Escape, the close button): back to writing where the caret was.
      if (doc.activeElement?.localName === OVERLAY_NAME) session.returnFocus();
    },
    applyFix(id, rule, fix) {
      const session = byId(id);
      if (!session) return;
      // An editor Guidepost no longer knows is never written to: the writer pastes the text themselves.
      if (session.basic) return actions.copy(id, rule, fix.text.trim());
      void insertIntoEditor(session.editor, adapter, { text: fix.text, span: fix.kind === 'replace' ? fix.span : undefined }).then((outcome) => {
        session.outcome = outcome === 'inserted' ? { rule, state: 'inserted' } : { rule, state: 'failed', text: fix.text, label: fix.label };
        if (outcome === 'inserted') void recordFeedback(rule, 'fixed');
        session.scheduler.changed();
        session.scheduler.flush();
        redraw();
      });
    },
    copy(id, rule, text) {
      const session = byId(id);
      void navigator.clipboard.writeText(text).then(
        () => {
          if (session) session.outcome = { rule, state: 'copied' };
          void recordFeedback(rule, 'fixed');
          redraw();
        },
        () => undefined,
      );
    },
    dismiss(id, rule) {
      byId(id)?.dismiss(rule);
      void recordFeedback(rule, 'dismissed');
    },
    notRight(id, rule) {
      byId(id)?.dismiss(rule);
      void recordFeedback(rule, 'not-right');
    },
    edit() {
      const session = review?.session;
      review = null;
      redraw();
      session?.returnFocus();
    },
    postAnyway() {
      const pending = review;
      review = null;
      redraw();
      if (!pending) return;
      for (const finding of pending.findings) void recordFeedback(finding.rule, 'posted-anyway');
      pending.proceed();
    },
  };
  await mountOverlay(ctx, store, actions);

  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  function onMessage(raw: unknown): Answer<PopupToContent> | undefined {
    const message = readMessage<PopupToContent>(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'draft-status':
        for (const session of sessions.values()) session.checkNow();
        return Promise.resolve(draftStatus(site, offReason(state), sessions.values(), adapter.hasUnwatchedComposer(doc)));
      default:
        return unanswered(message.type);
    }
  }
}
