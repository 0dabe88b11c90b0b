// The options page, opened as a page of the loaded extension: onboarding, the managed profile,
// locked settings, pause, the rules in use, and the local feedback counts with export and clear.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { launchChromium, type LaunchedChromium } from './harness/chromium';
import { saveScreenshot } from './harness/screenshots';
import { openExtensionPage, seriousAxeViolations, type ColourScheme } from './support/extension-pages';

declare const chrome: {
  tabs: { query(info: object): Promise<Array<{ url?: string }>> };
  storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
};

let browser: LaunchedChromium;
let extensionId: string;
const pages: Page[] = [];

const FERNVALE = {
  name: 'Fernvale Borough Council',
  aliases: ['Fernvale Council', 'FBC'],
  handles: ['@FernvaleBC'],
  topics: [],
  clientTerms: ['resident', 'tenant'],
  disclaimer: "Views my own, not Fernvale Borough Council's.",
  policyUrl: 'https://intranet.fernvale.example/social-media-policy',
  speakUpContact: 'the Speak Up service on the intranet',
};

const USER_KEYS = ['userProfile', 'managedProfile', 'lockedSettings', 'settings', 'feedback', 'onboarding', 'packStatus'];

async function options(hash = '', scheme: ColourScheme = 'light'): Promise<Page> {
  const page = await openExtensionPage(browser.context, extensionId, `options.html${hash}`, scheme);
  pages.push(page);
  await page.locator('h1').waitFor();
  return page;
}

async function stored(page: Page, key: string): Promise<unknown> {
  return (await page.evaluate((k) => chrome.storage.local.get(k), key))[key];
}

/** Screenshot of the whole page: the viewport grows to the document's height first. */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1000, height: 600 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1000, height: Math.min(height, 4000) });
  await saveScreenshot(page, name);
}

beforeAll(async () => {
  browser = await launchChromium();
  extensionId = browser.extensionId!;
  // The background copies policy into storage on install; let it finish so it cannot overwrite what tests set.
  const page = await openExtensionPage(browser.context, extensionId, 'options.html');
  await page.waitForFunction(async () => (await chrome.storage.local.get('packStatus')).packStatus !== undefined, null, {
    timeout: 30_000,
    polling: 250,
  });
  await page.close();
});
afterAll(() => browser?.close());
beforeEach(async () => {
  const page = await openExtensionPage(browser.context, extensionId, 'options.html');
  await page.evaluate((keys) => chrome.storage.local.remove(keys), USER_KEYS);
  await page.close();
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

describe('first run without an admin: onboarding', () => {
  it('opens by itself when Guidepost is installed and no admin supplies a profile', async () => {
    // The tab opened at install predates Playwright's view of the context, so ask the browser itself.
    const page = await options();
    await expect
      .poll(() => page.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url)), { timeout: 30_000 })
      .toContainEqual(`chrome-extension://${extensionId}/options.html#welcome`);
  });

  it('asks for the organisation, explains each problem, and stores a valid profile', async () => {
    const page = await options('#welcome');
    await expect.poll(() => page.locator('#gp-org-heading').textContent()).toBe('Welcome to Guidepost');
    expect(await page.locator('.gp-welcome').textContent()).toContain('“my employer”, “work” and “my manager”');

    await page.getByRole('button', { name: 'Save and start' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain("Enter your organisation's name");
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('gp-alert'))).toBe(true);
    expect(await page.locator('#gp-profile-name').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel("Your organisation's name").fill('Fernvale Borough Council');
    await page.getByLabel('Other names people use for it (optional)').fill('Fernvale Council\nFBC');
    await page.getByLabel('Its social media accounts (optional)').fill('@FernvaleBC');
    await page.getByLabel('Preferred disclaimer wording (optional)').fill("Views my own, not Fernvale Borough Council's.");
    await page.getByLabel('Link to your social media policy (optional)').fill('intranet.fernvale.example/policy');
    await page.getByRole('button', { name: 'Save and start' }).click();
    await expect.poll(() => summary.textContent()).toContain('starting with https://');
    expect(await page.locator('#gp-profile-name').getAttribute('aria-invalid')).toBeNull();
    expect(await stored(page, 'userProfile')).toBeUndefined();
    await screenshotWhole(page, 'options-onboarding-errors-light');

    await page.getByLabel('Link to your social media policy (optional)').fill('https://intranet.fernvale.example/policy');
    await page.getByRole('button', { name: 'Save and start' }).click();
    await expect.poll(() => page.locator('.gp-saved').textContent()).toContain('Saved');
    expect(await stored(page, 'userProfile')).toEqual({
      name: 'Fernvale Borough Council',
      aliases: ['Fernvale Council', 'FBC'],
      handles: ['@FernvaleBC'],
      topics: [],
      clientTerms: expect.arrayContaining(['service user']),
      disclaimer: "Views my own, not Fernvale Borough Council's.",
      policyUrl: 'https://intranet.fernvale.example/policy',
    });
    expect(await page.locator('#gp-org-heading').textContent()).toBe('Your organisation');

    // The popup now speaks of the organisation, and its guidance carries the organisation's links.
    const popup = await openExtensionPage(browser.context, extensionId, 'popup.html');
    pages.push(popup);
    await expect.poll(() => popup.locator('.gp-org-line').textContent()).toBe('Fernvale Borough Council');
    await popup.getByRole('button', { name: /opinion is your own/ }).click();
    expect(await popup.locator('.gp-do-instead').textContent()).toContain("Views my own, not Fernvale Borough Council's.");
    expect(await popup.getByRole('link', { name: /social media policy/ }).getAttribute('href')).toBe('https://intranet.fernvale.example/policy');
  });

  it('lets the user skip, and is not offered again', async () => {
    const page = await options('#welcome');
    await page.getByRole('button', { name: 'Skip for now and use general words' }).click();
    await expect.poll(() => stored(page, 'onboarding')).toMatchObject({ skippedAt: expect.any(String) });
    const again = await options();
    await expect.poll(() => again.locator('#gp-org-heading').textContent()).toBe('Your organisation');
  });
});

describe('an admin manages Guidepost', () => {
  beforeEach(async () => {
    const page = await options();
    await page.evaluate(
      (profile) =>
        chrome.storage.local.set({
          managedProfile: profile,
          lockedSettings: { 'enabled.x': true, 'profileDisclaimer.facebook': false, snooze: false },
          settings: { enabled: { x: false, facebook: true }, profileDisclaimer: { x: false, facebook: false }, snoozeUntil: 0 },
        }),
      FERNVALE,
    );
  });

  it("shows the organisation's profile as managed, with no form to change it", async () => {
    const page = await options('#welcome');
    await expect.poll(() => page.locator('#organisation').textContent()).toContain('Managed by your organisation');
    expect(await page.locator('#organisation dl').textContent()).toContain('Fernvale Council, FBC');
    expect(await page.locator('#gp-profile-name').count()).toBe(0);
    expect(await page.locator('header .gp-org-line').textContent()).toContain('Fernvale Borough Council');

    // Its guidance carries the organisation's own links and words.
    await page.getByRole('button', { name: /Comment about your employer/ }).click();
    const links = page.locator('.gp-org-links');
    await expect.poll(() => links.textContent()).toContain('Raise a concern: the Speak Up service on the intranet');
    expect(await links.getByRole('link', { name: 'Fernvale Borough Council: social media policy' }).getAttribute('href')).toBe(FERNVALE.policyUrl);
    expect(await page.locator('.gp-do-instead').textContent()).toContain('through the Speak Up service on the intranet');
    await page.getByRole('button', { name: /All guidance/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toBe('guidance:employer-comment');
  });

  it('shows locked settings as locked, in force, and impossible to change', async () => {
    const page = await options();
    const lockedX = page.getByLabel('Check my drafts on X');
    await expect.poll(() => lockedX.isDisabled()).toBe(true);
    // Policy forces X on even though the user had turned it off.
    expect(await lockedX.isChecked()).toBe(true);
    const describedBy = await lockedX.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('Locked by your organisation');
    await lockedX.click({ force: true });
    expect(await lockedX.isChecked()).toBe(true);
    expect(await page.getByLabel('My Facebook profile already says my views are my own').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Pause for 1 hour' }).isDisabled()).toBe(true);

    const facebook = page.getByLabel('Check my drafts on Facebook');
    expect(await facebook.isDisabled()).toBe(false);
    await facebook.click();
    await expect.poll(() => stored(page, 'settings')).toMatchObject({ enabled: { x: false, facebook: false } });
    await screenshotWhole(page, 'options-managed-light');
  });

  it('shows the same locks in the popup', async () => {
    const popup = await openExtensionPage(browser.context, extensionId, 'popup.html');
    pages.push(popup);
    await expect.poll(() => popup.locator('.gp-org-line').textContent()).toContain('Managed by your organisation');
    expect(await popup.getByRole('button', { name: 'Pause until tomorrow' }).isDisabled()).toBe(true);
  });
});

describe('settings', () => {
  it('pauses for an hour and resumes', async () => {
    const page = await options();
    const before = Date.now();
    await page.getByRole('button', { name: 'Pause for 1 hour' }).click();
    // An hour from now may be past midnight: then the time is said as tomorrow's.
    const sameDay = new Date(before + 3_600_000).toDateString() === new Date(before).toDateString();
    await expect.poll(() => page.locator('.gp-snooze-state').textContent()).toMatch(sameDay ? /^Paused until \d\d:\d\d\.$/ : /^Paused until tomorrow, \d\d:\d\d\.$/);
    const until = ((await stored(page, 'settings')) as { snoozeUntil: number }).snoozeUntil;
    expect(until).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(until).toBeLessThan(before + 3_660_000);
    await page.getByRole('button', { name: 'Resume now' }).click();
    await expect.poll(() => stored(page, 'settings')).toMatchObject({ snoozeUntil: 0 });
    expect(await page.locator('.gp-snooze-state').textContent()).toBe('Guidepost is checking your drafts.');
  });

  it('pauses until tomorrow morning', async () => {
    const page = await options();
    await page.getByRole('button', { name: 'Pause until tomorrow' }).click();
    await expect.poll(() => page.locator('.gp-snooze-state').textContent()).toContain('Paused until tomorrow, 08:00');
  });

  it('keeps "my profile already says my views are my own" per site', async () => {
    const page = await options();
    await page.getByLabel('My X profile already says my views are my own').check();
    await expect.poll(() => stored(page, 'settings')).toMatchObject({ profileDisclaimer: { x: true, facebook: false } });
    await page.reload();
    expect(await page.getByLabel('My X profile already says my views are my own').isChecked()).toBe(true);
    expect(await page.getByLabel('My Facebook profile already says my views are my own').isChecked()).toBe(false);
  });

  it('names the rules in use, their source, and the last update error', async () => {
    const page = await options();
    const facts = page.locator('.gp-pack-facts');
    await expect.poll(() => facts.textContent()).toContain('Guidepost default guidance');
    expect(await facts.textContent()).toContain('Bundled with Guidepost');
    expect(await facts.textContent()).toContain(String(DEFAULT_PACK.version));
    await page.evaluate(() =>
      chrome.storage.local.set({
        packStatus: { lastCheckedAt: '2026-11-24T09:00:00Z', lastError: 'signature does not verify', lastErrorAt: '2026-11-24T09:00:00Z' },
      }),
    );
    await expect.poll(() => page.locator('.gp-pack-error').textContent()).toContain('signature does not verify');
    expect(await page.locator('.gp-pack-error').textContent()).toContain('keeps using the rules above');

    await page.evaluate(
      (pack) =>
        chrome.storage.local.set({
          activePack: { pack, source: 'admin', url: 'https://packs.fernvale.example/guidepost.json', installedAt: '2026-11-23T16:45:00Z' },
        }),
      { ...DEFAULT_PACK, id: 'fernvale', name: 'Fernvale social media rules', version: '2.1.0' },
    );
    await expect.poll(() => facts.textContent()).toContain('Fernvale social media rules');
    expect(await facts.textContent()).toContain('2.1.0');
    expect(await facts.textContent()).toContain('Your organisation (https://packs.fernvale.example/guidepost.json)');
    expect(await facts.textContent()).toContain('23 Nov 2026');
    await page.evaluate(() => chrome.storage.local.remove(['activePack']));
  });
});

describe('"this isn\'t right" and the other counts', () => {
  const COUNTS = {
    rules: {
      'identifiable-person-served': { shown: 5, fixed: 2, 'posted-anyway': 1, dismissed: 1, 'not-right': 1 },
      'opinion-needs-disclaimer': { shown: 3, fixed: 1, 'posted-anyway': 0, dismissed: 0, 'not-right': 2 },
    },
    since: '2026-11-20T10:00:00.000Z',
  };

  it('shows counts per rule, exports a summary of counts only, and clears them', async () => {
    const page = await options();
    await page.evaluate((feedback) => chrome.storage.local.set({ feedback }), COUNTS);
    const row = page.locator('tr[data-rule="opinion-needs-disclaimer"]');
    await expect.poll(() => row.locator('[data-count="not-right"]').textContent()).toBe('2');
    expect(await row.locator('[data-count="shown"]').textContent()).toBe('3');
    expect(await page.locator('tr[data-rule="identifiable-person-served"] [data-count="posted-anyway"]').textContent()).toBe('1');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export summary' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^guidepost-feedback-\d{4}-\d\d-\d\d\.json$/);
    const summary = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(summary).toMatchObject({
      kind: 'guidepost-feedback-summary',
      since: '2026-11-20T10:00:00.000Z',
      pack: { id: DEFAULT_PACK.id, version: String(DEFAULT_PACK.version) },
      rules: [
        { rule: 'identifiable-person-served', shown: 5, fixed: 2, postedAnyway: 1, dismissed: 1, notRight: 1 },
        { rule: 'opinion-needs-disclaimer', shown: 3, fixed: 1, postedAnyway: 0, dismissed: 0, notRight: 2 },
      ],
    });
    expect(Object.keys(summary).sort()).toEqual(['format', 'generatedAt', 'kind', 'pack', 'rules', 'since']);

    await page.getByRole('button', { name: 'Clear counts' }).click();
    await page.getByRole('button', { name: 'Keep them' }).click();
    expect(await row.count()).toBe(1);
    await page.getByRole('button', { name: 'Clear counts' }).click();
    await page.getByRole('button', { name: 'Yes, clear' }).click();
    await expect.poll(() => page.locator('.gp-feedback-empty').count()).toBe(1);
    expect(await stored(page, 'feedback')).toBeUndefined();
  });
});

describe('cards that get shorter', () => {
  it("shows each rule's cards this week and how the next shows; Reset shows every card in full again", async () => {
    const page = await options();
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    const nudgeHistory = {
      'opinion-needs-disclaimer': { opened: [1, 2, 3, 4, 5].map((d) => ({ at: now - d * day, draft: `d${d}` })), fixed: [], dismissed: [] },
      'plain-words': { opened: [], fixed: [], dismissed: [now - 2 * day, now - day] },
    };
    await page.evaluate((value) => chrome.storage.local.set({ nudgeHistory: value }), nudgeHistory);
    const row = (rule: string) => page.locator(`tr[data-wear-rule="${rule}"]`);
    await expect.poll(() => row('opinion-needs-disclaimer').locator('[data-count="style"]').textContent()).toBe('Shorter');
    expect(await row('opinion-needs-disclaimer').locator('[data-count="opened"]').textContent()).toBe('5');
    expect(await row('plain-words').locator('[data-count="dismissed"]').textContent()).toBe('2');
    expect(await row('plain-words').locator('[data-count="style"]').textContent()).toBe('Resting');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => page.locator('.gp-wear-empty').count()).toBe(1);
    expect(await stored(page, 'nudgeHistory')).toBeUndefined();
  });

  it('offers "Tips on my personal posts too", off until the writer turns it on', async () => {
    const page = await options();
    const box = page.getByLabel('Tips on my personal posts too');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect.poll(async () => ((await stored(page, 'settings')) as { coachPersonal?: boolean } | undefined)?.coachPersonal).toBe(true);
  });
});

describe('options: accessibility and looks', () => {
  it.each<ColourScheme>(['light', 'dark'])('%s: no serious or critical axe violations, onboarding and managed', async (scheme) => {
    const page = await options('#welcome', scheme);
    await page.locator('#gp-profile-name').waitFor();
    await page.getByRole('button', { name: 'Save and start' }).click();
    await page.getByRole('alert').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotWhole(page, `options-onboarding-${scheme}`);

    await page.evaluate(
      (profile) =>
        chrome.storage.local.set({
          managedProfile: profile,
          lockedSettings: { 'enabled.x': true },
          feedback: { rules: { 'opinion-needs-disclaimer': { shown: 3, fixed: 1, 'posted-anyway': 0, dismissed: 0, 'not-right': 2 } } },
          packStatus: { lastCheckedAt: '2026-11-24T09:00:00Z', lastError: 'the pack at the policy URL answered 404', lastErrorAt: '2026-11-24T09:00:00Z' },
        }),
      FERNVALE,
    );
    await page.locator('.gp-feedback-table').waitFor();
    await page.locator('.gp-pack-error').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotWhole(page, `options-managed-${scheme}`);
  });

  it('the axe check itself catches a serious problem, so its passes mean something', async () => {
    const page = await options();
    await page.locator('#gp-guidance-search').waitFor();
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toContain('label');
  });
});
