// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findingViews } from '../../components/in-page/finding-views';
import { draftContext } from '../../entrypoints/checks-frame/draft-context';
import type { ChecksLink } from '../../entrypoints/content/checks-link';
import { ComposerSession, FIX_RECHECK_MS, type SessionHost } from '../../entrypoints/content/composer-session';
import { guardPosting, POST_WAIT_MS } from '../../entrypoints/content/post-guard';
import { facebookAdapter } from '../../entrypoints/content/sites/facebook';
import type { SiteAdapter } from '../../entrypoints/content/sites/site-adapter';
import { xAdapter } from '../../entrypoints/content/sites/x';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import type { Finding } from '../../rules/schema/finding';
import type { OrgProfile } from '../../rules/schema/profile';
import sample from '../../rules/profiles/sample-org.json';
import type { PassAnswer } from '../../utils/messages';
import { DEFAULT_SETTINGS } from '../../utils/settings-table';
import { FACEBOOK_WORDS, fbComment, fbPostDialog, fbPostSettings, xModal, xTimeline } from './markup';

const OPINION = 'I think the council should fix the parking on our street.';
const CLEAN = 'Lovely walk along the river this morning with the dog.';
const profile = sample as OrgProfile;
const checker = compile(DEFAULT_PACK, profile);

/** How the checks frame answers, in these tests: at once with the real engine, never, or "could not check in time". */
type Answering = 'engine' | 'never' | 'too-slow';

/** The checks frame's part, played by the engine itself; answers come a microtask later, as they come later over a port. */
function checks(answering: () => Answering, requests: string[]): ChecksLink {
  return {
    request({ site, text, signals }, onAnswer) {
      requests.push(text);
      const context = draftContext(site, signals, profile, DEFAULT_SETTINGS);
      const mode = answering();
      if (mode === 'never') return;
      const answer: PassAnswer =
        mode === 'too-slow'
          ? { id: 0, pass: 'rules', state: 'unchecked', reason: 'timeout', context }
          : { id: 0, pass: 'rules', state: 'checked', context, findings: findingViews(checker.check(text, context), text, DEFAULT_PACK.guidance, profile) };
      queueMicrotask(() => onAnswer(answer));
    },
    onRulesChanged: () => undefined,
  };
}

/** Events the test makes as the writer: happy-dom's are never trusted, so the guard is told which are. */
const byTheWriter = new WeakSet<Event>();
function asWriter<E extends Event>(event: E): E {
  byTheWriter.add(event);
  return event;
}
const click = () => asWriter(new MouseEvent('click', { bubbles: true, cancelable: true }));
const key = (init: KeyboardEventInit) => asWriter(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

interface Rig {
  sessions: ComposerSession[];
  reviews: { session: ComposerSession; findings: Finding[]; proceed: () => void }[];
  posted: string[];
  requests: string[];
  controller: AbortController;
  active: boolean;
  answering: Answering;
}

function rig(html: string, adapter: SiteAdapter, answering: Answering = 'engine'): Rig {
  document.body.innerHTML = html;
  const controller = new AbortController();
  const r: Rig = { sessions: [], reviews: [], posted: [], requests: [], controller, active: true, answering };
  const host: SessionHost = {
    adapter,
    timers: { setTimeout: (h, ms) => setTimeout(h, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id), now: () => Date.now() },
    checks: checks(() => r.answering, r.requests),
    changed: () => undefined,
    shown: () => undefined,
  };
  r.sessions = adapter.findEditors(document).map((editor, i) => new ComposerSession(`c${i}`, editor, host, controller.signal));
  guardPosting(
    window,
    {
      adapter,
      active: () => r.active,
      sessions: () => r.sessions,
      review: (session, findings, proceed) => r.reviews.push({ session, findings, proceed }),
      trusted: (event) => byTheWriter.has(event),
      timers: { setTimeout: (h, ms) => setTimeout(h, ms) as unknown as number },
    },
    controller.signal,
  );
  // The site's own posting, in the bubble phase as React and Lexical handle it.
  for (const session of r.sessions) {
    for (const button of adapter.postButtons(session.editor)) {
      button.addEventListener('click', () => r.posted.push(adapter.readText(session.editor)));
    }
    session.editor.addEventListener('keydown', (event) => {
      if (adapter.isSubmitKey(event, session.editor)) r.posted.push(adapter.readText(session.editor));
    });
  }
  return r;
}

/** Every session checked and answered, as after the writer's pause. */
async function settled(r: Rig): Promise<void> {
  await Promise.all(r.sessions.map((s) => s.settle()));
}

function postButton(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-testid^="tweetButton"], [aria-label="Post"], #focused-state-composer-submit [role="button"]')!;
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('holding a post for review', () => {
  let current: Rig | null = null;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    current?.controller.abort();
    vi.useRealTimers();
  });

  it('stops a click on Post when the draft has a finding of severity warn or higher, and asks', async () => {
    current = rig(xTimeline(OPINION), xAdapter);
    await settled(current);
    const event = click();
    postButton().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(current.posted).toEqual([]);
    expect(current.reviews).toHaveLength(1);
    expect(current.reviews[0]!.findings.map((f) => f.category)).toContain('opinion-disclaimer');
  });

  it('lets a clean draft through untouched', async () => {
    current = rig(xTimeline(CLEAN), xAdapter);
    await settled(current);
    postButton().dispatchEvent(click());
    expect(current.reviews).toEqual([]);
    expect(current.posted).toEqual([CLEAN]);
  });

  it('"Post anyway" posts exactly the same text, exactly once', async () => {
    current = rig(xTimeline(OPINION), xAdapter);
    await settled(current);
    postButton().dispatchEvent(click());
    current.reviews[0]!.proceed();
    expect(current.posted).toEqual([OPINION]);
    // The next attempt is a new decision: asked again.
    postButton().dispatchEvent(click());
    expect(current.posted).toEqual([OPINION]);
    expect(current.reviews).toHaveLength(2);
  });

  it('holds Ctrl+Enter on X and posts through the Post button when told to', async () => {
    current = rig(xModal([OPINION]), xAdapter);
    await settled(current);
    const press = key({ key: 'Enter', ctrlKey: true });
    current.sessions[0]!.editor.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(current.posted).toEqual([]);
    current.reviews[0]!.proceed();
    expect(current.posted).toEqual([OPINION]);
  });

  it('holds Enter in a Facebook comment box; "Comment anyway" clicks the real send control, never a replayed Enter', async () => {
    current = rig(fbComment(OPINION), facebookAdapter);
    await settled(current);
    const editor = current.sessions[0]!.editor;
    const keys: boolean[] = [];
    editor.addEventListener('keydown', (event) => keys.push(byTheWriter.has(event)));
    editor.dispatchEvent(key({ key: 'Enter' }));
    expect(current.posted).toEqual([]);
    current.reviews[0]!.proceed();
    expect(current.posted).toEqual([OPINION]);
    // No Enter reached the editor: the writer's was held, and none was replayed.
    expect(keys).toEqual([]);
  });

  it('clicks the send control the page put back while the prompt was open', async () => {
    current = rig(fbComment(OPINION), facebookAdapter);
    await settled(current);
    const editor = current.sessions[0]!.editor;
    editor.dispatchEvent(key({ key: 'Enter' }));
    // Facebook draws the focused-state controls again once the box loses focus to the prompt.
    const old = document.getElementById('focused-state-composer-submit')!;
    const fresh = old.cloneNode(true) as HTMLElement;
    const sent: string[] = [];
    fresh.querySelector('[role="button"]')!.addEventListener('click', () => sent.push(facebookAdapter.readText(editor)));
    old.replaceWith(fresh);
    current.reviews[0]!.proceed();
    expect(sent).toEqual([OPINION]);
  });

  it('clicks the Post button X rendered again while the prompt was open, once', async () => {
    current = rig(xTimeline(OPINION), xAdapter);
    await settled(current);
    postButton().dispatchEvent(click());
    const old = postButton();
    const fresh = old.cloneNode(true) as HTMLElement;
    const sent: string[] = [];
    fresh.addEventListener('click', () => sent.push('posted'));
    old.replaceWith(fresh);
    current.reviews[0]!.proceed();
    expect(sent).toEqual(['posted']);
    expect(current.reviews).toHaveLength(1);
  });

  it('lets Enter through to pick a mention while the typeahead is open', async () => {
    current = rig(fbComment(`${OPINION} @Sa`), facebookAdapter);
    await settled(current);
    const editor = current.sessions[0]!.editor;
    editor.setAttribute('aria-activedescendant', 'typeahead-item-0');
    const press = key({ key: 'Enter' });
    editor.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(false);
    expect(current.reviews).toEqual([]);
  });

  it('never holds the post’s own action-bar "Comment" button', async () => {
    current = rig(fbComment(OPINION), facebookAdapter);
    await settled(current);
    const actionBar = document.querySelector<HTMLElement>('[aria-label="Leave a comment"]')!;
    const event = click();
    actionBar.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(current.reviews).toEqual([]);
  });

  it.each(Object.entries(FACEBOOK_WORDS))('holds the Create post dialog’s Post in %s', async (_language, words) => {
    current = rig(fbPostDialog(OPINION, { words }), facebookAdapter);
    await settled(current);
    document.querySelector<HTMLElement>(`[role="button"][aria-label="${words.post}"]`)!.dispatchEvent(click());
    expect(current.posted).toEqual([]);
    expect(current.reviews).toHaveLength(1);
    current.reviews[0]!.proceed();
    expect(current.posted).toEqual([OPINION]);
  });

  it('lets Next through, keeps the draft across Post settings, and holds the final Post for it', async () => {
    current = rig(fbPostDialog(OPINION, { step: 'next', audience: 'Public' }), facebookAdapter);
    const session = current.sessions[0]!;
    await session.settle();
    const next = document.querySelector<HTMLElement>('[aria-label="Next"]')!;
    const event = click();
    next.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(current.reviews).toEqual([]);
    // Post settings replaces the dialog's content: the editor is gone.
    const dialog = document.querySelector('[role="dialog"]')!;
    dialog.innerHTML = fbPostSettings();
    const posted: string[] = [];
    dialog.querySelector('[aria-label="Post"]')!.addEventListener('click', () => posted.push(session.text));
    dialog.querySelector<HTMLElement>('[aria-label="Post"]')!.dispatchEvent(click());
    expect(posted).toEqual([]);
    expect(current.reviews).toHaveLength(1);
    expect(current.reviews[0]!.session).toBe(session);
    expect(current.reviews[0]!.findings.map((f) => f.category)).toContain('opinion-disclaimer');
    expect(session.context?.audience).toBe('public');
    current.reviews[0]!.proceed();
    expect(posted).toEqual([OPINION]);
  });

  it('lets Shift+Enter make a new line in a comment box', async () => {
    current = rig(fbComment(OPINION), facebookAdapter);
    await settled(current);
    current.sessions[0]!.editor.dispatchEvent(key({ key: 'Enter', shiftKey: true }));
    expect(current.reviews).toEqual([]);
  });

  it('does not ask about a finding the writer dismissed', async () => {
    current = rig(xTimeline(OPINION), xAdapter);
    const session = current.sessions[0]!;
    await session.settle();
    for (const f of session.blockingFindings()) session.dismiss(f.rule);
    postButton().dispatchEvent(click());
    expect(current.reviews).toEqual([]);
    expect(current.posted).toEqual([OPINION]);
  });

  it('never holds posts while Guidepost is off or snoozed', async () => {
    current = rig(xTimeline(OPINION), xAdapter);
    await settled(current);
    current.active = false;
    postButton().dispatchEvent(click());
    expect(current.reviews).toEqual([]);
    expect(current.posted).toEqual([OPINION]);
  });

  it('holds Enter on a focused Post control like a click', async () => {
    current = rig(xTimeline(OPINION), xAdapter);
    await settled(current);
    const press = key({ key: 'Enter' });
    postButton().dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(current.reviews).toHaveLength(1);
  });
});

describe('posting what no person asked for', () => {
  let current: Rig | null = null;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    current?.controller.abort();
    vi.useRealTimers();
  });

  it.each([
    ['a click on Post', () => postButton(), new MouseEvent('click', { bubbles: true, cancelable: true })],
    ['Ctrl+Enter', () => current!.sessions[0]!.editor, new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true })],
    ['Enter on the Post control', () => postButton(), new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })],
  ])('%s made by a script is neither held nor answered with the prompt', async (_what, target, event) => {
    current = rig(xModal([OPINION]), xAdapter);
    await settled(current);
    target().dispatchEvent(event);
    await flush();
    expect(event.defaultPrevented).toBe(false);
    expect(current.reviews).toEqual([]);
  });

  it('a script posting leaves the site to post as it would without Guidepost', async () => {
    current = rig(xModal([OPINION]), xAdapter);
    await settled(current);
    postButton().click();
    expect(current.posted).toEqual([OPINION]);
  });
});

describe('a post while the check is not in', () => {
  let current: Rig | null = null;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    current?.controller.abort();
    vi.useRealTimers();
  });

  it('holds a post made straight after typing until its check answers, then asks', async () => {
    current = rig(xTimeline(OPINION), xAdapter);
    const event = click();
    postButton().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(current.reviews).toEqual([]);
    await flush();
    expect(current.reviews).toHaveLength(1);
    expect(current.posted).toEqual([]);
  });

  it('posts a clean draft once its check answers, by the same route', async () => {
    current = rig(xTimeline(CLEAN), xAdapter);
    postButton().dispatchEvent(click());
    expect(current.posted).toEqual([]);
    await flush();
    expect(current.reviews).toEqual([]);
    expect(current.posted).toEqual([CLEAN]);
  });

  it(`fails open: a check that never answers holds the post ${POST_WAIT_MS} ms at most`, async () => {
    current = rig(xTimeline(OPINION), xAdapter, 'never');
    postButton().dispatchEvent(click());
    await vi.advanceTimersByTimeAsync(POST_WAIT_MS - 1);
    expect(current.posted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(current.reviews).toEqual([]);
    expect(current.posted).toEqual([OPINION]);
  });

  it('does not hold a draft that could not be checked in time, and says so in its view', async () => {
    current = rig(xTimeline(OPINION), xAdapter, 'too-slow');
    await settled(current);
    expect(current.sessions[0]!.view()?.unchecked).toBe(true);
    expect(current.sessions[0]!.view()?.findings).toEqual([]);
    const event = click();
    postButton().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(current.posted).toEqual([OPINION]);
  });

  it('posts once when the writer clicks again while the post waits for its check', async () => {
    current = rig(xTimeline(CLEAN), xAdapter);
    postButton().dispatchEvent(click());
    const again = click();
    postButton().dispatchEvent(again);
    expect(again.defaultPrevented).toBe(true);
    await flush();
    expect(current.posted).toEqual([CLEAN]);
  });

  it('holds a draft edited since its check, even when the old text was clean', async () => {
    current = rig(xTimeline(CLEAN), xAdapter);
    await settled(current);
    document.querySelector('[data-contents]')!.innerHTML = `<div data-block="true"><span data-text="true">${OPINION}</span></div>`;
    postButton().dispatchEvent(click());
    expect(current.posted).toEqual([]);
    await flush();
    expect(current.reviews).toHaveLength(1);
  });
});

describe('a composer session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for a check after a pause, and not again while the text is unchanged', async () => {
    const r = rig(xTimeline(''), xAdapter);
    const session = r.sessions[0]!;
    session.check();
    const asked = r.requests.length;
    document.querySelector('[data-contents]')!.innerHTML = `<div data-block="true"><span data-text="true">${OPINION}</span></div>`;
    session.scheduler.changed();
    expect(r.requests.length).toBe(asked);
    await vi.advanceTimersByTimeAsync(400);
    expect(r.requests.slice(asked)).toEqual([OPINION]);
    expect(session.visibleFindings().map((f) => f.category)).toContain('opinion-disclaimer');
    session.scheduler.changed();
    await vi.advanceTimersByTimeAsync(400);
    expect(r.requests.length).toBe(asked + 1);
    r.controller.abort();
  });

  it('reads the composer once per check, through one adapter call', async () => {
    const r = rig(xTimeline(OPINION), xAdapter);
    const spies = (['snapshot', 'readText', 'readSignals', 'kindOf', 'scopeOf', 'postButtons'] as const).map((name) => vi.spyOn(xAdapter, name));
    r.sessions[0]!.recheck();
    expect(spies.map((spy) => spy.mock.calls.length)).toEqual([1, 0, 0, 0, 0, 0]);
    spies.forEach((spy) => spy.mockRestore());
    r.controller.abort();
  });

  it('drops an answer for a draft that has changed since it was asked about', async () => {
    const r = rig(xTimeline(OPINION), xAdapter);
    const session = r.sessions[0]!;
    session.check();
    document.querySelector('[data-contents]')!.innerHTML = `<div data-block="true"><span data-text="true">${CLEAN}</span></div>`;
    session.check();
    await flush();
    expect(session.text).toBe(CLEAN);
    expect(session.visibleFindings()).toEqual([]);
    r.controller.abort();
  });

  it('keeps checking a composer whose Post button it cannot find, and says it is not guarding it', async () => {
    const r = rig(xTimeline(OPINION).replace('data-testid="tweetButtonInline"', 'data-testid="renamed"'), xAdapter);
    const session = r.sessions[0]!;
    await session.settle();
    expect(session.guarded).toBe(false);
    expect(session.visibleFindings().map((f) => f.category)).toContain('opinion-disclaimer');
    expect(session.view()?.guarded).toBe(false);
    r.controller.abort();
  });

  it('forgets dismissals when the draft is emptied (a new draft)', async () => {
    const r = rig(xTimeline(OPINION), xAdapter);
    const session = r.sessions[0]!;
    await session.settle();
    const rule = session.visibleFindings()[0]!.rule;
    session.dismiss(rule);
    expect(session.visibleFindings().map((f) => f.rule)).not.toContain(rule);
    document.querySelector('[data-contents]')!.innerHTML = '<div data-block="true"><br data-text="true"></div>';
    await session.settle();
    document.querySelector('[data-contents]')!.innerHTML = `<div data-block="true"><span data-text="true">${OPINION}</span></div>`;
    await session.settle();
    expect(session.visibleFindings().map((f) => f.rule)).toContain(rule);
    r.controller.abort();
  });
});

describe('holding a thread', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once about every part that needs a look, and edits the first of them', async () => {
    const PRIVACY = 'Visited a tenant today, Mrs J from Elm Street, aged 84.';
    const r = rig(xModal(['Lovely walk along the river this morning.', OPINION, PRIVACY]), xAdapter);
    await settled(r);
    postButton().dispatchEvent(click());
    expect(r.reviews).toHaveLength(1);
    expect(r.reviews[0]!.session).toBe(r.sessions[1]);
    expect(r.reviews[0]!.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['opinion-disclaimer', 'client-privacy']));
    expect(r.posted).toEqual([]);
    r.controller.abort();
  });
});

describe('a fix that does not stay in the draft', () => {
  const DISCLAIMER = ` ${profile.disclaimer}`;
  let current: Rig | null = null;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    current?.controller.abort();
    vi.useRealTimers();
  });

  /** Puts the draft's text in place as Draft.js renders it, with no input event: a fix going in, or the site resetting the box. */
  const render = (text: string) => {
    document.querySelector('[data-contents]')!.innerHTML = `<div data-block="true"><span data-text="true">${text}</span></div>`;
  };

  /** The writer's opinion, its check answered, and the disclaimer fix put in as the editor would take it. */
  async function fixed(): Promise<{ session: ComposerSession; rule: string }> {
    current = rig(xTimeline(OPINION), xAdapter);
    const session = current.sessions[0]!;
    await session.settle();
    const finding = session.visibleFindings().find((f) => f.category === 'opinion-disclaimer')!;
    const fix = finding.fixes[0]!;
    expect(fix.text).toBe(DISCLAIMER);
    render(OPINION + fix.text);
    session.fixPlaced(finding.rule, fix);
    await session.settle();
    return { session, rule: finding.rule };
  }

  it(`reads the draft again ${FIX_RECHECK_MS} ms later, and says so when the site took the text out`, async () => {
    const { session, rule } = await fixed();
    expect(session.view()?.outcome).toEqual({ rule, state: 'inserted', kind: 'append' });
    render(OPINION);
    await vi.advanceTimersByTimeAsync(FIX_RECHECK_MS - 1);
    expect(session.view()?.outcome?.state).toBe('inserted');
    await vi.advanceTimersByTimeAsync(1);
    expect(session.view()?.outcome).toEqual({ rule, state: 'dropped', text: DISCLAIMER, label: 'Add disclaimer' });
  });

  it('keeps saying it was added while the text stays, through the writer typing on', async () => {
    const { session, rule } = await fixed();
    session.editor.dispatchEvent(new KeyboardEvent('keydown', { key: '!', bubbles: true }));
    render(`${OPINION}${DISCLAIMER} Thanks!`);
    await vi.advanceTimersByTimeAsync(FIX_RECHECK_MS);
    await session.settle();
    expect(session.view()?.outcome).toEqual({ rule, state: 'inserted', kind: 'append' });
  });

  it('says nothing when the writer took the text out themselves (Draft.js cancels Backspace: no input event)', async () => {
    const { session } = await fixed();
    session.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true }));
    render(OPINION);
    await vi.advanceTimersByTimeAsync(FIX_RECHECK_MS);
    await session.settle();
    expect(session.view()?.outcome?.state).toBe('inserted');
  });

  it('tells a site reset from the writer’s next key: text gone before the key was the site’s doing', async () => {
    const { session } = await fixed();
    render(OPINION);
    session.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(session.view()?.outcome?.state).toBe('dropped');
  });

  it('reads the draft again when Post is pressed: the text the site took out is said, and the post held for the finding back in it', async () => {
    const { session, rule } = await fixed();
    // The site resets the box, and the writer posts before the second read and before the pause.
    render(OPINION);
    const event = click();
    postButton().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(session.view()?.outcome).toEqual({ rule, state: 'dropped', text: DISCLAIMER, label: 'Add disclaimer' });
    await flush();
    expect(current!.reviews).toHaveLength(1);
    expect(current!.reviews[0]!.findings.map((f) => f.rule)).toContain(rule);
    expect(current!.posted).toEqual([]);
  });

  it('does not ask about the fixed finding when its text stayed', async () => {
    const { session, rule } = await fixed();
    postButton().dispatchEvent(click());
    await flush();
    expect(current!.reviews.flatMap((r) => r.findings.map((f) => f.rule))).not.toContain(rule);
    expect(session.view()?.outcome?.state).toBe('inserted');
  });
});
