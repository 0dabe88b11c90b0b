// The cards never hide the site's own Post button or the text being written (issue 14, point 7):
// the cards opened beside the X and Facebook composers in windows 1280 and 500 px wide (X in its
// mobile layout there), measured in the page, and the writer's click on Post still reaching Post.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDITOR_SELECTORS, POST_CONTROL_SELECTORS, type ReplicaOptions, type ReplicaScenario } from './harness/replicas';
import { saveScreenshot } from './harness/screenshots';
import { badgeFrames, expectBadge, guidepostFrame, openCards, reviewPrompt, typeDraft, useComposerBrowser } from './composer-steps';

const OPINION = 'I think the council should sort out the parking on our road.';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const chromium = useComposerBrowser();

function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { left: box.x, top: box.y, width: box.width, height: box.height };
}

/** The open cards in page pixels: the frame's place in the page plus the cards' place in the frame, read from the extension's side. */
async function cardsBox(page: Page): Promise<Box> {
  const frameBox = await badgeFrames(page).first().boundingBox();
  const frame = await guidepostFrame(page);
  const inFrame = await frame.evaluate(() => {
    const r = document.querySelector('[data-guidepost="panel"]')!.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });
  return { ...inFrame, left: frameBox!.x + inFrame.left, top: frameBox!.y + inFrame.top };
}

/** What a click at the middle of a (round-ended) button and at its four edges reaches in the page. */
function hits(page: Page, box: Box): Promise<string[]> {
  return page.evaluate((b) => {
    const [x, y, r] = [b.left + b.width / 2, b.top + b.height / 2, b.height / 2];
    const points = [
      [x, y],
      [b.left + r, y],
      [b.left + b.width - r, y],
      [x, b.top + 2],
      [x, b.top + b.height - 2],
    ];
    return points.map(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit?.closest('[data-testid], [role="button"]')?.getAttribute('data-testid') ?? hit?.closest('[role="button"]')?.getAttribute('aria-label') ?? hit?.tagName ?? 'nothing';
    });
  }, box);
}

const CASES: [string, ReplicaScenario, number, ReplicaOptions, string][] = [
  ['X timeline', 'x-timeline', 1280, {}, 'tweetButtonInline'],
  ['X timeline, mobile layout', 'x-timeline', 500, { layout: 'narrow' }, 'tweetButtonInline'],
  ['X modal', 'x-modal', 1280, {}, 'tweetButton'],
  ['X modal, mobile layout', 'x-modal', 500, { layout: 'narrow' }, 'tweetButton'],
  ['Facebook post dialog', 'fb-post', 1280, {}, 'Post'],
  ['Facebook post dialog', 'fb-post', 500, {}, 'Post'],
];

describe('cards beside the composer', () => {
  it.each(CASES)('%s (%s), %i px wide: the cards cover neither the Post button nor the text, and Post still takes the click', async (_name, scenario, width, options, postName) => {
    const p = await chromium.open(scenario, options);
    await p.setViewportSize({ width, height: 800 });
    await typeDraft(p, scenario, OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    // Let the frame measure the cards and settle where they fit.
    await p.waitForTimeout(300);
    const post = await boxOf(p, POST_CONTROL_SELECTORS[scenario]);
    const text = await boxOf(p, EDITOR_SELECTORS[scenario]);
    const cards = await cardsBox(p);
    await saveScreenshot(p, `cards-beside-${scenario}-${width}${options.layout === 'narrow' ? '-narrow' : ''}`);
    expect(intersects(cards, post), `cards ${JSON.stringify(cards)} over Post ${JSON.stringify(post)}`).toBe(false);
    expect(intersects(cards, text), `cards ${JSON.stringify(cards)} over the text ${JSON.stringify(text)}`).toBe(false);
    expect(cards.left).toBeGreaterThanOrEqual(0);
    expect(cards.left + cards.width).toBeLessThanOrEqual(width);
    expect(cards.top).toBeGreaterThanOrEqual(0);
    expect(cards.top + cards.height).toBeLessThanOrEqual(800);
    // Neither the cards nor the room for their shadow take the writer's click on Post.
    expect(await hits(p, post)).toEqual(Array(5).fill(postName));
    await p.locator(POST_CONTROL_SELECTORS[scenario]).click({ timeout: 5_000 });
    await reviewPrompt(p).waitFor();
  });
});
