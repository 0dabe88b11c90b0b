// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OverlayApp } from '../../components/in-page/overlay-app';
import { createOverlayStore } from '../../components/in-page/overlay-store';
import { EventTrustContext } from '../../components/in-page/user-action';
import type { ComposerView, FindingView, OverlayActions, OverlayState } from '../../components/in-page/view-model';
import type { EventTrust } from '../../utils/event-trust';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import type { Finding } from '../../rules/schema/finding';

const opinion: Finding = {
  category: 'opinion-disclaimer',
  rule: 'opinion-needs-disclaimer',
  severity: 'warn',
  message: 'Say it is your personal opinion.',
  spans: [{ start: 0, end: 7 }],
  guidance: 'personal-opinions',
  fixes: [{ kind: 'append', text: ' Views my own.', label: 'Add disclaimer' }],
};
const privacy: Finding = { ...opinion, category: 'client-privacy', rule: 'identifiable-person-served', severity: 'serious', fixes: [] };

const view = (finding: Finding, words: string[]): FindingView => ({
  finding,
  words,
  guidance: { id: finding.guidance, title: 'Say when an opinion is your own', summary: 'Summary here.', body: 'Body.', doInstead: 'Add a disclaimer.', links: [] },
  blocks: true,
});

function composer(findings: FindingView[], extra: Partial<ComposerView> = {}): ComposerView {
  return {
    id: 'c1',
    draft: 1,
    label: 'Post',
    context: { ...DEFAULT_CONTEXT, site: 'facebook', audience: 'public' },
    findings,
    place: { badge: { top: 6, left: 6 }, panel: { left: 0, top: 40, maxHeight: 500 } },
    theme: 'light',
    open: false,
    outcome: null,
    guarded: true,
    basic: false,
    unchecked: false,
    ...extra,
  };
}

function actions(): OverlayActions {
  return { toggle: vi.fn(), applyFix: vi.fn(), copy: vi.fn(), dismiss: vi.fn(), notRight: vi.fn(), edit: vi.fn(), postAnyway: vi.fn() };
}

/** happy-dom's events are never trusted: these tests stand in for the writer, except where they say otherwise. */
const everyEvent: EventTrust = () => true;

let container: HTMLElement;
function show(state: OverlayState, a = actions(), trusted = everyEvent): { store: ReturnType<typeof createOverlayStore>; a: OverlayActions } {
  container = document.createElement('div');
  document.body.append(container);
  const store = createOverlayStore();
  store.set(state);
  act(() =>
    render(
      <EventTrustContext.Provider value={trusted}>
        <OverlayApp store={store} actions={a} />
      </EventTrustContext.Provider>,
      container,
    ),
  );
  return { store, a };
}
const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('the in-page overlay', () => {
  it.each([
    [[], 'gp-badge--clean', /nothing to check/],
    [[view(opinion, ['I think'])], 'gp-badge--warn', /1 thing to check/],
    [[view(opinion, ['I think']), view(privacy, ['Mrs J'])], 'gp-badge--serious', /2 things to check in this post, one is serious/],
  ])('shows a badge coloured by the highest severity, labelled for screen readers (%#)', (findings, colour, label) => {
    show({ composers: [composer(findings)], review: null });
    const badge = $('[data-guidepost="badge"]')!;
    expect(badge.className).toContain(colour);
    expect(badge.getAttribute('aria-label')).toMatch(label);
    expect(badge.textContent).toBe(findings.length === 0 ? '' : String(findings.length));
    expect($('[aria-live="polite"]')).not.toBeNull();
  });

  it('opens a card per finding with the message, the words, the notes, the guidance and the fix', () => {
    const { a } = show({ composers: [composer([view(opinion, ['I think']), view(privacy, ['Mrs J', 'Elm Street'])], { open: true })], review: null });
    const cards = container.querySelectorAll('article.gp-card');
    expect(cards).toHaveLength(2);
    const first = cards[0]!;
    expect(first.textContent).toContain('Personal opinion');
    expect(first.textContent).toContain('Say it is your personal opinion.');
    expect([...first.querySelectorAll('.gp-word')].map((w) => w.textContent)).toEqual(['I think']);
    expect(first.textContent).toContain('Public: anyone can see this');
    expect(first.querySelector('.gp-guidance__title')!.textContent).toBe('Say when an opinion is your own');
    act(() => button('Add disclaimer').click());
    expect(a.applyFix).toHaveBeenCalledWith('c1', 'opinion-needs-disclaimer', opinion.fixes[0]);
    act(() => ([...first.querySelectorAll('button')].find((b) => b.textContent === 'Read more') as HTMLElement).click());
    expect(first.textContent).toContain('Add a disclaimer.');
    act(() => ([...cards[1]!.querySelectorAll('button')].find((b) => b.textContent === "This isn't right") as HTMLElement).click());
    expect(a.notRight).toHaveBeenCalledWith('c1', 'identifiable-person-served');
    act(() => ([...cards[1]!.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss') as HTMLElement).click());
    expect(a.dismiss).toHaveBeenCalledWith('c1', 'identifiable-person-served');
  });

  it('offers to copy the disclaimer when the editor did not take it', () => {
    const { a } = show({
      composers: [composer([view(opinion, ['I think'])], { open: true, outcome: { rule: opinion.rule, state: 'failed', text: ' Views my own.', label: 'Add disclaimer' } })],
      review: null,
    });
    expect($('.gp-outcome--failed')!.textContent).toContain("didn't take the text");
    act(() => button('Copy disclaimer').click());
    expect(a.copy).toHaveBeenCalledWith('c1', opinion.rule, 'Views my own.');
  });

  it('says when the site took the added disclaimer out again, and offers it to copy', () => {
    const { a } = show({
      composers: [composer([view(opinion, ['I think'])], { open: true, outcome: { rule: opinion.rule, state: 'dropped', text: ' Views my own.', label: 'Add disclaimer' } })],
      review: null,
    });
    expect($('[data-outcome="dropped"]')!.textContent).toContain('the site took it out of your draft again');
    act(() => button('Copy disclaimer').click());
    expect(a.copy).toHaveBeenCalledWith('c1', opinion.rule, 'Views my own.');
  });

  it('says when it cannot guard a composer’s posting', () => {
    show({ composers: [composer([view(opinion, [])], { open: true, guarded: false })], review: null });
    expect(container.textContent).toContain("won't ask before posting");
  });

  it('draws nothing for a composer that is off screen', () => {
    show({ composers: [composer([view(opinion, [])], { place: null })], review: null });
    expect($('[data-guidepost="badge"]')).toBeNull();
  });

  it('says plainly when a draft could not be checked, and that posting is not held', () => {
    const { a } = show({ composers: [composer([], { unchecked: true })], review: null });
    const badge = $('[data-guidepost="badge"]')!;
    expect(badge.getAttribute('aria-label')).toBe("Guidepost: couldn't check this draft");
    expect(badge.className).toContain('gp-badge--unchecked');
    expect($('[aria-live="polite"]')!.textContent).toBe("Guidepost: couldn't check this draft");
    act(() => badge.click());
    expect(a.toggle).toHaveBeenCalledWith('c1');
    show({ composers: [composer([], { unchecked: true, open: true })], review: null });
    expect($('[data-guidepost="unchecked"]')!.textContent).toMatch(/couldn't check this draft in time, so it won't ask before you post/);
  });

  it('does nothing for clicks and keys no person made (the browser says which)', () => {
    const { a } = show({ composers: [composer([view(opinion, ['I think'])], { open: true })], review: null }, actions(), (event) => event.isTrusted);
    act(() => $('[data-guidepost="badge"]')!.click());
    act(() => button('Add disclaimer').click());
    act(() => button('Dismiss').click());
    act(() => $('.gp-close')!.click());
    act(() => {
      $('[data-guidepost="panel"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    for (const action of Object.values(a)) expect(action).not.toHaveBeenCalled();
  });

  it('shows what the frame was told between its first render and its listening to the store', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const store = createOverlayStore();
    // Rendered outside act(): its effects, the store subscription among them, wait for a later task.
    render(<OverlayApp store={store} actions={actions()} />, container);
    store.set({ composers: [composer([])], review: null });
    // Preact runs effects after the next paint: a frame, or 100 ms where frames do not come.
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    expect($('[data-guidepost="badge"]')).not.toBeNull();
  });

  it('follows the page’s theme', () => {
    show({ composers: [composer([], { theme: 'dark' })], review: null });
    expect($('.gp-composer')!.className).toContain('gp-theme-dark');
  });

  describe('the review prompt', () => {
    const review = { composerId: 'c1', label: 'Comment', context: { ...DEFAULT_CONTEXT, reply: true, site: 'facebook' as const }, findings: [view(privacy, ['Mrs J'])], theme: 'light' as const };

    it('is a labelled modal dialog that names the problem and the circumstances', () => {
      show({ composers: [], review });
      const dialog = $('[role="dialog"]')!;
      expect(dialog.getAttribute('aria-modal')).toBe('true');
      expect(container.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).toBe('Before you send this comment');
      expect(dialog.textContent).toContain('Privacy of people we serve');
      expect(dialog.textContent).toContain('Comment: seen by everyone who can see the post');
    });

    it.each([
      ['Escape', 'edit'],
      ['Tab', null],
    ] as const)('on %s calls %s', (key, action) => {
      const { a } = show({ composers: [], review });
      act(() => {
        $('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      });
      if (action) expect(a[action]).toHaveBeenCalledTimes(1);
      else expect(a.edit).not.toHaveBeenCalled();
    });

    it('says before posting that the site took the added disclaimer out, and offers it to copy', () => {
      const dropped = { rule: opinion.rule, state: 'dropped' as const, text: ' Views my own.', label: 'Add disclaimer' };
      const { a } = show({ composers: [], review: { ...review, findings: [view(opinion, ['I think'])], outcome: dropped } });
      expect($('[role="dialog"] [data-outcome="dropped"]')).not.toBeNull();
      act(() => button('Copy disclaimer').click());
      expect(a.copy).toHaveBeenCalledWith('c1', opinion.rule, 'Views my own.');
      show({ composers: [], review });
      expect($('[role="dialog"] .gp-outcome')).toBeNull();
    });

    it('offers Edit and "<verb> anyway"', () => {
      const { a } = show({ composers: [], review });
      act(() => button('Comment anyway').click());
      expect(a.postAnyway).toHaveBeenCalledTimes(1);
      act(() => button('Edit').click());
      expect(a.edit).toHaveBeenCalledTimes(1);
    });
  });
});

describe('tip cards, shortened cards and the public-audience line', () => {
  const tip: Finding = {
    category: 'tone',
    rule: 'plain-words',
    severity: 'info',
    message: '“utilise” could be simpler: try “use”. Plain words read warmer and faster.',
    spans: [{ start: 8, end: 15 }],
    guidance: 'human-face',
    fixes: [{ kind: 'replace', text: 'use', label: 'Use “use”', span: { start: 8, end: 15 } }],
  };
  const humanFace = { id: 'human-face', title: 'A human face', summary: 'Sound like people.', body: 'Body.', doInstead: 'Plain words.', links: [] };
  const organisation = { ...DEFAULT_CONTEXT, account: 'organisation' as const };

  it('a tip says why in one line, links to "A human face", and replaces the words in one click', () => {
    const { a } = show({ composers: [composer([{ finding: tip, words: ['utilise'], guidance: humanFace, blocks: false }], { open: true, context: organisation })], review: null });
    const card = $('article.gp-card')!;
    expect(card.querySelector('.gp-card__title')!.textContent).toBe('Tone');
    expect(card.querySelector('.gp-card__severity')!.textContent).toBe('Tip');
    expect(card.querySelector('.gp-card__message')!.textContent).toBe(tip.message);
    expect(card.querySelector('.gp-guidance__title')!.textContent).toBe('A human face');
    act(() => button('Use “use”').click());
    expect(a.applyFix).toHaveBeenCalledWith('c1', 'plain-words', tip.fixes[0]);
    expect($('[data-guidepost="badge"]')!.className).not.toContain('gp-badge--warn');
  });

  it('says a replacement changed the draft, not that it added to it', () => {
    show({ composers: [composer([], { open: true, outcome: { rule: 'plain-words', state: 'inserted', kind: 'replace' } })], review: null });
    expect($('.gp-outcome')!.textContent).toBe('Changed in your draft.');
  });

  it('a shortened card shows the message and the words, its notes and guidance behind "Why?", and keeps its fix', () => {
    const { a } = show({ composers: [composer([{ ...view(opinion, ['I think']), shortened: true, aboutWork: true }], { open: true })], review: null });
    const card = $('article.gp-card')!;
    expect(card.className).toContain('gp-card--short');
    expect(card.querySelector('.gp-card__message')!.textContent).toBe(opinion.message);
    expect([...card.querySelectorAll('.gp-word')].map((w) => w.textContent)).toEqual(['I think']);
    expect(card.querySelector('.gp-guidance')).toBeNull();
    expect(card.querySelector('.gp-notes')).toBeNull();
    expect(card.querySelector('[data-guidepost="audience"]')).toBeNull();
    const why = button('Why?');
    expect(why.getAttribute('aria-expanded')).toBe('false');
    act(() => why.click());
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(card.querySelector('.gp-guidance__title')!.textContent).toBe('Say when an opinion is your own');
    expect(card.querySelector('.gp-notes')!.textContent).toContain('Public: anyone can see this');
    act(() => button('Add disclaimer').click());
    expect(a.applyFix).toHaveBeenCalled();
  });

  it.each<[string, Partial<typeof DEFAULT_CONTEXT>, boolean, boolean]>([
    ['a public Facebook post about work from a personal account', { site: 'facebook', audience: 'public' }, true, true],
    ['the same finding, not about work', { site: 'facebook', audience: 'public' }, false, false],
    ['a Friends-only post', { site: 'facebook', audience: 'friends' }, true, false],
    ["the organisation's own Page", { site: 'facebook', audience: 'public', account: 'organisation' }, true, false],
    ['X, where no audience is read', { site: 'x', audience: null }, true, false],
  ])('%s: the card says who can see it and how to change that (%#)', (_what, context, aboutWork, said) => {
    show({ composers: [composer([{ ...view(opinion, ['I think']), aboutWork }], { open: true, context: { ...DEFAULT_CONTEXT, ...context } })], review: null });
    const line = $('[data-guidepost="audience"]');
    if (!said) return expect(line).toBeNull();
    expect(line!.textContent).toBe(
      'Anyone on or off Facebook can see a public post about work. To change who can, choose the audience button under your name before you post.',
    );
  });
});

