// The hostile-page proof in Firefox ESR: the same aggressive stylesheet as in Chromium (added to
// the replica once it has loaded, which is when a site's late styles would arrive too) must not
// hide, distort or block the badge, the card, the disclaimer fix or the review prompt; every click
// is the real mouse, so anything of the page sitting over Guidepost's UI would take it instead.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCLAIMER } from '../../rules';
import { saveFirefoxScreenshot } from './harness/firefox';
import { HOSTILE_CSS } from './harness/hostile-css';
import { EDITOR_SELECTORS, POST_CONTROL_SELECTORS } from './harness/replicas';
import { badgeLabel, clickInOverlay, expectBadge, nudgeFrames, overlayText, replicaPosted, replicaText, settled, typeDraft, useFirefox } from './firefox-steps';

const OPINION = 'I think the council should sort out the parking on our road.';
const PRIVACY = ' Visited a resident today, Mrs J from Elm Street, aged 84.';

const firefox = useFirefox();

/** The size of an element in Guidepost's frame and the styles the page's CSS would have changed. */
async function overlayLook(page: Page, selector: string) {
  const [frame] = await nudgeFrames(page);
  const element = await frame?.$(selector);
  const box = await element?.boundingBox();
  const style = await element?.evaluate((e) => ({ fontSize: getComputedStyle(e).fontSize, color: getComputedStyle(e).color }));
  return box && style ? { width: box.width, ...style } : null;
}

describe('hostile page CSS (Firefox ESR)', () => {
  it.each(['x-timeline', 'fb-post'] as const)('%s: badge, card, fix and review prompt still render and work', async (scenario) => {
    const page = await firefox.open(scenario);
    await page.addStyleTag({ content: HOSTILE_CSS });
    // The stylesheet really applies to the page.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main, [role="dialog"]')!).zIndex)).toBe('2147483647');

    await typeDraft(page, scenario, OPINION);
    expect(await replicaText(page)).toBe(OPINION);
    await expectBadge(page, 1);
    const badge = await overlayLook(page, '[data-guidepost="badge"]');
    expect(badge!.width).toBeGreaterThan(12);
    expect(badge!.width).toBeLessThan(80);

    await clickInOverlay(page, '[data-guidepost="badge"]');
    await expect.poll(() => overlayText(page, '[data-guidepost="panel"]')).toContain('Personal opinion');
    const look = await overlayLook(page, 'article.gp-card');
    expect(look!.width).toBeGreaterThan(200);
    expect(look!.fontSize).not.toBe('17px');
    expect(look!.color).not.toBe('rgb(204, 0, 0)');
    await settled(page);
    await saveFirefoxScreenshot(page, `firefox-hostile-${scenario}-card`);

    await clickInOverlay(page, 'article.gp-card button', 'Add disclaimer');
    await expect.poll(() => replicaText(page)).toBe(`${OPINION} ${DEFAULT_DISCLAIMER}`);
    await expectBadge(page, 0);

    await page.click(EDITOR_SELECTORS[scenario]);
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await page.keyboard.type(PRIVACY);
    await expect.poll(() => badgeLabel(page)).toMatch(/\d things? to check/);
    const draft = await replicaText(page);
    await page.click(POST_CONTROL_SELECTORS[scenario]);
    await expect.poll(() => overlayText(page, '[data-guidepost="review"]')).toBeTruthy();
    expect(await replicaPosted(page)).toEqual([]);
    await settled(page);
    await saveFirefoxScreenshot(page, `firefox-hostile-${scenario}-review`);
    await clickInOverlay(page, '[data-guidepost="post-anyway"]');
    await expect.poll(() => replicaPosted(page)).toEqual([draft]);
  });
});
