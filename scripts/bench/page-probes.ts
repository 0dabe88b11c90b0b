import type { Page } from 'playwright-core';

/**
 * Probes installed in the page's main world through the DevTools protocol (which the page's CSP
 * does not govern). Long tasks are per thread, whichever world ran them, so the page sees the
 * content script's too.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = window as unknown as { __benchLongTasks: number[] };
    probe.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.__benchLongTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

export function longTaskDurations(page: Page): Promise<number[]> {
  return page.evaluate(() => [...(window as unknown as { __benchLongTasks: number[] }).__benchLongTasks]);
}

export interface BadgeChange {
  /** performance.now() in the page when the badge's DOM changed. */
  at: number;
  clean: boolean | null;
}

/**
 * Records each change of Guidepost's badge (inside the shadow root the content script adds; open
 * in the test build the bench loads, closed in the shipped one) and the time of every keydown,
 * both on the page's clock.
 *
 * Installed as source text: tsx names the functions it compiles with a helper that exists only
 * in Node, so a nested function passed to `page.evaluate` would fail in the page.
 */
const BADGE_PROBE = `(() => {
  const root = document.querySelector('guidepost-overlay').shadowRoot;
  function read() {
    const badge = root.querySelector('[data-guidepost="badge"]');
    return badge ? badge.classList.contains('gp-badge--clean') : null;
  }
  window.__benchBadge = [{ at: performance.now(), clean: read() }];
  window.__benchKeys = [];
  new MutationObserver(function () {
    const clean = read();
    const last = window.__benchBadge[window.__benchBadge.length - 1];
    if (last.clean !== clean) window.__benchBadge.push({ at: performance.now(), clean: clean });
  }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('keydown', function (event) { window.__benchKeys.push(event.timeStamp); }, { capture: true });
})()`;

/**
 * Records each change of Guidepost's badge (inside the shadow root the content script adds) and
 * the time of every keydown, both on the page's clock.
 */
export async function watchBadge(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('guidepost-overlay')?.shadowRoot?.querySelector('[data-guidepost="badge"]'));
  await page.evaluate(BADGE_PROBE);
}

export function badgeChanges(page: Page): Promise<BadgeChange[]> {
  return page.evaluate(() => [...(window as unknown as { __benchBadge: BadgeChange[] }).__benchBadge]);
}

export function lastKeydown(page: Page): Promise<number | null> {
  return page.evaluate(() => (window as unknown as { __benchKeys: number[] }).__benchKeys.at(-1) ?? null);
}
