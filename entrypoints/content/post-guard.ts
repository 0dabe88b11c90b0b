import type { Finding } from '../../rules/schema/finding';
import type { EventTrust } from '../../utils/event-trust';
import type { ComposerSession } from './composer-session';
import type { GuidepostPage } from './guidepost-page';
import type { SiteAdapter } from './sites/site-adapter';

/**
 * How long a post waits for the check of a draft changed since its last check (the writer typed
 * and posted within the pause). Past this the post goes through: Guidepost fails open.
 */
export const POST_WAIT_MS = 1_000;

export interface PostGuardHost {
  adapter: SiteAdapter;
  /** False while Guidepost is off or snoozed on this site: posting is never held then. */
  active(): boolean;
  sessions(): Iterable<ComposerSession>;
  /** Shows the review prompt; `proceed` posts exactly as the writer first asked. */
  review(session: ComposerSession, findings: Finding[], proceed: () => void): void;
  /** Which events a person made; posting that no person asked for is none of Guidepost's business. */
  trusted: EventTrust;
  timers: { setTimeout(handler: () => void, ms: number): number };
}

function isDisabled(button: HTMLElement): boolean {
  return button.getAttribute('aria-disabled') === 'true' || (button as HTMLButtonElement).disabled === true;
}

interface Verdict {
  /** The first part that needs a look, and every finding to ask about, each rule once. */
  first: ComposerSession | null;
  findings: Finding[];
  /** Parts whose draft changed since its check. */
  waiting: ComposerSession[];
}

/** A thread posts all its parts at once: ask once, about every part, and edit the first that needs it. */
function verdictOf(sessions: ComposerSession[]): Verdict {
  const verdict: Verdict = { first: null, findings: [], waiting: [] };
  for (const session of sessions) {
    const one = session.postVerdict();
    if (one === 'clear') continue;
    if (one === 'wait') {
      verdict.waiting.push(session);
      continue;
    }
    const fresh = one.hold.filter((f) => !verdict.findings.some((seen) => seen.rule === f.rule));
    if (fresh.length === 0) continue;
    verdict.first ??= session;
    verdict.findings.push(...fresh);
  }
  return verdict;
}

/**
 * Holds a post back when its draft has a finding of severity "warn" or higher, and lets it through
 * when the writer says so. Listens in the capture phase on the window, ahead of the site's own
 * handlers, for clicks on Post controls and for the keys that post. Only the writer's own clicks
 * and keys are held: an event a script made (the page's, or Guidepost's own when it posts for the
 * writer) passes untouched, as if Guidepost were not there.
 *
 * A draft changed since its last check is held until that check answers, up to POST_WAIT_MS; one
 * that could not be checked in time is not held at all.
 */
export function guardPosting(view: Window, host: PostGuardHost, signal: AbortSignal): void {
  // A draft whose editor the page has taken away on the way to posting (Facebook's Post settings) still counts.
  const live = (s: ComposerSession) => s.editor.isConnected || host.adapter.draftOutlivesEditor?.(s.editor) === true;
  const sessionsFor = (button: HTMLElement): ComposerSession[] =>
    [...host.sessions()].filter((s) => live(s) && host.adapter.postButtons(s.editor).includes(button));
  const sessionOf = (target: EventTarget | null): ComposerSession | undefined =>
    target instanceof Node ? [...host.sessions()].find((s) => s.editor === target || s.editor.contains(target)) : undefined;

  /** A post held until its check answers: another attempt meanwhile would post twice. */
  let waiting = false;

  const hold = (event: Event, sessions: ComposerSession[], proceed: () => void): void => {
    const now = waiting ? null : verdictOf(sessions);
    if (now && now.waiting.length === 0 && now.first === null) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!now) return;
    if (now.waiting.length === 0) return host.review(now.first!, now.findings, proceed);
    waiting = true;
    const waited = new Promise<void>((resolve) => host.timers.setTimeout(resolve, POST_WAIT_MS));
    void Promise.race([Promise.all(now.waiting.map((s) => s.settle())), waited]).then(() => {
      waiting = false;
      // Parts still unanswered are not held: a check that cannot finish must not stop the post.
      const after = verdictOf(sessions);
      if (after.first) host.review(after.first, after.findings, proceed);
      else proceed();
    });
  };

  const postWith = (button: HTMLElement, sessions: ComposerSession[]) => () => stillThere(button, sessions, host.adapter)?.click();

  const onClick = (event: MouseEvent) => {
    if (!host.trusted(event) || !host.active() || !(event.target instanceof Element)) return;
    const button = host.adapter.postButtonAt(event.target);
    if (!button || isDisabled(button)) return;
    // Guidepost's own click on the writer's behalf is not trusted, so it passes this guard.
    const sessions = sessionsFor(button);
    hold(event, sessions, postWith(button, sessions));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Every key the writer types passes here: only Enter and Space can post, so ask nothing else.
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (!host.trusted(event) || !host.active() || !(event.target instanceof Element)) return;
    // Enter or Space on a focused Post control posts like a click.
    const button = host.adapter.postButtonAt(event.target);
    if (button && !isDisabled(button)) {
      const sessions = sessionsFor(button);
      hold(event, sessions, postWith(button, sessions));
      return;
    }
    const session = sessionOf(event.target);
    if (!session || !host.adapter.isSubmitKey(event, session.editor)) return;
    hold(event, [session], () => resubmit(session, event, host.adapter));
  };

  view.addEventListener('click', onClick, { capture: true, signal });
  view.addEventListener('keydown', onKeyDown, { capture: true, signal });
}

/** The post guard for a page: the review prompt opens in the first composer's frame, which takes the keyboard. */
export function init(signal: AbortSignal, page: GuidepostPage): void {
  guardPosting(
    page.view,
    {
      adapter: page.adapter,
      active: page.active,
      sessions: page.sessions,
      review(session, findings, proceed) {
        session.rememberCaret();
        page.openReview({ session, findings, proceed });
        page.focusFrame(session);
      },
      trusted: page.trusted,
      timers: page.view,
    },
    signal,
  );
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
function resubmit(session: ComposerSession, original: KeyboardEvent, adapter: SiteAdapter): void {
  const button = adapter.postButtons(session.editor).find((b) => adapter.postButtonAt(b) === b && !isDisabled(b));
  if (button) {
    button.click();
    return;
  }
  session.editor.focus();
  session.editor.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: original.key,
      code: original.code,
      ctrlKey: original.ctrlKey,
      metaKey: original.metaKey,
      shiftKey: original.shiftKey,
      altKey: original.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}
