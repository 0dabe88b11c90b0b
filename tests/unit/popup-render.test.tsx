// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/popup-app';
import type { RulePack } from '../../rules/schema/pack';
import type { Finding } from '../../rules/schema/finding';
import type { DraftStatus } from '../../utils/messages';
import { lockedSettingsItem, settingsItem } from '../../utils/settings';
import { completeSettings } from '../../utils/settings-table';
import { activePackItem, managedProfileItem } from '../../utils/storage-items';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const PACK = {
  id: 'test-pack',
  name: 'Test pack',
  version: 3,
  guidance: [
    {
      id: 'client-privacy',
      title: 'Protect privacy',
      summary: 'Never identify a person you serve.',
      body: `Names and ages are **enough** to identify someone.\n\n${HOSTILE}`,
      doInstead: 'Share the feeling, not the details; ask {profile.speakUpContact}.',
      links: [],
    },
    { id: 'personal-opinions', title: 'Say it is your view', summary: 'Add a disclaimer.', body: 'Say so.', doInstead: 'Add one.', links: [] },
  ],
  rules: [],
} as unknown as RulePack;

const FINDING: Finding = {
  category: 'client-privacy',
  rule: 'age',
  severity: 'serious',
  message: 'This could identify someone you work with.',
  spans: [{ start: 8, end: 13 }],
  guidance: 'client-privacy',
  fixes: [],
};

function status(findings: Finding[], excerpts: string[]): DraftStatus {
  return {
    site: 'x',
    watching: true,
    composers: [
      {
        id: 'c0',
        site: 'x',
        label: 'Post',
        context: { site: 'x', account: 'personal', audience: null, profileDisclaimer: false, reply: false, media: false },
        findings,
        length: 40,
        excerpts,
      },
    ],
  };
}

let root: HTMLElement;

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

async function mount(search: string) {
  await act(() => render(<PopupApp search={search} />, root));
  await settle();
}

function text() {
  return root.textContent ?? '';
}

function button(label: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) =>
    typeof label === 'string' ? b.textContent?.trim() === label : label.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

beforeEach(async () => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
  await activePackItem.setValue({ pack: PACK, source: 'admin', url: 'https://packs.example/p.json', installedAt: '2026-11-24T09:00:00Z' });
  await managedProfileItem.setValue({
    name: 'Fernvale Borough Council',
    aliases: [],
    handles: [],
    topics: [],
    clientTerms: [],
    speakUpContact: 'the Speak Up line',
  });
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('says when a composer is read in basic mode, and still lists what was found', async () => {
    const basic = status([FINDING], ['aged 84']);
    basic.composers[0]!.basic = true;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(basic);
    await mount('?tab=42');
    expect(text()).toMatch(/Not watching this composer as usual: X has changed its page, so Guidepost reads it in basic mode/);
    expect(text()).toContain('1 thing to look at before you post on X');
    expect(root.querySelector('.gp-excerpt')?.textContent).toBe('aged 84');
  });

  it('says a composer is not watched when the page has changed and nothing could take over', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ site: 'facebook', watching: false, reason: 'unsupported-markup', composers: [] });
    await mount('?tab=42');
    expect(text()).toContain('Not watching this composer: Facebook has changed its page');
    expect(text()).not.toContain('basic mode');
  });

  it("asks the named tab's content script and lists each finding with its words and guidance", async () => {
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status([FINDING], ['aged 84']));
    await mount('?tab=42');
    expect(ask).toHaveBeenCalledWith(42, { type: 'draft-status', request: {} });
    expect(text()).toContain('1 thing to look at before you post on X');
    expect(text()).toContain('This could identify someone you work with.');
    expect(root.querySelector('.gp-excerpt')?.textContent).toBe('aged 84');
    expect(text()).toContain('Serious');
    expect(text()).toContain('Managed by your organisation');

    await act(() => button('Guidance: Protect privacy').click());
    await settle();
    expect(root.querySelector('h2')?.textContent).toBe('Protect privacy');
    expect(document.activeElement).toBe(root.querySelector('h2'));
    expect(root.querySelector('strong')?.textContent).toBe('enough');
    expect(text()).toContain('ask the Speak Up line');

    await act(() => button(/Back/).click());
    await settle();
    expect(document.activeElement?.textContent).toBe('Guidance: Protect privacy');
  });

  it('renders pack text as text: no element or handler from the pack reaches the page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    await mount('?tab=1');
    await act(() => button(/Protect privacy/).click());
    await settle();
    expect(root.querySelector('img')).toBeNull();
    expect(text()).toContain(HOSTILE);
  });

  it('says a clean draft looks fine', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status([], []));
    await mount('?tab=42');
    expect(text()).toContain('Looks fine');
    expect(text()).toContain('Nothing to change in your draft on X');
  });

  it('says plainly when a draft could not be checked in time, rather than that it looks fine', async () => {
    const unchecked = status([], []);
    unchecked.composers[0]!.unchecked = true;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(unchecked);
    await mount('?tab=42');
    expect(text()).toContain("Guidepost couldn't check this draft in time, so it won't ask before you post.");
    expect(text()).not.toContain('Looks fine');
  });

  it('says Guidepost works on X and Facebook when no content script answers, and shows the library', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    await mount('');
    expect(text()).toContain('Guidepost works on X and Facebook');
    expect(root.querySelectorAll('.gp-library-list li')).toHaveLength(2);
  });

  it('treats a content script that never answers as absent', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValue(new Promise(() => undefined));
    await mount('?tab=42');
    expect(text()).toContain('Checking the current tab');
    await act(() => new Promise((r) => setTimeout(r, 2200)));
    expect(text()).toContain('Guidepost works on X and Facebook');
  });

  it('narrows the library as you type', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('none'));
    await mount('');
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'disclaimer';
    await act(() => {
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect([...root.querySelectorAll('.gp-entry-title')].map((e) => e.textContent)).toEqual(['Say it is your view']);
  });

  it('turns the current site off from the popup, unless policy locked it', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status([], []));
    await mount('?tab=42');
    const checkbox = root.querySelector<HTMLInputElement>('#gp-setting-enabled-x')!;
    expect(checkbox.checked).toBe(true);
    await act(() => checkbox.click());
    await settle();
    expect(completeSettings(await settingsItem.getValue()).enabled.x).toBe(false);

    await lockedSettingsItem.setValue({ 'profileDisclaimer.x': true });
    await settle();
    const locked = root.querySelector<HTMLInputElement>('#gp-setting-profileDisclaimer-x')!;
    expect(locked.disabled).toBe(true);
    expect(locked.checked).toBe(true);
    expect(document.getElementById(locked.getAttribute('aria-describedby')!)?.textContent).toContain('Locked by your organisation');
  });
});
