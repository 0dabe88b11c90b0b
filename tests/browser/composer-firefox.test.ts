// The same composers in Firefox ESR: its content scripts live behind Xray wrappers and it throttles
// animation frames in headless tabs, so the checks, the overlay and the page-world paste bridge
// are proven here too.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './harness/firefox';
import { EDITOR_SELECTORS, type ReplicaScenario } from './harness/replicas';
import { expectedCategories } from './composer-steps';

const OPINION = 'I think the council should sort out the parking on our road.';

let firefox: LaunchedFirefox;
const pages: Page[] = [];

beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(() => firefox?.close());
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

async function typed(scenario: ReplicaScenario, text: string): Promise<Page> {
  const page = await firefox.openReplica(scenario);
  pages.push(page);
  await page.click(EDITOR_SELECTORS[scenario]);
  await page.keyboard.type(text);
  return page;
}

const text = (page: Page) => page.evaluate(() => window.__replica!.getText());
const posted = (page: Page) => page.evaluate(() => [...window.__replica!.posted]);

async function badgeLabel(page: Page): Promise<string | null> {
  const badge = await page.waitForSelector('>>> [data-guidepost="badge"]', { timeout: 15_000 });
  return badge!.evaluate((b) => b.getAttribute('aria-label'));
}

async function clickInOverlay(page: Page, selector: string): Promise<void> {
  const target = await page.waitForSelector(`>>> ${selector}`, { timeout: 15_000 });
  await target!.click();
}

describe('Firefox ESR', () => {
  it.each(['x-timeline', 'fb-post'] as const)('%s: counts the finding and adds the disclaimer into the editor’s own state', async (scenario) => {
    expect(expectedCategories(OPINION)).toEqual(['opinion-disclaimer']);
    const page = await typed(scenario, OPINION);
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/1 thing to check/);
    await clickInOverlay(page, '[data-guidepost="badge"]');
    await clickInOverlay(page, '.gp-card .gp-button--primary');
    await expect.poll(() => text(page), { timeout: 10_000 }).toBe(`${OPINION} Personal opinion, not my employer's.`);
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/nothing to check/);
  });

  it('holds Ctrl+Enter on X, and "Post anyway" posts the text typed, once', async () => {
    const page = await typed('x-timeline', OPINION);
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/1 thing to check/);
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await clickInOverlay(page, '[data-guidepost="post-anyway"]');
    await expect.poll(() => posted(page), { timeout: 10_000 }).toEqual([OPINION]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await posted(page)).toEqual([OPINION]);
  });
});
