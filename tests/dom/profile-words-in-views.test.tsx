// @vitest-environment happy-dom
// Every view that shows a pack's guidance fills its {profile.…} words the same way, for an
// organisation that set every word (the sample) and for none set (the generic profile).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findingViews } from '../../components/in-page/finding-views';
import { OverlayApp } from '../../components/in-page/overlay-app';
import { createOverlayStore } from '../../components/in-page/overlay-store';
import { EventTrustContext } from '../../components/in-page/user-action';
import { PopupApp } from '../../components/popup/popup-app';
import { OptionsApp } from '../../components/settings/options-app';
import { AdminApp } from '../../entrypoints/admin/admin-app';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { DEFAULT_DISCLAIMER, fillProfileWords } from '../../rules/profile/fill-profile-words';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import { GENERIC_PROFILE, type OrgProfile } from '../../rules/schema/profile';
import type { DraftStatus } from '../../utils/messages';
import { activePackItem, managedProfileItem } from '../../utils/storage-items';
import { SAMPLE_PROFILE } from '../fixtures/profiles';
import { exampleDraft } from '../fixtures/pack-examples';

/** Finds employer criticism (guidance naming the speak-up route) and an opinion (guidance naming the disclaimer). */
const draftFor = (profile: OrgProfile) => exampleDraft('criticises-employer', profile);
/** happy-dom's events are never trusted: the cards' buttons are clicked here as the writer would. */
const everyEvent = () => true;

const PROFILES: Array<[string, OrgProfile]> = [
  ['the generic profile', GENERIC_PROFILE],
  ['the sample profile', SAMPLE_PROFILE],
];

/** What the two placeholders of the default guidance must read as for `profile`. */
function expectedWords(profile: OrgProfile): string[] {
  return [profile.disclaimer ?? DEFAULT_DISCLAIMER, fillProfileWords('{profile.speakUpContact}', profile)];
}

let root: HTMLElement;

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

async function mount(app: preact.ComponentChild) {
  await act(() => render(app, root));
  await settle();
}

function buttons(scope: ParentNode, label: string | RegExp): HTMLButtonElement[] {
  return [...scope.querySelectorAll('button')].filter((b) => (typeof label === 'string' ? b.textContent?.trim() === label : label.test(b.textContent ?? '')));
}

/** Opens every guidance entry of the library in turn and gathers what each shows. */
async function readEveryEntry(backLabel: RegExp): Promise<string> {
  let text = root.textContent ?? '';
  const count = root.querySelectorAll('.gp-library-list button').length;
  expect(count).toBe(DEFAULT_PACK.guidance.length);
  for (let i = 0; i < count; i++) {
    await act(() => root.querySelectorAll<HTMLButtonElement>('.gp-library-list button')[i]!.click());
    await settle();
    text += root.querySelector('.gp-entry')!.textContent;
    await act(() => buttons(root, backLabel)[0]!.click());
    await settle();
  }
  return text;
}

beforeEach(async () => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
  await activePackItem.setValue({ pack: DEFAULT_PACK, source: 'bundled', installedAt: '2026-11-24T09:00:00Z' });
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe.each(PROFILES)('profile words, with %s', (_name, profile) => {
  const DRAFT = draftFor(profile);
  const findings = compile(DEFAULT_PACK, profile).check(DRAFT, DEFAULT_CONTEXT);
  const views = findingViews(findings, DRAFT, DEFAULT_PACK.guidance, profile);

  it('finds the two findings whose guidance uses profile words', () => {
    expect(findings.map((f) => f.guidance).sort()).toEqual(['employer-comment', 'personal-opinions']);
  });

  it('the card, with "Read more" open, and the review prompt', async () => {
    const store = createOverlayStore();
    const context = { ...DEFAULT_CONTEXT, audience: 'public' as const };
    store.set({
      composers: [{ id: 'c1', draft: 1, label: 'Post', context, findings: views, place: { badge: { top: 6, left: 6 }, panel: { left: 0, top: 40, maxHeight: 500 } }, theme: 'light', open: true, outcome: null, guarded: true, basic: false, unchecked: false }],
      review: { composerId: 'c1', label: 'Post', context, findings: views, theme: 'light' },
    });
    const actions = { toggle: vi.fn(), applyFix: vi.fn(), copy: vi.fn(), dismiss: vi.fn(), notRight: vi.fn(), edit: vi.fn(), postAnyway: vi.fn() };
    await mount(
      <EventTrustContext.Provider value={everyEvent}>
        <OverlayApp store={store} actions={actions} />
      </EventTrustContext.Provider>,
    );
    for (const more of buttons(root, 'Read more')) await act(() => more.click());
    const cards = [...root.querySelectorAll('article.gp-card')].map((card) => card.textContent).join('\n');
    const prompt = root.querySelector('[data-guidepost="review"]')!.textContent!;
    for (const text of [cards, prompt]) expect(text).not.toMatch(/\{profile\./);
    for (const words of expectedWords(profile)) expect(cards).toContain(words);
    expect(prompt).toContain(`Guidance: ${views[0]!.guidance!.title}`);
  });

  it('the popup: the draft and every guidance entry', async () => {
    if (profile !== GENERIC_PROFILE) await managedProfileItem.setValue(profile);
    const status: DraftStatus = {
      site: 'x',
      watching: true,
      composers: [{ id: 'c1', site: 'x', label: 'Post', context: DEFAULT_CONTEXT, findings, length: DRAFT.length, excerpts: findings.map(() => 'shambles') }],
    };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status);
    await mount(<PopupApp search="?tab=7" />);
    expect(root.querySelectorAll('.gp-finding')).toHaveLength(2);
    const text = await readEveryEntry(/Back/);
    expect(text).not.toMatch(/\{profile\./);
    for (const words of expectedWords(profile)) expect(text).toContain(words);
  });

  it('the options page: every guidance entry', async () => {
    if (profile !== GENERIC_PROFILE) await managedProfileItem.setValue(profile);
    await mount(<OptionsApp hash="" />);
    const text = await readEveryEntry(/All guidance/);
    expect(text).not.toMatch(/\{profile\./);
    for (const words of expectedWords(profile)) expect(text).toContain(words);
  });

  it("the admin page's preview of the cards", async () => {
    if (profile !== GENERIC_PROFILE) await managedProfileItem.setValue(profile);
    await mount(
      <EventTrustContext.Provider value={everyEvent}>
        <AdminApp />
      </EventTrustContext.Provider>,
    );
    await act(() => buttons(root, 'Start from the bundled pack')[0]!.click());
    await settle();
    const draft = [...root.querySelectorAll('textarea')].find((t) => t.closest('label')?.textContent?.startsWith('Draft'))!;
    draft.value = DRAFT;
    await act(() => {
      draft.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    const preview = root.querySelector('[data-guidepost="admin-preview"]')!.shadowRoot!;
    expect(preview.querySelectorAll('article.gp-card')).toHaveLength(2);
    for (const more of buttons(preview, 'Read more')) await act(() => more.click());
    await settle();
    const text = [...preview.querySelectorAll('article.gp-card')].map((card) => card.textContent).join('\n');
    expect(text).not.toMatch(/\{profile\./);
    for (const words of expectedWords(profile)) expect(text).toContain(words);
  });
});
