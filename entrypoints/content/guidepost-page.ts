import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReviewView } from '../../components/in-page/view-model';
import type { Finding } from '../../rules/schema/finding';
import type { SiteId } from '../../rules/sites';
import { browserTrust, type EventTrust } from '../../utils/event-trust';
import { recordFeedback } from '../../utils/feedback';
import type { OverlayAction } from '../../utils/messages';
import { isSnoozed } from '../../utils/settings';
import type { Settings } from '../../utils/settings-table';
import { linkToChecks } from './checks-link';
import { ComposerSession, type SessionHost } from './composer-session';
import { watchComposers } from './composer-watcher';
import { mountFrameHost, type FrameHost } from './frame-host';
import { onNextFrame } from './next-frame';
import { createNudgeFrames } from './nudge-frames';
import { watchSettings } from './settings-source';
import { withGenericFallback } from './sites/generic';
import type { SiteAdapter } from './sites/site-adapter';
import * as bioWatcher from './bio-watcher';
import * as boundaryTip from './boundary-tip';
import * as closeOnOutsideClick from './close-on-outside-click';
import * as keyboardShortcut from './keyboard-shortcut';
import * as overlayActions from './overlay-actions';
import * as popupStatusResponder from './popup-status-responder';
import * as postGuard from './post-guard';
import * as snooze from './snooze';

/** What the content script does in a page, one concern per file, each started with `init(signal, page)`. */
const CONCERNS: readonly { init(signal: AbortSignal, page: GuidepostPage): void }[] = [
  keyboardShortcut,
  closeOnOutsideClick,
  overlayActions,
  postGuard,
  popupStatusResponder,
  bioWatcher,
  boundaryTip,
  snooze,
];

export async function startGuidepost(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const page = await createGuidepostPage(ctx, adapter);
  for (const concern of CONCERNS) concern.init(ctx.signal, page);
}

/** The review prompt waiting for the writer: for which composer, about what, and how to post if they go on. */
export interface PendingReview {
  session: ComposerSession;
  findings: Finding[];
  proceed: () => void;
}

/**
 * One X or Facebook tab as the content script sees it: its composers and their sessions, the
 * settings, the frames, the review prompt. Each concern of the page (entrypoints/content/*.ts with
 * an `init(signal, page)`) works through this and nothing else.
 */
export interface GuidepostPage {
  readonly doc: Document;
  readonly view: Window;
  readonly adapter: ReturnType<typeof withGenericFallback>;
  readonly site: SiteId;
  /** Where Guidepost's frames go: a concern that shows something outside the composers adds its own. */
  readonly frames: FrameHost;
  /** Which events a person made (the browser's word; a DOM test stands in its own). */
  readonly trusted: EventTrust;
  settings(): Settings;
  /** Why Guidepost is not watching this site now, or null when it is. */
  offReason(): 'disabled' | 'snoozed' | null;
  active(): boolean;
  sessions(): Iterable<ComposerSession>;
  sessionById(id: string): ComposerSession | undefined;
  /** The session whose editor holds `target`. */
  sessionOf(target: EventTarget | null): ComposerSession | undefined;
  /** Redraws on the next frame; `content` false when only positions may have changed. */
  redraw(content?: boolean): void;
  /** Puts the keyboard in a composer's frame, for its cards or the review prompt. */
  focusFrame(session: ComposerSession): void;
  openReview(review: PendingReview): void;
  closeReview(): PendingReview | null;
  /** Looks through the page for composers again (Guidepost was turned on or off, a snooze ended). */
  rescan(): void;
  onEditors(listener: () => void): void;
  onSettings(listener: (settings: Settings) => void): void;
  onAction(listener: (action: OverlayAction, focused: boolean) => void): void;
}

/** Wires the site adapter, the settings, the watcher, the sessions and their frames for one page. */
async function createGuidepostPage(ctx: ContentScriptContext, siteAdapter: SiteAdapter): Promise<GuidepostPage> {
  const adapter = withGenericFallback(siteAdapter);
  const { signal } = ctx;
  const doc = document;
  const view = window;
  const site = adapter.site;
  const sessions = new Map<HTMLElement, ComposerSession>();
  const editorsListeners = new Set<() => void>();
  const settingsListeners = new Set<(settings: Settings) => void>();
  const actionListeners = new Set<(action: OverlayAction, focused: boolean) => void>();
  let review: PendingReview | null = null;
  let nextId = 1;
  /** Cancels the redraw waiting for the next frame; null when none is. */
  let cancelFrame: (() => void) | null = null;
  let contentChanged = false;
  /** The composer whose frame takes the keyboard once it is drawn. */
  let focusWanted: ComposerSession | null = null;

  const frameHost = await mountFrameHost(ctx);
  const checks = linkToChecks(frameHost, view, signal);
  const nudges = createNudgeFrames(
    frameHost,
    view,
    {
      action: (action, focused) => actionListeners.forEach((listener) => listener(action, focused)),
      resized: () => redraw(),
    },
    signal,
  );

  let settings = await watchSettings(signal, (next) => {
    settings = next;
    settingsListeners.forEach((listener) => listener(next));
    watcher.rescan();
  });
  const offReason = (): 'disabled' | 'snoozed' | null => (!settings.enabled[site] ? 'disabled' : isSnoozed(settings) ? 'snoozed' : null);
  const active = () => offReason() === null;

  /**
   * Redraws on the next frame. `content` false means only positions may have changed (scrolling,
   * the page's own mutations): then the frames are only touched if a badge actually moved.
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
    for (const session of sessions.values()) nudges.draw(session, review?.session === session ? reviewView(review) : null);
    if (focusWanted) nudges.focus(focusWanted);
    focusWanted = null;
  }

  const reviewView = ({ session, findings }: PendingReview): ReviewView | null => {
    const shown = session.view();
    if (!shown?.context) return null;
    const words = new Map(shown.findings.map((v) => [v.finding.rule, v]));
    return {
      composerId: session.id,
      label: session.label,
      context: shown.context,
      // The views of a thread's other parts are theirs: gathered from every session the findings came from.
      findings: findings.map((finding) => words.get(finding.rule) ?? viewOf(finding)),
      theme: shown.theme,
      // "Added to your draft" needs no word here; text that never got there or did not stay does.
      outcome: shown.outcome?.state === 'inserted' ? null : shown.outcome,
    };
  };
  /** A finding's card view from whichever session has it (a thread's prompt lists every part's). */
  const viewOf = (finding: Finding) => {
    for (const session of sessions.values()) {
      const found = session.visibleViews().find((v) => v.finding === finding);
      if (found) return found;
    }
    return { finding, words: [], guidance: null, blocks: true };
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
    checks,
    changed: () => redraw(),
    shown: (rule) => void recordFeedback(rule, 'shown'),
  };
  checks.onRulesChanged(() => sessions.forEach((session) => session.recheck()));

  const syncEditors = (found: HTMLElement[]) => {
    const keep = active() ? new Set(found) : new Set<HTMLElement>();
    for (const [editor, session] of sessions) {
      if (keep.has(editor) && editor.isConnected) continue;
      // Facebook's "Post settings" step takes the editor away before the final Post: the draft stays until then.
      if (active() && adapter.draftOutlivesEditor(editor)) continue;
      session.dispose();
      nudges.remove(session);
      sessions.delete(editor);
      if (review?.session === session) review = null;
    }
    for (const editor of keep) {
      if (sessions.has(editor)) continue;
      const session = new ComposerSession(`c${nextId++}`, editor, host, signal, adapter.isBasic(editor));
      sessions.set(editor, session);
      session.check();
      if (editor.contains(doc.activeElement)) session.engage();
    }
    redraw();
  };

  const watcher = watchComposers(
    doc,
    adapter,
    {
      editors(found) {
        syncEditors(found);
        editorsListeners.forEach((listener) => listener());
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
    signal,
  );

  ctx.addEventListener(view, 'wxt:locationchange', () => watcher.rescan());
  ctx.addEventListener(view, 'scroll', () => redraw(false), { capture: true, passive: true });
  ctx.addEventListener(view, 'resize', () => redraw(), { passive: true });
  ctx.addEventListener(doc, 'focusin', (event) => {
    if (event.target instanceof Node && [...sessions.keys()].some((e) => e.contains(event.target as Node))) redraw();
  });

  return {
    doc,
    view,
    adapter,
    site,
    frames: frameHost,
    trusted: browserTrust,
    settings: () => settings,
    offReason,
    active,
    sessions: () => sessions.values(),
    sessionById: (id) => [...sessions.values()].find((s) => s.id === id),
    sessionOf: (target) => (target instanceof Node ? [...sessions.values()].find((s) => s.editor.contains(target)) : undefined),
    redraw,
    focusFrame(session) {
      focusWanted = session;
      redraw();
    },
    openReview(next) {
      review = next;
      redraw();
    },
    closeReview() {
      const closed = review;
      review = null;
      redraw();
      return closed;
    },
    rescan: () => watcher.rescan(),
    onEditors: (listener) => void editorsListeners.add(listener),
    onSettings: (listener) => void settingsListeners.add(listener),
    onAction: (listener) => void actionListeners.add(listener),
  };
}
