// A page whose own CSS is as aggressive as a site's can be (`all: unset`, huge z-indexes,
// transforms, `!important` everywhere) must not hide, distort or block Guidepost's badge, card
// and review prompt: they live in a shadow root and are checked here with real mouse clicks.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replicaDocumentResponse } from '../replica/serve/replica-responses';
import { EDITOR_SELECTORS, POST_CONTROL_SELECTORS, replicaPosted, replicaText, SCENARIO_URLS, type ReplicaScenario } from './harness/replicas';
import { HOSTILE_CSS } from './harness/hostile-css';
import { saveScreenshot } from './harness/screenshots';
import { badge, card, expectBadge, openCards, reviewPrompt, SAMPLE_PROFILE, useComposerBrowser } from './composer-steps';


const OPINION = 'I think the council should sort out the parking on our road.';
const PRIVACY = ' Visited a tenant today, Mrs J from Elm Street, aged 84.';

const chromium = useComposerBrowser();

/** Opens a replica whose document carries HOSTILE_CSS, through the replicas' own document response. */
async function openHostile(context: BrowserContext, scenario: ReplicaScenario): Promise<Page> {
  const page = await context.newPage();
  chromium.track(page);
  const url = SCENARIO_URLS[scenario];
  await page.route(url, async (route) => {
    if (!route.request().isNavigationRequest()) return route.fallback();
    const response = await replicaDocumentResponse(scenario);
    const body = response.body.replace('</head>', `<style id="hostile">${HOSTILE_CSS}</style>\n</head>`);
    return route.fulfill({ status: response.status, headers: response.headers, body });
  });
  await page.goto(url);
  await page.locator(EDITOR_SELECTORS[scenario]).first().waitFor();
  return page;
}

describe('hostile page CSS', () => {
  it.each(['x-timeline', 'fb-post'] as const)('%s: badge, card, fix and review prompt still render and work', async (scenario) => {
    const page = await openHostile(chromium.context, scenario);
    // The stylesheet really applies to the page and to Guidepost's host element.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main, [role="dialog"]')!).zIndex)).toBe('2147483647');
    await page.locator(EDITOR_SELECTORS[scenario]).first().click();
    await page.keyboard.type(OPINION);
    expect(await replicaText(page)).toBe(OPINION);

    const shown = await expectBadge(page, 1);
    const box = await shown.boundingBox();
    expect(box, 'the badge has a size on screen').not.toBeNull();
    expect(box!.width).toBeGreaterThan(12);
    expect(box!.width).toBeLessThan(80);
    // Nothing of the page sits over the badge: a real click reaches it (Playwright checks what is hit).
    await openCards(page);
    const opinion = card(page, 'Personal opinion');
    const cardBox = await opinion.boundingBox();
    expect(cardBox!.width).toBeGreaterThan(200);
    expect(await opinion.evaluate((e) => getComputedStyle(e).fontSize)).not.toBe('17px');
    expect(await opinion.evaluate((e) => getComputedStyle(e).color)).not.toBe('rgb(204, 0, 0)');
    await saveScreenshot(page, `hostile-${scenario}-card`);

    await opinion.getByRole('button', { name: 'Add disclaimer' }).click();
    await expect.poll(() => replicaText(page)).toBe(`${OPINION} ${SAMPLE_PROFILE.disclaimer}`);
    await expectBadge(page, 0);

    await page.locator(EDITOR_SELECTORS[scenario]).first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(PRIVACY);
    await expect.poll(() => badge(page).getAttribute('aria-label')).toMatch(/\d things? to check/);
    const draft = await replicaText(page);
    await page.locator(POST_CONTROL_SELECTORS[scenario]).click();
    const prompt = reviewPrompt(page);
    await prompt.waitFor();
    expect(await replicaPosted(page)).toEqual([]);
    await saveScreenshot(page, `hostile-${scenario}-review`);
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => replicaPosted(page)).toEqual([draft]);
    expect(await page.locator('guidepost-overlay').count()).toBe(1);
  });
});
