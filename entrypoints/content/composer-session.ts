import type { Box, ComposerView, FindingView, FixOutcome, Theme } from '../../components/in-page/view-model';
import type { DraftContext } from '../../rules/schema/context';
import type { Finding, Fix } from '../../rules/schema/finding';
import type { PassAnswer } from '../../utils/messages';
import type { ChecksLink } from './checks-link';
import { createCheckScheduler, type CheckScheduler, type Timers } from './check-scheduler';
import { pageTheme } from './page-theme';
import type { ComposerKind, ComposerSnapshot, SiteAdapter } from './sites/site-adapter';
import { squash } from './insert-text';
import { endPosition } from './text-range';

const LABELS: Readonly<Record<ComposerKind, string>> = { post: 'Post', reply: 'Reply', comment: 'Comment' };

/** How long after a fix went in the draft is read again: X resets Draft.js a moment later while media attaches. */
export const FIX_RECHECK_MS = 500;

/** True when the draft still holds a fix's text, however the editor spaced its lines. */
function holdsText(draft: string, text: string): boolean {
  return squash(draft).includes(squash(text));
}

export interface SessionHost {
  adapter: SiteAdapter;
  timers: Timers;
  checks: ChecksLink;
  /** The session's view changed; the host redraws. */
  changed(): void;
  /** A finding appeared in this draft for the first time. */
  shown(rule: string): void;
}

/** A composer's view without where its badge goes, which the frames work out (nudge-frames.ts). */
export type SessionView = Omit<ComposerView, 'place'>;

/** What posting the draft as it is now needs: nothing, the writer's review of these findings, or its check to finish first. */
export type PostVerdict = { hold: Finding[] } | 'clear' | 'wait';

/** The draft and everything the page says about it, as one string: a check is asked for only when this changes. */
function keyOf(snapshot: ComposerSnapshot): string {
  return `${JSON.stringify(snapshot.signals)}\u0000${snapshot.text}`;
}

/**
 * One watched editor: reads its draft after each pause, has it checked, and keeps what the writer
 * did with the findings (dismissed, fixed) until the draft is emptied. Checks are answered later,
 * by the checks frame; an answer for a draft that has changed since is dropped. Never throws into
 * the page.
 */
export class ComposerSession {
  readonly scheduler: CheckScheduler;
  /** The text the findings were found in. */
  text = '';
  context: DraftContext | null = null;
  open = false;
  outcome: FixOutcome | null = null;
  /** False when the editor is found but its post controls are not: checks still run, posting is not guarded. */
  guarded = true;
  /** The last check did not finish in time: nothing is known about the draft, and posting is not held. */
  unchecked = false;
  kind: ComposerKind;
  /** The editor's dialog, column or comment form, as of the last check: changes there may change the context. */
  scope: Element;
  private views: FindingView[] = [];
  /** The coach's tips for the same draft, which come after the rules' findings. */
  private tips: FindingView[] = [];
  /** Counts the drafts written in this composer, so the writer's history counts a card once per draft. */
  private draft = 0;
  private visible: FindingView[] | null = null;
  /** The draft last sent to be checked, and the draft the findings belong to. */
  private requested = '';
  private answered: string | null = null;
  private settled: (() => void)[] = [];
  private dismissed = new Set<string>();
  private seen = new Set<string>();
  private engaged = false;
  private measured: Box | null = null;
  /** The editor's last measured rectangle, and the right edge past the page's controls beside it. */
  private rect: DOMRect | null = null;
  private controlsRight: number | null = null;
  /** Where the composer's Post controls are, as of the last measure: the cards never cover them. */
  private buttons: Box[] = [];
  private theme: Theme = 'light';
  private readonly controller = new AbortController();
  private caret: Range | null = null;
  /**
   * The text of a fix that reached the draft, watched until the writer takes it out or starts a new
   * draft: a site may drop it again without any input event (X resets Draft.js while media attaches).
   */
  private placed: { rule: string; text: string; label: string } | null = null;
  /** The writer has edited the draft since it was last read: a fix's text gone now may be their doing. */
  private editedSinceRead = false;

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
    // Draft.js cancels the keys it handles (Backspace, Delete), so no input event says the writer edited.
    for (const type of ['keydown', 'beforeinput', 'cut', 'paste', 'drop']) editor.addEventListener(type, () => this.writerEdits(), on);
  }

  get label(): string {
    return LABELS[this.kind];
  }

  /** The order the composers were found in, from their ids (c1, c2, …). */
  get order(): number {
    return Number(this.id.slice(1));
  }

  /** Where the editor is on screen, as of the last measure; null while the badge is not to be shown. */
  get box(): Box | null {
    return this.measured;
  }

  /** Where the composer's Post controls are on screen, as of the last measure. */
  get postButtonBoxes(): Box[] {
    return this.buttons;
  }

  /** The findings the writer has not dismissed, as the cards show them. */
  visibleViews(): FindingView[] {
    return (this.visible ??= [...this.views, ...this.tips].filter((v) => !this.dismissed.has(v.finding.rule)));
  }

  visibleFindings(): Finding[] {
    return this.visibleViews().map((v) => v.finding);
  }

  /** Findings serious enough to ask about before posting. */
  blockingFindings(): Finding[] {
    return this.visibleViews()
      .filter((v) => v.blocks)
      .map((v) => v.finding);
  }

  /** Something the badge can open: findings, or word that the draft could not be checked. */
  hasSomethingToShow(): boolean {
    return this.visibleViews().length > 0 || this.unchecked;
  }

  /** Reads the draft, and has it checked if it or its circumstances changed since the last time. */
  check(): void {
    let snapshot: ComposerSnapshot;
    try {
      snapshot = this.host.adapter.snapshot(this.editor);
    } catch (error) {
      // Markup Guidepost does not understand: stay quiet rather than break the page.
      console.warn('Guidepost: could not read this composer', error);
      return;
    }
    const key = keyOf(snapshot);
    if (key === this.requested) return;
    this.requested = key;
    this.kind = snapshot.kind;
    this.scope = snapshot.scope;
    this.theme = pageTheme(this.editor);
    this.guarded = snapshot.kind === 'comment' || snapshot.postButtons.length > 0;
    if (snapshot.text.trim() === '') this.newDraft();
    else this.engaged = true;
    this.confirmFixStayed(snapshot.text);
    const { text, signals } = snapshot;
    this.host.checks.request({ site: this.host.adapter.site, text, signals }, (answer) => this.receive(key, text, answer));
  }

  /** Checks again even if nothing in the page changed: the rules or settings did. */
  recheck(): void {
    this.requested = '';
    this.check();
  }

  /** Checks now, whatever the pause; resolves once the answer for the draft as it is now has come. */
  settle(): Promise<void> {
    this.scheduler.cancel();
    this.check();
    if (this.answered === this.requested) return Promise.resolve();
    return new Promise((resolve) => this.settled.push(resolve));
  }

  /** What posting now would need, judged on the draft as it is this moment (read again, not remembered). */
  postVerdict(): PostVerdict {
    let key: string;
    try {
      key = keyOf(this.host.adapter.snapshot(this.editor));
    } catch {
      return 'clear';
    }
    if (key !== this.answered) return 'wait';
    const blocking = this.unchecked ? [] : this.blockingFindings();
    return blocking.length > 0 ? { hold: blocking } : 'clear';
  }

  /**
   * A fix's text reached the draft: the card says so, and the draft is read again shortly and at each
   * check (a post of a changed draft waits for one) to see that it stayed.
   */
  fixPlaced(rule: string, fix: Fix): void {
    this.outcome = { rule, state: 'inserted', kind: fix.kind };
    // A replaced word is the writer's draft from then on; only an added disclaimer is watched for the site taking it out.
    if (fix.kind !== 'append') return;
    this.placed = { rule, text: fix.text, label: fix.label };
    this.editedSinceRead = false;
    this.host.timers.setTimeout(() => this.controller.signal.aborted || this.confirmFixStayed(), FIX_RECHECK_MS);
  }

  /**
   * Reads the draft again (or takes `text`, the draft just read) for a fix's text: when the site has
   * taken it out, without the writer, the card says so and offers the text to copy.
   */
  private confirmFixStayed(text?: string): void {
    const placed = this.placed;
    if (!placed || !this.editor.isConnected) return;
    const draft = text ?? this.readText();
    if (draft === null) return;
    const edited = this.editedSinceRead;
    this.editedSinceRead = false;
    if (holdsText(draft, placed.text)) return;
    this.placed = null;
    // The writer's own edit may have taken it out: theirs to do, and nothing to tell them.
    if (edited) return;
    this.outcome = { rule: placed.rule, state: 'dropped', text: placed.text, label: placed.label };
    this.host.changed();
  }

  dismiss(rule: string): void {
    this.dismissed.add(rule);
    this.visible = null;
    if (!this.hasSomethingToShow()) this.open = false;
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
    const before = JSON.stringify([this.measured, this.buttons]);
    if (!visible) {
      this.controlsRight = null;
      this.buttons = [];
    } else if (full || !still || this.controlsRight === null) {
      this.controlsRight = rightOfControls(this.editor, rect);
      this.buttons = this.measureButtons();
    }
    const right = visible ? this.controlsRight! : rect.right;
    this.measured = visible ? { top: rect.top, left: rect.left, width: right - rect.left, height: rect.height } : null;
    return JSON.stringify([this.measured, this.buttons]) !== before;
  }

  /** What the composer's frame shows; null until the first answer. */
  view(): SessionView | null {
    if (this.answered === null) return null;
    return {
      id: this.id,
      draft: this.draft,
      label: this.label,
      context: this.context,
      findings: this.visibleViews(),
      theme: this.theme,
      open: this.open,
      outcome: this.outcome,
      guarded: this.guarded,
      basic: this.basic,
      unchecked: this.unchecked,
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
    this.settled.splice(0).forEach((resolve) => resolve());
  }

  /** The writer is in this composer: from now on its badge shows, even while the draft is empty. */
  engage(): void {
    if (this.engaged) return;
    this.engaged = true;
    this.host.changed();
  }

  private receive(key: string, text: string, answer: PassAnswer): void {
    // An answer for a draft that has changed since.
    if (key !== this.requested || this.controller.signal.aborted) return;
    if (answer.pass === 'coach') {
      // Tips come after their draft's findings, and never make a draft "not checked".
      if (key !== this.answered) return;
      this.tips = answer.state === 'checked' ? answer.findings : [];
    } else {
      // A tip on words still where they were stays until the coach answers, so the badge does not flicker.
      const kept = (span: { start: number; end: number }) => text.slice(span.start, span.end) === this.text.slice(span.start, span.end);
      this.tips = this.tips.filter((tip) => tip.finding.spans.every(kept));
      this.answered = key;
      this.text = text;
      this.context = answer.context ?? this.context;
      this.unchecked = answer.state === 'unchecked';
      this.views = answer.state === 'checked' ? answer.findings : [];
    }
    this.visible = null;
    if (!this.hasSomethingToShow() && this.outcome === null) this.open = false;
    for (const { rule } of this.visibleFindings()) {
      if (this.seen.has(rule)) continue;
      this.seen.add(rule);
      this.host.shown(rule);
    }
    this.settled.splice(0).forEach((resolve) => resolve());
    this.host.changed();
  }

  /**
   * The writer is about to change the draft: a fix's text already gone was taken out by the site. Read
   * on the first edit after each read only, so typing costs nothing more.
   */
  private writerEdits(): void {
    if (!this.placed || this.editedSinceRead) return;
    this.confirmFixStayed();
    this.editedSinceRead = true;
  }

  private measureButtons(): Box[] {
    try {
      return this.host.adapter.postButtons(this.editor).map((button) => {
        const { top, left, width, height } = button.getBoundingClientRect();
        return { top, left, width, height };
      });
    } catch {
      return [];
    }
  }

  private readText(): string | null {
    try {
      return this.host.adapter.readText(this.editor);
    } catch {
      return null;
    }
  }

  /** An empty editor starts a new draft: what was dismissed or fixed before no longer applies. */
  private newDraft(): void {
    this.placed = null;
    this.draft++;
    this.dismissed.clear();
    this.visible = null;
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
