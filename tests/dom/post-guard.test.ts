// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposerSession, type SessionHost } from '../../entrypoints/content/composer-session';
import { guardPosting } from '../../entrypoints/content/post-guard';
import type { CheckerState } from '../../entrypoints/content/checker-source';
import { facebookAdapter } from '../../entrypoints/content/sites/facebook';
import type { SiteAdapter } from '../../entrypoints/content/sites/site-adapter';
import { xAdapter } from '../../entrypoints/content/sites/x';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import type { Finding } from '../../rules/schema/finding';
import type { OrgProfile } from '../../rules/schema/profile';
import sample from '../../rules/profiles/sample-org.json';
import { DEFAULT_SETTINGS } from '../../utils/settings-table';
import { FACEBOOK_WORDS, fbComment, fbPostDialog, fbPostSettings, xModal, xTimeline } from './markup';

const OPINION = 'I think the council should fix the parking on our street.';
const CLEAN = 'Lovely walk along the river this morning with the dog.';

const state: CheckerState = { checker: compile(DEFAULT_PACK, sample as OrgProfile), settings: DEFAULT_SETTINGS, locked: {}, bio: {} };

interface Rig {
  sessions: ComposerSession[];
  reviews: { session: ComposerSession; findings: Finding[]; proceed: () => void }[];
  posted: string[];
  controller: AbortController;
  active: boolean;
}

function rig(html: string, adapter: SiteAdapter): Rig {
  document.body.innerHTML = html;
  const controller = new AbortController();
  const host: SessionHost = {
    adapter,
    timers: { setTimeout: (h, ms) => setTimeout(h, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id), now: () => Date.now() },
    state: () => state,
    changed: () => undefined,
    shown: () => undefined,
  };
  const r: Rig = { sessions: [], reviews: [], posted: [], controller, active: true };
  r.sessions = adapter.findEditors(document).map((editor, i) => new ComposerSession(`c${i}`, editor, host, controller.signal));
  guardPosting(
    window,
    {
      adapter,
      active: () => r.active,
      sessions: () => r.sessions,
      review: (session, findings, proceed) => r.reviews.push({ session, findings, proceed }),
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

function postButton(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-testid^="tweetButton"], [aria-label="Post"], #focused-state-composer-submit [role="button"]')!;
}

describe('holding a post for review', () => {
  let current: Rig | null = null;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    current?.controller.abort();
    vi.useRealTimers();
  });

  it('stops a click on Post when the draft has a finding of severity warn or higher, and asks', () => {
    current = rig(xTimeline(OPINION), xAdapter);
    postButton().click();
    expect(current.posted).toEqual([]);
    expect(current.reviews).toHaveLength(1);
    expect(current.reviews[0]!.findings.map((f) => f.category)).toContain('opinion-disclaimer');
  });

  it('lets a clean draft through untouched', () => {
    current = rig(xTimeline(CLEAN), xAdapter);
    postButton().click();
    expect(current.reviews).toEqual([]);
    expect(current.posted).toEqual([CLEAN]);
  });

  it('"Post anyway" posts exactly the same text, exactly once', () => {
    current = rig(xTimeline(OPINION), xAdapter);
    postButton().click();
    current.reviews[0]!.proceed();
    expect(current.posted).toEqual([OPINION]);
    // The next attempt is a new decision: asked again.
    postButton().click();
    expect(current.posted).toEqual([OPINION]);
    expect(current.reviews).toHaveLength(2);
  });

  it('holds Ctrl+Enter on X and posts through the Post button when told to', () => {
    current = rig(xModal([OPINION]), xAdapter);
    const editor = current.sessions[0]!.editor;
    const press = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    editor.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(current.posted).toEqual([]);
    current.reviews[0]!.proceed();
    expect(current.posted).toEqual([OPINION]);
  });

  it('holds Enter in a Facebook comment box; "Comment anyway" clicks the real send control, never a replayed Enter', () => {
    current = rig(fbComment(OPINION), facebookAdapter);
    const editor = current.sessions[0]!.editor;
    const keys: boolean[] = [];
    editor.addEventListener('keydown', (event) => keys.push(event.isTrusted));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(current.posted).toEqual([]);
    current.reviews[0]!.proceed();
    expect(current.posted).toEqual([OPINION]);
    expect(keys).toHaveLength(0);
  });

  it('clicks the send control the page put back while the prompt was open', () => {
    current = rig(fbComment(OPINION), facebookAdapter);
    const editor = current.sessions[0]!.editor;
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    // Facebook draws the focused-state controls again once the box loses focus to the prompt.
    const old = document.getElementById('focused-state-composer-submit')!;
    const fresh = old.cloneNode(true) as HTMLElement;
    const sent: string[] = [];
    fresh.querySelector('[role="button"]')!.addEventListener('click', () => sent.push(facebookAdapter.readText(editor)));
    old.replaceWith(fresh);
    current.reviews[0]!.proceed();
    expect(sent).toEqual([OPINION]);
  });

  it('clicks the Post button X rendered again while the prompt was open, once', () => {
    current = rig(xTimeline(OPINION), xAdapter);
    postButton().click();
    const old = postButton();
    const fresh = old.cloneNode(true) as HTMLElement;
    const sent: string[] = [];
    fresh.addEventListener('click', () => sent.push('posted'));
    old.replaceWith(fresh);
    current.reviews[0]!.proceed();
    expect(sent).toEqual(['posted']);
    expect(current.reviews).toHaveLength(1);
  });

  it('lets Enter through to pick a mention while the typeahead is open', () => {
    current = rig(fbComment(`${OPINION} @Sa`), facebookAdapter);
    const editor = current.sessions[0]!.editor;
    editor.setAttribute('aria-activedescendant', 'typeahead-item-0');
    const press = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    editor.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(false);
    expect(current.reviews).toEqual([]);
  });

  it('never holds the post’s own action-bar "Comment" button', () => {
    current = rig(fbComment(OPINION), facebookAdapter);
    const actionBar = document.querySelector<HTMLElement>('[aria-label="Leave a comment"]')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    actionBar.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(current.reviews).toEqual([]);
  });

  it.each(Object.entries(FACEBOOK_WORDS))('holds the Create post dialog’s Post in %s', (_language, words) => {
    current = rig(fbPostDialog(OPINION, { words }), facebookAdapter);
    document.querySelector<HTMLElement>(`[role="button"][aria-label="${words.post}"]`)!.click();
    expect(current.posted).toEqual([]);
    expect(current.reviews).toHaveLength(1);
    current.reviews[0]!.proceed();
    expect(current.posted).toEqual([OPINION]);
  });

  it('lets Next through, keeps the draft across Post settings, and holds the final Post for it', () => {
    current = rig(fbPostDialog(OPINION, { step: 'next', audience: 'Public' }), facebookAdapter);
    const session = current.sessions[0]!;
    session.checkNow();
    const next = document.querySelector<HTMLElement>('[aria-label="Next"]')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    next.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(current.reviews).toEqual([]);
    // Post settings replaces the dialog's content: the editor is gone.
    const dialog = document.querySelector('[role="dialog"]')!;
    dialog.innerHTML = fbPostSettings();
    const posted: string[] = [];
    dialog.querySelector('[aria-label="Post"]')!.addEventListener('click', () => posted.push(session.text));
    dialog.querySelector<HTMLElement>('[aria-label="Post"]')!.click();
    expect(posted).toEqual([]);
    expect(current.reviews).toHaveLength(1);
    expect(current.reviews[0]!.session).toBe(session);
    expect(current.reviews[0]!.findings.map((f) => f.category)).toContain('opinion-disclaimer');
    expect(session.context?.audience).toBe('public');
    current.reviews[0]!.proceed();
    expect(posted).toEqual([OPINION]);
  });

  it('lets Shift+Enter make a new line in a comment box', () => {
    current = rig(fbComment(OPINION), facebookAdapter);
    current.sessions[0]!.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    expect(current.reviews).toEqual([]);
  });

  it('does not ask about a finding the writer dismissed', () => {
    current = rig(xTimeline(OPINION), xAdapter);
    const session = current.sessions[0]!;
    session.checkNow();
    for (const f of session.blockingFindings()) session.dismiss(f.rule);
    postButton().click();
    expect(current.reviews).toEqual([]);
    expect(current.posted).toEqual([OPINION]);
  });

  it('never holds posts while Guidepost is off or snoozed', () => {
    current = rig(xTimeline(OPINION), xAdapter);
    current.active = false;
    postButton().click();
    expect(current.reviews).toEqual([]);
    expect(current.posted).toEqual([OPINION]);
  });

  it('holds Enter on a focused Post control like a click', () => {
    current = rig(xTimeline(OPINION), xAdapter);
    const press = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    postButton().dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(current.reviews).toHaveLength(1);
  });
});

describe('a composer session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks after a pause, and not again while the text is unchanged', () => {
    const r = rig(xTimeline(''), xAdapter);
    const session = r.sessions[0]!;
    const check = vi.spyOn(state.checker, 'check');
    session.check();
    const calls = check.mock.calls.length;
    document.querySelector('[data-contents]')!.innerHTML = `<div data-block="true"><span data-text="true">${OPINION}</span></div>`;
    session.scheduler.changed();
    expect(check.mock.calls.length).toBe(calls);
    vi.advanceTimersByTime(400);
    expect(check.mock.calls.length).toBe(calls + 1);
    expect(session.visibleFindings().map((f) => f.category)).toContain('opinion-disclaimer');
    session.scheduler.changed();
    vi.advanceTimersByTime(400);
    expect(check.mock.calls.length).toBe(calls + 1);
    check.mockRestore();
    r.controller.abort();
  });

  it('keeps checking a composer whose Post button it cannot find, and says it is not guarding it', () => {
    const r = rig(xTimeline(OPINION).replace('data-testid="tweetButtonInline"', 'data-testid="renamed"'), xAdapter);
    const session = r.sessions[0]!;
    session.checkNow();
    expect(session.guarded).toBe(false);
    expect(session.visibleFindings().map((f) => f.category)).toContain('opinion-disclaimer');
    expect(session.view()?.guarded).toBe(false);
    r.controller.abort();
  });

  it('forgets dismissals when the draft is emptied (a new draft)', () => {
    const r = rig(xTimeline(OPINION), xAdapter);
    const session = r.sessions[0]!;
    session.checkNow();
    const rule = session.visibleFindings()[0]!.rule;
    session.dismiss(rule);
    expect(session.visibleFindings().map((f) => f.rule)).not.toContain(rule);
    document.querySelector('[data-contents]')!.innerHTML = '<div data-block="true"><br data-text="true"></div>';
    session.checkNow();
    document.querySelector('[data-contents]')!.innerHTML = `<div data-block="true"><span data-text="true">${OPINION}</span></div>`;
    session.checkNow();
    expect(session.visibleFindings().map((f) => f.rule)).toContain(rule);
    r.controller.abort();
  });
});

describe('holding a thread', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once about every part that needs a look, and edits the first of them', () => {
    const PRIVACY = 'Visited a tenant today, Mrs J from Elm Street, aged 84.';
    const r = rig(xModal(['Lovely walk along the river this morning.', OPINION, PRIVACY]), xAdapter);
    postButton().click();
    expect(r.reviews).toHaveLength(1);
    expect(r.reviews[0]!.session).toBe(r.sessions[1]);
    expect(r.reviews[0]!.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['opinion-disclaimer', 'client-privacy']));
    expect(r.posted).toEqual([]);
    r.controller.abort();
  });
});
