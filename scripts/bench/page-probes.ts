import type { Frame, Page } from 'playwright-core';

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
  /** When the badge's DOM changed, in milliseconds since the epoch (`performance.timeOrigin` + `now()`), so the page's clock and the frame's compare. */
  at: number;
  clean: boolean | null;
}

/**
 * Records each change of Guidepost's badge, inside the composer's frame (an extension page in its
 * own process), on that frame's clock made absolute. Installed as source text: tsx names the
 * functions it compiles with a helper that exists only in Node, so a nested function passed to
 * `evaluate` would fail there.
 */
const BADGE_PROBE = `(() => {
  function read() {
    const badge = document.querySelector('[data-guidepost="badge"]');
    return badge ? badge.classList.contains('gp-badge--clean') : null;
  }
  const now = () => performance.timeOrigin + performance.now();
  window.__benchBadge = [{ at: now(), clean: read() }];
  new MutationObserver(function () {
    const clean = read();
    const last = window.__benchBadge[window.__benchBadge.length - 1];
    if (last.clean !== clean) window.__benchBadge.push({ at: now(), clean: clean });
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

/** Records the time of every keydown in the page, on the same absolute clock as BADGE_PROBE. */
const KEY_PROBE = `(() => {
  window.__benchKeys = [];
  document.addEventListener('keydown', function (event) { window.__benchKeys.push(performance.timeOrigin + event.timeStamp); }, { capture: true });
})()`;

/**
 * Starts recording the badge's changes in the composer's frame (found through the overlay's
 * shadow root, open in the test build the bench loads) and the page's keydowns; returns the frame.
 */
export async function watchBadge(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('guidepost-overlay iframe[data-guidepost="nudge"]', { state: 'attached' });
  const frame = (await element.contentFrame())!;
  await frame.waitForSelector('[data-guidepost="badge"]');
  await frame.evaluate(BADGE_PROBE);
  await page.evaluate(KEY_PROBE);
  return frame;
}

export function badgeChanges(frame: Frame): Promise<BadgeChange[]> {
  return frame.evaluate(() => [...(window as unknown as { __benchBadge: BadgeChange[] }).__benchBadge]);
}

export function lastKeydown(page: Page): Promise<number | null> {
  return page.evaluate(() => (window as unknown as { __benchKeys: number[] }).__benchKeys.at(-1) ?? null);
}
