// The sites rename their markup without notice. Replica variants whose test ids and editor
// attributes have been renamed (served from the same replica code, with the names rewritten) must
// leave Guidepost harmless: no exception anywhere, the editor's text and posting untouched, the
// popup saying plainly that this composer is not watched as usual, and the generic reader taking
// over where that is safe: findings and guidance, fixes to copy rather than insert, never a box
// for private messages.
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replicaBundles } from '../replica/serve/replica-bundles';
import { replicaDocumentResponse } from '../replica/serve/replica-responses';
import { SCRIPT_URLS, siteOf } from '../replica/serve/replica-urls';
import { launchChromium, type LaunchedChromium } from './harness/chromium';
import { replicaPosted, replicaText, SCENARIO_URLS, type ReplicaScenario } from './harness/replicas';
import { askDraftStatus, badgeFrames, card, expectBadge, expectedCategories, nudge, openCards, SAMPLE_PROFILE, setExtensionStorage } from './composer-steps';
import { saveScreenshot } from './harness/screenshots';
import { openExtensionPage, openTracked } from './support/extension-pages';

/** The renames a site redesign might bring: every attribute Guidepost's adapters select by. */
const RENAMES: Record<'x' | 'fb', [string, string][]> = {
  x: [
    ['tweetTextarea_', 'postComposerField_'],
    ['tweetButtonInline', 'postSubmitInline'],
    ['tweetButton', 'postSubmit'],
    ['SideNav_AccountSwitcher_Button', 'SideNav_Account_Menu'],
  ],
  fb: [
    ['data-lexical-editor', 'data-composer-root'],
    ['Write a comment', 'Add a comment'],
    ['Edit privacy', 'Change audience'],
  ],
};

const DRIFTED_EDITORS: Partial<Record<ReplicaScenario, string>> = {
  'x-timeline': '[data-testid="postComposerField_0"]',
  'fb-post': '[role="dialog"] [data-composer-root="true"]',
};
const DRIFTED_POST: Partial<Record<ReplicaScenario, string>> = {
  'x-timeline': '[data-testid="postSubmitInline"]',
  'fb-post': '[role="dialog"] [role="button"][aria-label="Post"]',
};

const OPINION = 'I think the council should sort out the parking on our road.';

function rename(text: string, site: 'x' | 'fb'): string {
  return RENAMES[site].reduce((out, [from, to]) => out.replaceAll(from, to), text);
}

let browser: LaunchedChromium;
let extensionId: string;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  extensionId = browser.extensionId!;
  await setExtensionStorage(browser.context, { userProfile: SAMPLE_PROFILE });
});
afterAll(() => browser?.close());
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

interface Drifted {
  page: Page;
  errors: string[];
  /** Origins of the script worlds in the page: the content script's is the extension's origin. */
  worlds: string[];
}

/** Serves `scenario` with its document and bundle renamed, and records every error the page or Guidepost reports. */
async function openDrifted(context: BrowserContext, scenario: ReplicaScenario): Promise<Drifted> {
  const site = siteOf(scenario);
  const page = await context.newPage();
  const errors: string[] = [];
  const worlds: string[] = [];
  // pageerror covers the page's own world only; the DevTools protocol also reports the content script's.
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(`uncaught: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`),
  );
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world.origin));
  await cdp.send('Runtime.enable');
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    // Content-script messages arrive here too; Guidepost's own warnings say "Guidepost".
    // The pretend network's 404 for the favicon is the page's, not a fault.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || /guidepost/i.test(message.text())) errors.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.route(SCENARIO_URLS[scenario], async (route) => {
    if (!route.request().isNavigationRequest()) return route.fallback();
    const response = await replicaDocumentResponse(scenario);
    return route.fulfill({ status: response.status, headers: response.headers, body: rename(response.body, site) });
  });
  await page.route(SCRIPT_URLS[site], async (route) => {
    const { script } = (await replicaBundles())[site];
    return route.fulfill({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: rename(script, site) });
  });
  await page.goto(SCENARIO_URLS[scenario]);
  await page.locator(DRIFTED_EDITORS[scenario]!).waitFor();
  return { page, errors, worlds };
}

describe('site drift: renamed markup', () => {
  it.each(['x-timeline', 'fb-post'] as const)(
    '%s: nothing throws, the generic reader shows the findings read-only, posting is not held, and the popup says so',
    async (scenario) => {
      const site = siteOf(scenario);
      const origin = new URL(SCENARIO_URLS[scenario]).origin;
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const helper = await openExtensionPage(browser.context, extensionId, 'popup.html');
      pages.push(helper);
      let drifted: Drifted | undefined;
      const { page, tabId } = await openTracked(helper, async () => (drifted = await openDrifted(browser.context, scenario)).page);
      pages.push(page);
      const { errors, worlds } = drifted!;
      // Guidepost did start in this page: its content script's world is there.
      await expect.poll(() => worlds).toContain(`chrome-extension://${extensionId}`);
      // The old names are really gone: what the site's adapter looks for is not in the page.
      expect(await page.locator('[data-testid^="tweetTextarea_"], [data-lexical-editor]').count()).toBe(0);

      await page.click(DRIFTED_EDITORS[scenario]!);
      await page.keyboard.type(OPINION);
      expect(expectedCategories(OPINION, { site: site === 'x' ? 'x' : 'facebook' })).toEqual(['opinion-disclaimer']);
      // The generic reader found the composer: one badge, counting the opinion.
      await expectBadge(page, 1);
      expect(await badgeFrames(page).count()).toBe(1);

      const statuses = (await askDraftStatus(browser.context)) as { watching: boolean; composers: { basic?: boolean; findings: { category: string }[] }[] }[];
      const watched = statuses.find((s) => s.watching);
      expect(watched?.composers).toEqual([expect.objectContaining({ basic: true, findings: [expect.objectContaining({ category: 'opinion-disclaimer' })] })]);

      const popup = await openExtensionPage(browser.context, extensionId, `popup.html?tab=${tabId}`);
      pages.push(popup);
      await expect.poll(() => popup.locator('body').textContent()).toMatch(/Not watching this composer as usual: \w+ has changed its page/);
      await expect.poll(() => popup.locator('.gp-findings li').count()).toBe(1);

      // The card offers the disclaimer to copy, and says why; the editor is never written to.
      const panel = await openCards(page);
      await expect.poll(() => panel.textContent()).toMatch(/reads this box in basic mode/);
      const opinionCard = card(page, 'Personal opinion');
      expect(await opinionCard.getByRole('button', { name: 'Add disclaimer' }).count()).toBe(0);
      await opinionCard.getByRole('button', { name: 'Copy disclaimer' }).click();
      await expect.poll(() => nudge(page).locator('.gp-outcome').textContent()).toMatch(/Copied/);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(SAMPLE_PROFILE.disclaimer);
      expect(await replicaText(page)).toBe(OPINION);
      await saveScreenshot(page, `drift-${scenario}-basic-card`);

      // A box for private messages is never read, drift or not.
      await page.evaluate(() => {
        const box = document.createElement('div');
        box.contentEditable = 'true';
        box.setAttribute('aria-label', 'Message');
        // Above the Facebook dialog's backdrop, as a chat window sits.
        box.style.cssText = 'position:fixed;bottom:10px;left:10px;width:300px;height:40px;border:1px solid;z-index:2147483000;background:#fff';
        document.body.append(box);
      });
      await page.click('[aria-label="Message"][contenteditable="true"]');
      await page.keyboard.type(OPINION);
      await page.waitForTimeout(1_000);
      expect(await badgeFrames(page).count()).toBe(1);

      // A way through: the post goes out as typed, never held.
      await page.click(DRIFTED_POST[scenario]!);
      await expect.poll(() => replicaPosted(page)).toEqual([OPINION]);
      expect(errors).toEqual([]);
    },
  );

  it('the drift is only in the names: the same replica without renames is watched (the test can tell the difference)', async () => {
    const page = await browser.context.newPage();
    pages.push(page);
    await page.goto(SCENARIO_URLS['x-timeline']);
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(OPINION);
    await expect.poll(() => badgeFrames(page).count(), { timeout: 10_000 }).toBe(1);
  });
});
