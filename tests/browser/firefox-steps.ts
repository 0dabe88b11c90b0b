// Steps the Firefox tests share, through puppeteer-core: what a writer does in a replica and what
// they see in Guidepost's frames, read from the extension's side (WebDriver BiDi runs scripts in
// them; the page cannot).
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './harness/firefox';
import { EDITOR_SELECTORS, type ReplicaOptions, type ReplicaScenario } from './harness/replicas';

/**
 * One Firefox with Guidepost for a test file; `open` gives a replica tab that is closed after the
 * test. Nothing is set in the add-on's storage, so it runs as on a fresh install.
 */
export function useFirefox(): { open(scenario: ReplicaScenario, options?: ReplicaOptions): Promise<Page> } {
  let firefox: LaunchedFirefox | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(() => firefox?.close());
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
  });
  return {
    async open(scenario, options = {}) {
      if (!firefox) throw new Error('Firefox is not launched yet: open pages inside a test');
      const page = await firefox.openReplica(scenario, options);
      pages.push(page);
      return page;
    },
  };
}

export async function typeDraft(page: Page, scenario: ReplicaScenario, text: string): Promise<void> {
  await page.click(EDITOR_SELECTORS[scenario]);
  await page.keyboard.type(text);
}

export const replicaText = (page: Page) => page.evaluate(() => window.__replica!.getText());
export const replicaPosted = (page: Page) => page.evaluate(() => [...window.__replica!.posted]);

/**
 * The frames showing a composer's badge (or its review prompt, once the page took the editor away),
 * in the order of their composers. puppeteer reports these frames' addresses as about:blank over
 * BiDi, so they are known by what they hold.
 */
export async function nudgeFrames(page: Page): Promise<Frame[]> {
  const found: { frame: Frame; composer: string }[] = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const composer = await frame.evaluate(() => (document.querySelector('[data-guidepost="badge"], [data-guidepost="review"]') ? (document.documentElement.dataset.composer ?? null) : null)).catch(() => null);
    if (composer) found.push({ frame, composer });
  }
  return found.sort((a, b) => a.composer.localeCompare(b.composer, 'en', { numeric: true })).map((f) => f.frame);
}

/** Text of the first element in Guidepost's frames matching `selector`, or null. */
export async function overlayText(page: Page, selector: string): Promise<string | null> {
  for (const frame of await nudgeFrames(page)) {
    const text = await frame.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
    if (text !== null) return text;
  }
  return null;
}

export async function badgeLabel(page: Page): Promise<string | null> {
  const [frame] = await nudgeFrames(page);
  return (await frame?.evaluate(() => document.querySelector('[data-guidepost="badge"]')?.getAttribute('aria-label') ?? null)) ?? null;
}

/** Lets the frames' entry animations finish, so screenshots show what the writer sees once it settles. */
export async function settled(page: Page): Promise<void> {
  for (const frame of await nudgeFrames(page)) {
    await frame.evaluate(async () => {
      await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
    });
  }
}

export async function expectBadge(page: Page, count: number): Promise<void> {
  const said = count === 0 ? /nothing to check/ : new RegExp(`: ${count} things? to check`);
  await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(said);
}

/** The first element in Guidepost's frames matching `selector` whose text contains `text`. */
async function findInFrames(page: Page, selector: string, text: string): Promise<ElementHandle<Element> | null> {
  for (const frame of await nudgeFrames(page)) {
    for (const element of await frame.$$(selector)) {
      if ((await element.evaluate((e) => e.textContent ?? '')).includes(text)) return element;
    }
  }
  return null;
}

/** Clicks, with the real mouse, the first element in Guidepost's frames matching `selector` whose text contains `text`. */
export async function clickInOverlay(page: Page, selector: string, text = ''): Promise<void> {
  await expect.poll(async () => (await findInFrames(page, selector, text)) !== null, { timeout: 10_000 }).toBe(true);
  const box = await (await findInFrames(page, selector, text))!.boundingBox();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
}
