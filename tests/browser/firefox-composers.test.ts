// The core composer scenarios in Firefox ESR, through puppeteer-core: the same replica pages and
// real editors as in Chromium, the Firefox MV3 build installed as a temporary add-on. Nothing is
// set up in the extension's storage (Firefox's extension pages cannot be scripted by the test),
// so Guidepost runs as on a fresh install: the bundled pack and the generic profile.
import { describe, expect, it } from 'vitest';
import { compile, DEFAULT_CONTEXT, DEFAULT_DISCLAIMER, GENERIC_PROFILE, type DraftContext } from '../../rules';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { saveFirefoxScreenshot } from './harness/firefox';
import { badgeLabel, clickInOverlay, expectBadge, overlayText, replicaPosted, replicaText, settled, typeDraft, useFirefox } from './firefox-steps';

const OPINION = 'I think the council should sort out the parking on our road.';
const PRIVACY = 'Visited a resident today, Mrs J from Elm Street, aged 84.';

const firefox = useFirefox();

function categories(text: string, context: Partial<DraftContext> = {}): string[] {
  return compile(DEFAULT_PACK, GENERIC_PROFILE)
    .check(text, { ...DEFAULT_CONTEXT, ...context })
    .map((f) => f.category);
}

const open = firefox.open;

describe('Firefox ESR', () => {
  it('the drafts show what the tests expect with the generic profile (the oracle agrees)', () => {
    expect(categories(OPINION)).toEqual(['opinion-disclaimer']);
    expect(categories(PRIVACY)).toContain('client-privacy');
    expect(categories(PRIVACY, { site: 'facebook', audience: 'public' })).toContain('client-privacy');
  });

  it.each(['x-timeline', 'fb-post'] as const)('%s: the content script runs, badge and card show, and the disclaimer lands in the editor state', async (scenario) => {
    const page = await open(scenario);
    await typeDraft(page, scenario, OPINION);
    expect(await replicaText(page)).toBe(OPINION);
    await expectBadge(page, 1);
    await saveFirefoxScreenshot(page, `firefox-${scenario}-badge`);

    await clickInOverlay(page, '[data-guidepost="badge"]');
    await expect.poll(() => overlayText(page, '[data-guidepost="panel"]')).toContain('Personal opinion');
    await settled(page);
    await saveFirefoxScreenshot(page, `firefox-${scenario}-card`);

    await clickInOverlay(page, 'article.gp-card button', 'Add disclaimer');
    await expect.poll(() => replicaText(page)).toBe(`${OPINION} ${DEFAULT_DISCLAIMER}`);
    await expectBadge(page, 0);
    await saveFirefoxScreenshot(page, `firefox-${scenario}-fixed`);
  });

  it('fb-post: a draft of two lines keeps every word when the disclaimer is added (the paste comes from the page-world bridge)', async () => {
    const page = await open('fb-post');
    await typeDraft(page, 'fb-post', 'Tea at nine. ');
    // A pasted line break: Lexical keeps it as a break inside the paragraph.
    await page.evaluate((text: string) => {
      const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
      paste.clipboardData!.setData('text/plain', text);
      document.activeElement!.dispatchEvent(paste);
    }, 'Road closed:\nuse the bypass.');
    await page.keyboard.type(` ${OPINION}`);
    const draft = await replicaText(page);
    expect(draft).toBe(`Tea at nine. Road closed:\nuse the bypass. ${OPINION}`);
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/\d things? to check/);
    // Count the pastes the page sees: the fix must arrive as one, carrying the disclaimer.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __pastes: string[] }).__pastes = seen;
      document.addEventListener('paste', (event) => seen.push(event.clipboardData?.getData('text/plain') ?? ''), true);
    });
    await clickInOverlay(page, '[data-guidepost="badge"]');
    await clickInOverlay(page, 'article.gp-card button', 'Add disclaimer');
    await expect.poll(() => replicaText(page)).toBe(`${draft}\n\n${DEFAULT_DISCLAIMER}`);
    expect(await page.evaluate(() => (window as unknown as { __pastes: string[] }).__pastes)).toEqual([`\n\n${DEFAULT_DISCLAIMER}`]);
  });

  it('x-timeline that drops its first paste, as X does while media attaches: the card says the disclaimer was taken out, and Post is held saying so', async () => {
    const page = await open('x-timeline', { dropPasteAfterMs: 250 });
    await typeDraft(page, 'x-timeline', OPINION);
    await expectBadge(page, 1);
    await clickInOverlay(page, '[data-guidepost="badge"]');
    await clickInOverlay(page, 'article.gp-card button', 'Add disclaimer');
    await expect.poll(() => replicaText(page)).toBe(`${OPINION} ${DEFAULT_DISCLAIMER}`);
    await expect.poll(() => replicaText(page)).toBe(OPINION);
    await expect.poll(() => overlayText(page, '[data-outcome="dropped"]')).toContain('the site took it out of your draft again');
    await expectBadge(page, 1);
    await settled(page);
    await saveFirefoxScreenshot(page, 'firefox-x-timeline-fix-dropped');
    await page.click('main [data-testid="tweetButtonInline"]');
    await expect.poll(() => overlayText(page, '[data-guidepost="review"] [data-outcome="dropped"]')).toContain('Copy disclaimer');
    expect(await replicaPosted(page)).toEqual([]);
  });

  it('x-modal: Post is held for review; "Post anyway" posts exactly the text typed, once', async () => {
    const page = await open('x-modal');
    await typeDraft(page, 'x-modal', PRIVACY);
    await expectBadge(page, categories(PRIVACY).length);
    await page.click('#layers [data-testid="tweetButton"]');
    await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toBeTruthy();
    expect(await replicaPosted(page)).toEqual([]);
    await settled(page);
    await saveFirefoxScreenshot(page, 'firefox-x-modal-review');
    await clickInOverlay(page, '[data-guidepost="post-anyway"]');
    await expect.poll(() => replicaPosted(page)).toEqual([PRIVACY]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await replicaPosted(page)).toEqual([PRIVACY]);
  });

  it('x-timeline: Ctrl+Enter is held for review like a click on Post; "Post anyway" posts the text typed, once', async () => {
    const page = await open('x-timeline');
    await typeDraft(page, 'x-timeline', OPINION);
    await expectBadge(page, 1);
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toBeTruthy();
    expect(await replicaPosted(page)).toEqual([]);
    await clickInOverlay(page, '[data-guidepost="post-anyway"]');
    await expect.poll(() => replicaPosted(page)).toEqual([OPINION]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await replicaPosted(page)).toEqual([OPINION]);
  });

  it('fb-post: Post is held for review with the audience named; "Post anyway" posts once', async () => {
    const page = await open('fb-post', { audience: 'Public' });
    await typeDraft(page, 'fb-post', PRIVACY);
    await expectBadge(page, categories(PRIVACY, { site: 'facebook', audience: 'public' }).length);
    await page.click('[role="dialog"] [role="button"][aria-label="Post"]');
    await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toContain('Public');
    expect(await replicaPosted(page)).toEqual([]);
    await settled(page);
    await saveFirefoxScreenshot(page, 'firefox-fb-post-review');
    await clickInOverlay(page, '[data-guidepost="post-anyway"]');
    await expect.poll(() => replicaPosted(page)).toEqual([PRIVACY]);
  });

  it('fb-post with a Page’s Next step: Next goes through, the final Post on Post settings is held; "Post anyway" posts once', async () => {
    const page = await open('fb-post', { fbNextStep: true, audience: 'Public' });
    await typeDraft(page, 'fb-post', PRIVACY);
    await expectBadge(page, categories(PRIVACY, { site: 'facebook', audience: 'public' }).length);
    await page.click('[role="dialog"] [role="button"][aria-label="Next"]');
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-lexical-editor]') === null)).toBe(true);
    expect(await overlayText(page, '[data-guidepost="review"]')).toBeNull();
    await page.click('[role="dialog"] [role="button"][aria-label="Post"]');
    await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toContain('Privacy of people we serve');
    expect(await replicaPosted(page)).toEqual([]);
    await settled(page);
    await saveFirefoxScreenshot(page, 'firefox-fb-post-settings-review');
    await clickInOverlay(page, '[data-guidepost="post-anyway"]');
    await expect.poll(() => replicaPosted(page)).toEqual([PRIVACY]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await replicaPosted(page)).toEqual([PRIVACY]);
  });

  it('fb-post in French: "Publier" is held with the audience read from French; "Post anyway" posts once', async () => {
    const page = await open('fb-post', { language: 'fr', audience: 'Public' });
    await typeDraft(page, 'fb-post', PRIVACY);
    await expectBadge(page, categories(PRIVACY, { site: 'facebook', audience: 'public' }).length);
    await page.click('[role="dialog"] [role="button"][aria-label="Publier"]');
    await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toContain('Public: anyone can see this');
    expect(await replicaPosted(page)).toEqual([]);
    await clickInOverlay(page, '[data-guidepost="post-anyway"]');
    await expect.poll(() => replicaPosted(page)).toEqual([PRIVACY]);
  });

  it('fb-comment: a click on the send control is held, and Enter too; "Comment anyway" sends through the control the page drew again, once', async () => {
    const page = await open('fb-comment');
    await typeDraft(page, 'fb-comment', OPINION);
    await expectBadge(page, 1);
    await page.click('#focused-state-composer-submit [role="button"]');
    await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toBeTruthy();
    expect(await replicaPosted(page)).toEqual([]);
    await clickInOverlay(page, '[data-guidepost="edit"]');
    await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toBeNull();
    await page.click('form [data-lexical-editor="true"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toBeTruthy();
    expect(await replicaPosted(page)).toEqual([]);
    await clickInOverlay(page, '[data-guidepost="post-anyway"]');
    await expect.poll(() => replicaPosted(page)).toEqual([OPINION]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await replicaPosted(page)).toEqual([OPINION]);
  });
});
