// The toolbar popup, opened as a page of the loaded extension, reading the draft in a real
// X or Facebook replica tab through the content script, and its guidance library.
import type { Page } from 'playwright-core';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { card, expectBadge, openCards, typeDraft } from './composer-steps';
import { launchChromium, type LaunchedChromium } from './harness/chromium';
import { EDITOR_SELECTORS, openReplica, type ReplicaScenario } from './harness/replicas';
import { saveScreenshot } from './harness/screenshots';
import { openExtensionPage, openTracked, seriousAxeViolations, type ColourScheme } from './support/extension-pages';

declare const chrome: { storage: { local: { remove(key: string): Promise<void> } } };

let browser: LaunchedChromium;
let extensionId: string;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  extensionId = browser.extensionId!;
});
afterAll(() => browser?.close());
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

async function popup(query = '', scheme: ColourScheme = 'light'): Promise<Page> {
  const page = await openExtensionPage(browser.context, extensionId, `popup.html${query}`, scheme);
  pages.push(page);
  return page;
}

/** Opens a replica, types `draft` in its composer, and returns the tab id the popup should ask. */
async function draftIn(scenario: ReplicaScenario, draft: string): Promise<number> {
  const helper = await popup();
  const { page, tabId } = await openTracked(helper, () => openReplica(browser.context, scenario));
  pages.push(page);
  await page.click(EDITOR_SELECTORS[scenario]);
  await page.keyboard.type(draft);
  return tabId;
}

const PRIVACY_DRAFT = 'Lovely visit with Mrs P today, she is 84 and lives on Elm Road';

describe('popup: the draft in the current tab', () => {
  it('lists the finding with its message, the words that caused it, and opens its guidance', async () => {
    const tabId = await draftIn('x-timeline', PRIVACY_DRAFT);
    const page = await popup(`?tab=${tabId}`);
    const finding = page.locator('.gp-finding').first();
    // The content script checks after a pause in typing; the popup asks once when it opens.
    await expect.poll(async () => {
      if ((await page.locator('.gp-finding').count()) > 0) return true;
      await page.reload();
      return false;
    }, { timeout: 15_000 }).toBe(true);
    await expect.poll(() => finding.textContent()).toContain('could identify someone');
    expect(await finding.locator('.gp-badge').textContent()).toBe('Serious');
    const words = await finding.locator('.gp-excerpt').textContent();
    expect(words).toContain('Mrs P');
    expect(words).toContain('Elm Road');
    expect(await page.locator('.gp-draft-summary').textContent()).toContain('before you post on X');
    await saveScreenshot(page, 'popup-findings-privacy-light');

    await finding.getByRole('button', { name: /^Guidance: / }).click();
    const heading = page.locator('#gp-entry-heading');
    await expect.poll(() => heading.textContent()).toMatch(/privacy/i);
    expect(await page.locator('.gp-do-instead').textContent()).toContain('What to do instead');
    await saveScreenshot(page, 'popup-guidance-entry-light');
  });

  it('reads a Facebook draft too', async () => {
    const tabId = await draftIn('fb-post', 'Honestly my manager is useless and the restructure is a shambles');
    const page = await popup(`?tab=${tabId}`);
    await expect.poll(async () => {
      if ((await page.locator('.gp-finding').count()) >= 2) return true;
      await page.reload();
      return false;
    }, { timeout: 15_000 }).toBe(true);
    expect(await page.locator('.gp-draft-summary').textContent()).toContain('on Facebook');
    const messages = await page.locator('.gp-finding-message').allTextContents();
    const criticism = DEFAULT_PACK.rules.find((r) => r.id === 'criticises-employer')!.message;
    expect(messages).toContain(criticism);
    expect(messages.some((m) => /personal opinion/.test(m))).toBe(true);
    // Most serious first.
    expect(await page.locator('.gp-finding .gp-badge').first().textContent()).toBe('Serious');
  });

  it('says a clean draft looks fine', async () => {
    const tabId = await draftIn('x-timeline', 'Lovely sunny walk in the park this morning');
    const page = await popup(`?tab=${tabId}`);
    await expect.poll(async () => {
      const text = await page.locator('.gp-draft').textContent();
      if (text?.includes('Looks fine')) return text;
      await page.reload();
      return text;
    }, { timeout: 15_000 }).toContain('Nothing to change in your draft on X');
    expect(await page.locator('.gp-finding').count()).toBe(0);
  });

  it('after "This isn\'t right" on the in-page card, the popup drops that finding and the options page counts it', async () => {
    const helper = await popup();
    // Counts from the other tests' drafts would add up here.
    await helper.evaluate(() => chrome.storage.local.remove('feedback'));
    const { page: x, tabId } = await openTracked(helper, () => openReplica(browser.context, 'x-timeline'));
    pages.push(x);
    await typeDraft(x, 'x-timeline', 'I think the new parking policy at work is a bad idea');
    await expectBadge(x, 1);
    await openCards(x);
    await card(x, 'Personal opinion').getByRole('button', { name: "This isn't right" }).click();

    const page = await popup(`?tab=${tabId}`);
    await expect.poll(() => page.locator('.gp-draft').textContent()).toContain('Nothing to change in your draft on X');

    const options = await openExtensionPage(browser.context, extensionId, 'options.html');
    pages.push(options);
    const row = options.locator('tr[data-rule="opinion-needs-disclaimer"]');
    await expect.poll(() => row.locator('[data-count="not-right"]').textContent()).toBe('1');
    expect(await row.locator('[data-count="shown"]').textContent()).toBe('1');
  });

  it("turns checking off for this site and pauses from the popup, and says so about the tab's draft", async () => {
    const tabId = await draftIn('x-timeline', 'I think the new parking policy at work is a bad idea');
    const page = await popup(`?tab=${tabId}`);
    await expect.poll(async () => {
      if ((await page.locator('.gp-finding').count()) > 0) return true;
      await page.reload();
      return false;
    }, { timeout: 15_000 }).toBe(true);

    await page.getByLabel('Check my drafts on X').uncheck();
    await page.reload();
    await expect.poll(() => page.locator('.gp-draft').textContent()).toContain('Guidepost is turned off for X.');
    expect(await page.getByLabel('Check my drafts on X').isChecked()).toBe(false);
    await page.getByLabel('Check my drafts on X').check();

    // An hour from now may be past midnight: then the time is said as tomorrow's.
    const sameDay = new Date(Date.now() + 3_600_000).toDateString() === new Date().toDateString();
    await page.getByRole('button', { name: 'Pause for 1 hour' }).click();
    await expect.poll(() => page.locator('.gp-snooze-state').textContent()).toMatch(sameDay ? /^Paused until \d\d:\d\d\.$/ : /^Paused until tomorrow, \d\d:\d\d\.$/);
    await page.reload();
    await expect.poll(() => page.locator('.gp-draft').textContent()).toContain('Guidepost is paused');
    await page.getByRole('button', { name: 'Resume now' }).click();
    // The popup asks the tab once when it opens; the content script re-checks after resuming, so ask
    // again until it has (as at the start of this test).
    await expect.poll(async () => {
      if ((await page.locator('.gp-finding').count()) > 0) return true;
      await page.reload();
      return false;
    }, { timeout: 15_000 }).toBe(true);
  });

  it('on any other tab, says Guidepost works on X and Facebook and shows the guidance library', async () => {
    const page = await popup();
    await expect.poll(() => page.locator('.gp-draft').textContent()).toContain('Guidepost works on X and Facebook');
    expect(await page.locator('.gp-library-list li').count()).toBeGreaterThanOrEqual(8);
  });

  it('is usable from the keyboard alone: search, open an entry, come back to where you were', async () => {
    const page = await popup();
    await expect.poll(() => page.locator('.gp-library-list li').count()).toBeGreaterThan(0);
    await page.locator('#gp-guidance-search').focus();
    await page.keyboard.type('friend lists');
    await expect.poll(() => page.locator('.gp-entry-title').allTextContents()).toEqual([expect.stringMatching(/boundaries/i)]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('gp-entry-heading');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toBe('guidance:boundaries');
    expect(await page.locator('#gp-guidance-search').inputValue()).toBe('friend lists');
  });
});

describe('popup: accessibility and looks', () => {
  it.each<ColourScheme>(['light', 'dark'])('%s: no serious or critical axe violations, with findings and in an entry', async (scheme) => {
    const tabId = await draftIn('x-timeline', 'I think the new parking policy at work is a bad idea');
    const page = await popup(`?tab=${tabId}`, scheme);
    await expect.poll(async () => {
      if ((await page.locator('.gp-finding').count()) > 0) return true;
      await page.reload();
      return false;
    }, { timeout: 15_000 }).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, `popup-findings-${scheme}`);
    await page.locator('.gp-finding').first().getByRole('button').click();
    await page.locator('#gp-entry-heading').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, `popup-guidance-entry-${scheme}`);
  });

  it.each<ColourScheme>(['light', 'dark'])('%s: no serious or critical axe violations away from X and Facebook', async (scheme) => {
    const page = await popup('', scheme);
    await expect.poll(() => page.locator('.gp-unsupported').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, `popup-other-tab-${scheme}`);
  });
});
