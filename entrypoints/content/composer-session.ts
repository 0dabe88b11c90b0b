import type { Box, ComposerView, FindingView, FixOutcome, Theme } from '../../components/in-page/view-model';
import type { DraftContext } from '../../rules/schema/context';
import { severityRank, type Finding } from '../../rules/schema/finding';
import { bioCounts } from '../../utils/bio-reading';
import type { CheckerState } from './checker-source';
import { createCheckScheduler, type CheckScheduler, type Timers } from './check-scheduler';
import { draftContext } from './draft-context';
import { findingViews } from './finding-views';
import { pageTheme } from './page-theme';
import type { ComposerKind, SiteAdapter } from './sites/site-adapter';
import { endPosition } from './text-range';

const LABELS: Readonly<Record<ComposerKind, string>> = { post: 'Post', reply: 'Reply', comment: 'Comment' };

export interface SessionHost {
  adapter: SiteAdapter;
  timers: Timers;
  state(): CheckerState;
  /** The session's view changed; the host redraws. */
  changed(): void;
  /** A finding appeared in this draft for the first time. */
  shown(rule: string): void;
}

/**
 * One watched editor: reads its draft after each pause, checks it, and keeps what the writer did
 * with the findings (dismissed, fixed) until the draft is emptied. Never throws into the page.
 */
export class ComposerSession {
  readonly scheduler: CheckScheduler;
  text = '';
  context: DraftContext | null = null;
  findings: Finding[] = [];
  open = false;
  outcome: FixOutcome | null = null;
  /** False when the editor is found but its post controls are not: checks still run, posting is not guarded. */
  guarded = true;
  kind: ComposerKind;
  /** The editor's dialog, column or comment form, as of the last check: changes there may change the context. */
  scope: Element;
  private views: FindingView[] | null = null;
  private lastKey = '';
  private checkedWith: CheckerState | null = null;
  private dismissed = new Set<string>();
  private seen = new Set<string>();
  private engaged = false;
  private box: Box | null = null;
  /** The editor's last measured rectangle, and the right edge past the page's controls beside it. */
  private rect: DOMRect | null = null;
  private controlsRight: number | null = null;
  private theme: Theme = 'light';
  private readonly controller = new AbortController();
  private caret: Range | null = null;

  constructor(
    readonly id: string,
    readonly editor: HTMLElement,
    private readonly host: SessionHost,
    signal: AbortSignal,
    /** Read by the generic reader (the site's markup changed): never written to, posting never held. */
    readonly basic = false,
  ) {
    this.scheduler = createCheckScheduler(() => this.check(), host.timers);
    this.kind = host.adapter.kindOf(editor);
    this.scope = host.adapter.scopeOf(editor);
    signal.addEventListener('abort', () => this.dispose(), { once: true, signal: this.controller.signal });
    const on = { signal: this.controller.signal };
    editor.addEventListener('input', () => this.scheduler.changed(), on);
    editor.addEventListener('compositionstart', () => this.scheduler.compositionStart(), on);
    editor.addEventListener('compositionend', () => this.scheduler.compositionEnd(), on);
    editor.addEventListener('focus', () => this.engage(), on);
  }

  get label(): string {
    return LABELS[this.kind];
  }

  /** The findings the writer has not dismissed. */
  visibleFindings(): Finding[] {
    return this.findings.filter((f) => !this.dismissed.has(f.rule));
  }

  /** Findings serious enough to ask about before posting. */
  blockingFindings(): Finding[] {
    return this.visibleFindings().filter((f) => severityRank(f.severity) >= severityRank('warn'));
  }

  /** Reads and checks the draft if the text, its circumstances or the rules changed since last time. */
  check(): void {
    const { adapter } = this.host;
    const state = this.host.state();
    try {
      const text = adapter.readText(this.editor);
      const signals = adapter.readSignals(this.editor);
      const context = draftContext(adapter.site, signals, state.checker.profile, state.settings, bioCounts(adapter.site, state.locked, state.bio));
      const key = `${JSON.stringify(context)}\u0000${text}`;
      if (key === this.lastKey && state === this.checkedWith) return;
      this.lastKey = key;
      this.checkedWith = state;
      this.views = null;
      this.kind = adapter.kindOf(this.editor);
      this.scope = adapter.scopeOf(this.editor);
      this.theme = pageTheme(this.editor);
      this.guarded = this.kind === 'comment' || adapter.postButtons(this.editor).length > 0;
      if (text.trim() === '') this.newDraft();
      else this.engaged = true;
      this.text = text;
      this.context = context;
      this.findings = state.checker.check(text, context);
      for (const f of this.visibleFindings()) {
        if (this.seen.has(f.rule)) continue;
        this.seen.add(f.rule);
        this.host.shown(f.rule);
      }
    } catch (error) {
      // Markup Guidepost does not understand: stay quiet rather than break the page.
      console.warn('Guidepost: could not read this composer', error);
      this.findings = [];
    }
    this.host.changed();
  }

  /** Checks now, whatever the pause, and returns what would block posting. */
  checkNow(): Finding[] {
    this.scheduler.cancel();
    this.check();
    return this.blockingFindings();
  }

  dismiss(rule: string): void {
    this.dismissed.add(rule);
    this.views = null;
    if (this.visibleFindings().length === 0) this.open = false;
    this.host.changed();
  }

  /**
   * Recomputes where the editor is on screen; true when the badge must move. `full` false (the
   * page's own changes, about one per keystroke) looks for the page's controls beside the editor
   * only if the editor itself moved: hit-testing there on every key was most of Guidepost's cost
   * per keystroke. A check (after each pause) measures in full, so a send button that appears
   * once there is text is still stepped round.
   */
  measure(full = true): boolean {
    const rect = this.editor.getBoundingClientRect();
    const viewport = this.editor.ownerDocument.defaultView;
    const onScreen = !viewport || (rect.bottom > 0 && rect.top < viewport.innerHeight && rect.right > 0 && rect.left < viewport.innerWidth);
    // Scrolled out of sight, the badge goes too rather than sticking to the window's edge.
    const visible = this.engaged && this.editor.isConnected && rect.width > 0 && rect.height > 0 && onScreen;
    const still = this.rect !== null && rect.top === this.rect.top && rect.left === this.rect.left && rect.right === this.rect.right && rect.bottom === this.rect.bottom;
    this.rect = rect;
    if (!visible) this.controlsRight = null;
    else if (full || !still || this.controlsRight === null) this.controlsRight = rightOfControls(this.editor, rect);
    const right = visible ? this.controlsRight! : rect.right;
    const box = visible ? { top: rect.top, left: rect.left, width: right - rect.left, height: rect.height } : null;
    const moved = JSON.stringify(box) !== JSON.stringify(this.box);
    this.box = box;
    return moved;
  }

  view(): ComposerView | null {
    const state = this.checkedWith;
    if (!this.context || !state) return null;
    return {
      id: this.id,
      label: this.label,
      context: this.context,
      // Built once per check, not per frame: the overlay redraws while the page scrolls.
      findings: (this.views ??= findingViews(this.visibleFindings(), this.text, state.checker.pack.guidance, state.checker.profile)),
      box: this.box,
      theme: this.theme,
      open: this.open,
      outcome: this.outcome,
      guarded: this.guarded,
      basic: this.basic,
    };
  }

  /** Keeps where the caret is before Guidepost takes focus (the review prompt), to put it back. */
  rememberCaret(): void {
    const selection = this.editor.ownerDocument.getSelection();
    const inside = selection && selection.rangeCount > 0 && this.editor.contains(selection.anchorNode);
    this.caret = inside ? selection.getRangeAt(0).cloneRange() : null;
  }

  /** Focus back in the editor with the caret where the writer left it (or at the end), so typing carries on. */
  returnFocus(): void {
    this.editor.focus();
    if (this.editor instanceof HTMLTextAreaElement) return;
    const selection = this.editor.ownerDocument.getSelection();
    if (!selection) return;
    let range = this.caret;
    if (!range || !this.editor.contains(range.startContainer)) {
      const end = endPosition(this.editor);
      range = this.editor.ownerDocument.createRange();
      range.setStart(end.node, end.offset);
    }
    selection.removeAllRanges();
    selection.addRange(range);
  }

  dispose(): void {
    this.scheduler.cancel();
    this.controller.abort();
  }

  /** The writer is in this composer: from now on its badge shows, even while the draft is empty. */
  engage(): void {
    if (this.engaged) return;
    this.engaged = true;
    this.host.changed();
  }

  /** An empty editor starts a new draft: what was dismissed or fixed before no longer applies. */
  private newDraft(): void {
    this.dismissed.clear();
    this.views = null;
    this.seen.clear();
    this.outcome = null;
    this.open = false;
  }
}

/** Page controls the badge must never cover (a comment box's send button sits right of the editor). */
const CONTROLS = 'button, [role="button"], a[href], input, select, textarea, [contenteditable="true"]';

/** The right edge of the editor, pushed past any of the page's controls where the badge would sit. */
function rightOfControls(editor: HTMLElement, rect: DOMRect): number {
  const doc = editor.ownerDocument;
  if (typeof doc.elementsFromPoint !== 'function') return rect.right;
  let right = rect.right;
  const y = rect.bottom - Math.min(rect.height, 28) / 2;
  for (let tries = 0; tries < 3; tries++) {
    const control = doc
      .elementsFromPoint(right + 15, y)
      .map((element) => element.closest(CONTROLS))
      .find((element) => element && element !== editor && !element.contains(editor) && !editor.contains(element));
    if (!control) break;
    right = Math.max(right + 1, control.getBoundingClientRect().right);
  }
  return right;
}
