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

  const sessionsFor = (button: HTMLElement): ComposerSession[] =>
    [...host.sessions()].filter((s) => s.editor.isConnected && host.adapter.postButtons(s.editor).includes(button));
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

  const postWith = (button: HTMLElement) => () => clickOnce(button, allowedButtons);

  const onClick = (event: MouseEvent) => {
    if (!host.active() || !(event.target instanceof Element)) return;
    const button = host.adapter.postButtonAt(event.target);
    if (!button || isDisabled(button)) return;
    if (allowedButtons.has(button)) {
      allowedButtons.delete(button);
      return;
    }
    hold(event, sessionsFor(button), postWith(button));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Every key the writer types passes here: only Enter and Space can post, so ask nothing else.
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (!host.active() || allowedKeys.has(event) || !(event.target instanceof Element)) return;
    // Enter or Space on a focused Post control posts like a click.
    const button = host.adapter.postButtonAt(event.target);
    if (button && (event.key === 'Enter' || event.key === ' ') && !isDisabled(button)) {
      hold(event, sessionsFor(button), postWith(button));
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

/** Posts by the route the writer used: the Post button where there is one, else the same key again. */
function resubmit(
  session: ComposerSession,
  original: KeyboardEvent,
  adapter: SiteAdapter,
  allowedKeys: WeakSet<Event>,
  allowedButtons: WeakSet<HTMLElement>,
): void {
  const button = adapter.kindOf(session.editor) === 'comment' ? undefined : adapter.postButtons(session.editor).find((b) => !isDisabled(b));
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
