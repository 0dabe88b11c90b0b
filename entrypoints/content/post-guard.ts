import type { Finding } from '../../rules/schema/finding';
import type { ComposerSession } from './composer-session';
import type { SiteAdapter } from './sites/site-adapter';

export interface PostGuardHost {
  adapter: SiteAdapter;
  /** False while Guidepost is off or snoozed on this site: posting is never held then. */
  active(): boolean;
  sessions(): Iterable<ComposerSession>;
  /** Shows the review prompt; `proceed` posts exactly as the writer first asked. */
  review(session: ComposerSession, findings: Finding[], proceed: () => void): void;
}

function isDisabled(button: HTMLElement): boolean {
  return button.getAttribute('aria-disabled') === 'true' || (button as HTMLButtonElement).disabled === true;
}

/**
 * Holds a post back when its draft has a finding of severity "warn" or higher, and lets it through
 * once when the writer says so. Listens in the capture phase on the window, ahead of the site's own
 * handlers, for clicks on Post controls and for the keys that post.
 */
export function guardPosting(view: Window, host: PostGuardHost, signal: AbortSignal): void {
  const allowedButtons = new WeakSet<HTMLElement>();
  const allowedKeys = new WeakSet<Event>();

  // A draft whose editor the page has taken away on the way to posting (Facebook's Post settings) still counts.
  const live = (s: ComposerSession) => s.editor.isConnected || host.adapter.draftOutlivesEditor?.(s.editor) === true;
  const sessionsFor = (button: HTMLElement): ComposerSession[] =>
    [...host.sessions()].filter((s) => live(s) && host.adapter.postButtons(s.editor).includes(button));
  const sessionOf = (target: EventTarget | null): ComposerSession | undefined =>
    target instanceof Node ? [...host.sessions()].find((s) => s.editor === target || s.editor.contains(target)) : undefined;

  /** Checks the drafts this control posts; when one needs a look, stops the event and asks. */
  const hold = (event: Event, sessions: ComposerSession[], proceed: () => void): void => {
    // A thread posts all its parts at once: ask once, about every part, and edit the first that needs it.
    let first: ComposerSession | null = null;
    const findings: Finding[] = [];
    for (const session of sessions) {
      const found = session.checkNow().filter((f) => !findings.some((seen) => seen.rule === f.rule));
      if (found.length === 0) continue;
      first ??= session;
      findings.push(...found);
    }
    if (!first) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    host.review(first, findings, proceed);
  };

  const postWith = (button: HTMLElement, sessions: ComposerSession[]) => () => {
    const current = stillThere(button, sessions, host.adapter);
    if (current) clickOnce(current, allowedButtons);
  };

  const onClick = (event: MouseEvent) => {
    if (!host.active() || !(event.target instanceof Element)) return;
    const button = host.adapter.postButtonAt(event.target);
    if (!button || isDisabled(button)) return;
    if (allowedButtons.has(button)) {
      allowedButtons.delete(button);
      return;
    }
    const sessions = sessionsFor(button);
    hold(event, sessions, postWith(button, sessions));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Every key the writer types passes here: only Enter and Space can post, so ask nothing else.
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (!host.active() || allowedKeys.has(event) || !(event.target instanceof Element)) return;
    // Enter or Space on a focused Post control posts like a click.
    const button = host.adapter.postButtonAt(event.target);
    if (button && (event.key === 'Enter' || event.key === ' ') && !isDisabled(button)) {
      const sessions = sessionsFor(button);
      hold(event, sessions, postWith(button, sessions));
      return;
    }
    const session = sessionOf(event.target);
    if (!session || !host.adapter.isSubmitKey(event, session.editor)) return;
    hold(event, [session], () => resubmit(session, event, host.adapter, allowedKeys, allowedButtons));
  };

  view.addEventListener('click', onClick, { capture: true, signal });
  view.addEventListener('keydown', onKeyDown, { capture: true, signal });
}

/** Clicks a Post control past the guard, once: the click is dispatched synchronously, so the pass never outlives it. */
function clickOnce(button: HTMLElement, allowedButtons: WeakSet<HTMLElement>): void {
  allowedButtons.add(button);
  button.click();
  allowedButtons.delete(button);
}

/**
 * The Post control as the page has it now: a site may render its button again while the prompt is
 * open (Facebook does when the comment box loses focus to it), and a click on the old one does nothing.
 * The stand-in is the control the page now puts in the same place and names the same way.
 */
function stillThere(button: HTMLElement, sessions: ComposerSession[], adapter: SiteAdapter): HTMLElement | null {
  if (button.isConnected) return button;
  const name = (b: Element) => `${b.id}|${b.getAttribute('data-testid')}|${b.getAttribute('aria-label')}|${b.textContent}`;
  const posting = sessions.flatMap((s) => adapter.postButtons(s.editor)).filter((b) => adapter.postButtonAt(b) === b && !isDisabled(b));
  return posting.find((b) => name(b) === name(button)) ?? posting[0] ?? null;
}

/**
 * Posts by the route the writer used, through the page's own control where there is one (a click on
 * Post, or a comment's send button): a replayed key is untrusted, and Lexical may take an untrusted
 * Enter for a new line. Only where no control can be found is the same key sent again.
 */
function resubmit(
  session: ComposerSession,
  original: KeyboardEvent,
  adapter: SiteAdapter,
  allowedKeys: WeakSet<Event>,
  allowedButtons: WeakSet<HTMLElement>,
): void {
  const button = adapter.postButtons(session.editor).find((b) => adapter.postButtonAt(b) === b && !isDisabled(b));
  if (button) {
    clickOnce(button, allowedButtons);
    return;
  }
  session.editor.focus();
  const again = new KeyboardEvent('keydown', {
    key: original.key,
    code: original.code,
    ctrlKey: original.ctrlKey,
    metaKey: original.metaKey,
    shiftKey: original.shiftKey,
    altKey: original.altKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  allowedKeys.add(again);
  session.editor.dispatchEvent(again);
}
