// A locked setting wins over anything read from the page, in real Chromium. A script on the X
// replica shows, for a moment, a bio saying "Views my own" at the writer's profile address. With
// no policy, Guidepost takes it (that is what the bio reading is for) and stops asking for a
// disclaimer; once policy locks profileDisclaimer.x to false, the same page changes nothing: the
// disclaimer finding is back, a fresh bio is not even stored, and the options page says why.
// Writes a machine-wide policy file: it is removed in finally and again in afterAll.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sampleProfile from '../../rules/profiles/sample-org.json';
import { CHROME_EXTENSION_ID } from '../../utils/extension-ids';
import { expectBadge, expectedCategories, typeDraft } from './composer-steps';
import { launchChromium, type LaunchedChromium } from './harness/chromium';
import { openReplica } from './harness/replicas';
import { chromiumPolicyFile } from './policy/policy-file';
import { openExtensionPage } from './support/extension-pages';

const policyFile = chromiumPolicyFile('bio-lock');
const OPINION = 'I think the council should sort out the parking on our road.';

let browser: LaunchedChromium | undefined;
/** The X replica with the draft, open from the first test to the last. */
let x: Page;
/** An extension page kept open to read and write the extension's storage (the service worker comes and goes). */
let extensionPage: Page;

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(values: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

function storage<T>(key: string): Promise<T | undefined> {
  return extensionPage.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T | undefined>;
}
function store(values: Record<string, unknown>): Promise<void> {
  return extensionPage.evaluate((v) => chrome.storage.local.set(v), values);
}

/**
 * Policy changed on disk: have the background read it as "Check for updates now" does, until it
 * has (Chromium rereads the file within seconds, but its change event did not always reach the
 * background's worker here).
 */
async function applyPolicyNow(): Promise<void> {
  await expect
    .poll(
      async () => {
        await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh-pack', request: {} }));
        return storage<Record<string, boolean>>('lockedSettings');
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toMatchObject({ 'profileDisclaimer.x': false });
}

/** What a page script can do: go to the writer's profile address and show a bio there, briefly. */
async function flashFakeBio(page: Page): Promise<void> {
  await page.evaluate(async () => {
    history.pushState({}, '', '/jo_smith');
    const bio = document.createElement('div');
    bio.setAttribute('data-testid', 'UserDescription');
    bio.innerHTML = '<span>Housing officer. Views my own.</span>';
    document.body.append(bio);
    await new Promise((resolve) => setTimeout(resolve, 400));
    bio.remove();
    history.pushState({}, '', '/home');
  });
}

describe('a locked setting against a bio the page shows', () => {
  beforeAll(async () => {
    // An empty policy from the start, so that the lock written later is a change to a file Chromium already reads.
    policyFile.write({});
    try {
      browser = await launchChromium();
    } catch (error) {
      policyFile.remove();
      throw error;
    }
    extensionPage = await openExtensionPage(browser.context, CHROME_EXTENSION_ID, 'popup.html');
    await store({ userProfile: sampleProfile });
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      policyFile.remove();
    }
  });

  it('the draft asks for a disclaimer (the engine agrees with the test)', () => {
    expect(expectedCategories(OPINION)).toEqual(['opinion-disclaimer']);
    expect(expectedCategories(OPINION, { profileDisclaimer: true })).toEqual([]);
  });

  it('without a lock, the flashed bio is taken: stored with its time, and the disclaimer is no longer asked for', async () => {
    x = await openReplica(browser!.context, 'x-timeline');
    await typeDraft(x, 'x-timeline', OPINION);
    await expectBadge(x, 1);
    await flashFakeBio(x);
    await expect.poll(() => storage<Record<string, { saysViewsOwn: boolean; readAt: string }>>('bioDisclaimer'), { timeout: 10_000 }).toMatchObject({
      x: { saysViewsOwn: true, readAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    });
    await expectBadge(x, 0);
  });

  it('once policy locks profileDisclaimer.x to false, the stored bio no longer counts: the open page asks for the disclaimer again, and the options page says why', async () => {
    policyFile.write({ lockedSettings: { 'profileDisclaimer.x': false } });
    await applyPolicyNow();
    await expectBadge(x, 1);
    await extensionPage.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    await expect.poll(() => extensionPage.locator('#sites').innerText()).toMatch(/Your X bio, read .*, says your views are your own\. Your organisation decides this setting, so your bio is not used\./);
  });

  it('while locked, a bio the page flashes is not even stored, and the draft still asks for the disclaimer', async () => {
    await store({ bioDisclaimer: {} });
    await flashFakeBio(x);
    // Give the content script the time it took to take the bio without the lock, and more.
    await x.waitForTimeout(2_000);
    expect(await storage('bioDisclaimer')).toEqual({});
    await expectBadge(x, 1);
  });
});
