// The no-egress proof in Firefox ESR: the same writing session (type, add the disclaimer, type a
// private detail, post through the review prompt) on both replicas, with Guidepost and without it.
// Firefox is driven over WebDriver BiDi, which shows every request the tabs make with its URL,
// method and headers but not its body, and not the add-on's background; the Chromium test covers
// bodies and the background, and the built Firefox content scripts are scanned in no-egress.test.ts.
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DISCLAIMER } from '../../rules';
import { SCRIPT_URLS } from '../replica/serve/replica-urls';
import { isWeb, leaks, MORE, OPINION, PRIVACY, REPLICA_HOSTS, type Sent } from './harness/draft-leaks';
import { launchFirefox, type LaunchedFirefox, type RecordedFirefoxRequest } from './harness/firefox';
import { EDITOR_SELECTORS, type ReplicaScenario } from './harness/replicas';
import { clickInOverlay, expectBadge, overlayText, replicaPosted, replicaText, typeDraft } from './firefox-steps';

const POST_BUTTONS: Partial<Record<ReplicaScenario, string>> = {
  'x-timeline': '[data-testid="tweetButtonInline"]',
  'fb-post': '[role="dialog"] [role="button"][aria-label="Post"]',
};

/** Types, fixes and posts on both sites, as a writer would, with or without Guidepost. */
async function writingSession(firefox: LaunchedFirefox, withExtension: boolean): Promise<void> {
  for (const scenario of ['x-timeline', 'fb-post'] as const) {
    const page: Page = await firefox.openReplica(scenario, { audience: 'Public' });
    await typeDraft(page, scenario, OPINION);
    if (withExtension) {
      await expectBadge(page, 1);
      await clickInOverlay(page, '[data-guidepost="badge"]');
      await clickInOverlay(page, 'article.gp-card button', 'Add disclaimer');
      await expect.poll(() => replicaText(page)).toBe(`${OPINION} ${DEFAULT_DISCLAIMER}`);
    }
    // Back to writing: a click in the editor puts the card away, as it would for a writer.
    await page.click(EDITOR_SELECTORS[scenario]);
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await page.keyboard.type(` ${PRIVACY}${MORE}`);
    const draft = await replicaText(page);
    expect(draft).toContain(MORE);
    await page.click(POST_BUTTONS[scenario]!);
    if (withExtension) {
      await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toBeTruthy();
      await clickInOverlay(page, '[data-guidepost="post-anyway"]');
    }
    await expect.poll(() => replicaPosted(page)).toEqual([draft]);
    await page.close();
  }
}

const asSent = (requests: readonly RecordedFirefoxRequest[]): Sent[] =>
  requests.map((r) => ({ url: r.url, method: r.method, body: '', headers: JSON.stringify(r.headers), fromServiceWorker: false }));

describe('no egress (Firefox ESR, no policy)', () => {
  let withGuidepost: Sent[] = [];
  let without: Sent[] = [];
  let firefox: LaunchedFirefox | undefined;
  afterAll(() => firefox?.close());

  it('records a writing session on both sites, with Guidepost and then without it', async () => {
    firefox = await launchFirefox();
    await writingSession(firefox, true);
    withGuidepost = asSent(firefox.requests);
    await firefox.close();

    firefox = await launchFirefox({ extension: false });
    await writingSession(firefox, false);
    without = asSent(firefox.requests);

    for (const session of [withGuidepost, without]) {
      expect(session.map((r) => r.url)).toEqual(expect.arrayContaining(['https://x.com/home', 'https://www.facebook.com/', ...Object.values(SCRIPT_URLS)]));
    }
  }, 180_000);

  it('no request carries a word of the drafts, in its URL or headers', () => {
    expect(withGuidepost.length).toBeGreaterThan(0);
    expect(leaks(withGuidepost)).toEqual([]);
  });

  it('every web request goes to the replica sites themselves, and the extension adds none', () => {
    expect(without.length).toBeGreaterThan(0);
    const elsewhere = withGuidepost.filter((r) => isWeb(r.url) && !REPLICA_HOSTS.has(new URL(r.url).host));
    expect(elsewhere.map((r) => r.url)).toEqual([]);
    const baseline = new Set(without.filter((r) => isWeb(r.url)).map((r) => `${r.method} ${r.url}`));
    const added = withGuidepost.filter((r) => isWeb(r.url) && !baseline.has(`${r.method} ${r.url}`));
    expect(added.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('the recording would see a leak: a request carrying a draft word is caught', async () => {
    const page = await firefox!.openReplica('x-timeline');
    const before = firefox!.requests.length;
    await page.evaluate((word) => fetch(`https://x.com/i/api/log?q=${encodeURIComponent(word)}`).catch(() => undefined), PRIVACY);
    await expect.poll(() => leaks(asSent(firefox!.requests.slice(before))).length).toBeGreaterThan(0);
  });
});
