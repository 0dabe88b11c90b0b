// Steps the Firefox tests share, through puppeteer-core: what a writer does in a replica and what
// they see in Guidepost's overlay (read through its shadow root, open in the test build).
import type { Page } from 'puppeteer-core';
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

/** Text of the first element in Guidepost's shadow root matching `selector`, or null. */
export function overlayText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector('guidepost-overlay')?.shadowRoot?.querySelector(s)?.textContent ?? null, selector);
}

export function badgeLabel(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('guidepost-overlay')?.shadowRoot?.querySelector('[data-guidepost="badge"]')?.getAttribute('aria-label') ?? null,
  );
}

/** Lets the overlay's entry animations finish, so screenshots show what the writer sees once it settles. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const root = document.querySelector('guidepost-overlay')?.shadowRoot;
    await Promise.all((root?.getAnimations() ?? []).map((animation) => animation.finished.catch(() => undefined)));
  });
}

export async function expectBadge(page: Page, count: number): Promise<void> {
  const said = count === 0 ? /nothing to check/ : new RegExp(`: ${count} things? to check`);
  await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(said);
}

/** Clicks, with the real mouse, the first element in the overlay matching `selector` whose text contains `text`. */
export async function clickInOverlay(page: Page, selector: string, text = ''): Promise<void> {
  const find = () =>
    page.evaluate(
      (s, t) => {
        const root = document.querySelector('guidepost-overlay')?.shadowRoot;
        const element = [...(root?.querySelectorAll(s) ?? [])].find((e) => (e.textContent ?? '').includes(t));
        if (!element) return null;
        const box = element.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      },
      selector,
      text,
    );
  await expect.poll(find, { timeout: 10_000 }).not.toBeNull();
  const at = (await find())!;
  await page.mouse.click(at.x, at.y);
}
