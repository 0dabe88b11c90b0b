// The tone coach and the cards that wear well, in real Chromium on the replicas: tips on an
// organisation's own X account and Facebook Page, replaced by one click through Draft.js and
// Lexical; none on a personal account unless the writer asks; a shortened card after repeated
// nudges; the public-audience line on a personal Facebook post about work; axe on the new UI.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHECK_PAUSE_MS } from '../../entrypoints/content/check-scheduler';
import { POST_CONTROL_SELECTORS, replicaPosted, replicaText, type ReplicaScenario } from './harness/replicas';
import { saveScreenshot } from './harness/screenshots';
import { frameAxeViolations as axeViolations } from './support/frame-axe';
import {
  badge,
  card,
  closeCards,
  expectBadge,
  getExtensionStorage,
  guidepostFrame,
  nudge,
  openCards,
  reviewPrompt,
  setExtensionStorage,
  typeDraft,
  useComposerBrowser,
} from './composer-steps';

const JARGON = 'We will utilise the new booking system from Monday.';
const PLAIN = 'We will use the new booking system from Monday.';
const OPINION = 'I think the council should sort out the parking on our road.';
const DAY = 24 * 60 * 60 * 1000;

const chromium = useComposerBrowser();

/**
 * Types the draft, then waits for the badge to count `count` things, reading it every few
 * milliseconds; returns how long after the pause that took (measured, never asserted).
 */
async function typeAndTimeBadge(page: Page, scenario: ReplicaScenario, text: string, count: number): Promise<number> {
  await typeDraft(page, scenario, text);
  const typed = Date.now();
  const said = new RegExp(`: ${count} things? to check`);
  for (;;) {
    const label = await badge(page).getAttribute('aria-label', { timeout: 1_000 }).catch(() => null);
    if (label && said.test(label)) return Date.now() - typed - CHECK_PAUSE_MS;
    if (Date.now() - typed > 10_000) throw new Error(`the badge never said ${count}: ${label}`);
    await page.waitForTimeout(5);
  }
}

const ORGANISATION: [string, ReplicaScenario, Parameters<typeof chromium.open>[1]][] = [
  ['X as @FernvaleBC', 'x-timeline', { account: '@FernvaleBC' }],
  ['Facebook as the Page "Fernvale Leisure"', 'fb-post', { fbActingAs: 'Fernvale Leisure' }],
];

describe('tone tips on the organisation’s own accounts', () => {
  it.each(ORGANISATION)('%s: a tip appears, one click puts the plainer word in the editor’s own state, and Post is never held for it', async (name, scenario, options) => {
    const p = await chromium.open(scenario, options);
    // The writer is in the composer a moment before the words come, as the coach's worker loads.
    await p.waitForTimeout(1_000);
    const afterPause = await typeAndTimeBadge(p, scenario, JARGON, 1);
    console.log(`${name}: first tip ${afterPause} ms after the ${CHECK_PAUSE_MS} ms pause`);
    await openCards(p);
    const tip = card(p, 'Tone');
    expect(await tip.locator('.gp-card__severity').textContent()).toBe('Tip');
    expect(await tip.locator('.gp-card__message').textContent()).toMatch(/“utilise” could be simpler: try “use”\./);
    expect(await tip.locator('.gp-guidance__title').textContent()).toBe('A human face');
    expect(await tip.locator('.gp-word').allTextContents()).toEqual(['utilise']);
    expect(await axeViolations(await guidepostFrame(p))).toEqual([]);
    await saveScreenshot(p, `coach-tip-${scenario}-organisation`);
    await tip.getByRole('button', { name: 'Use “use”' }).click();
    await expect.poll(() => replicaText(p)).toBe(PLAIN);
    await expect.poll(() => nudge(p).locator('.gp-outcome').textContent()).toBe('Changed in your draft.');
    await expectBadge(p, 0);
    await closeCards(p);
    await p.locator(POST_CONTROL_SELECTORS[scenario]).click();
    await expect.poll(() => replicaPosted(p)).toEqual([PLAIN]);
    expect(await reviewPrompt(p).count()).toBe(0);
  });

  it('gives no tip on a personal account, until the writer turns on "Tips on my personal posts too"', async () => {
    const p = await chromium.open('x-timeline', { account: '@jo_smith' });
    await typeDraft(p, 'x-timeline', JARGON);
    await expectBadge(p, 0);
    await setExtensionStorage(chromium.context, { settings: { enabled: { x: true, facebook: true }, profileDisclaimer: { x: false, facebook: false }, snoozeUntil: 0, coachPersonal: true } });
    await expectBadge(p, 1);
    await openCards(p);
    expect(await card(p, 'Tone').count()).toBe(1);
  });
});

describe('cards that wear well', () => {
  it('shortens a card opened in five drafts this week without a fix: message and words, guidance behind "Why?"', async () => {
    const now = Date.now();
    const opened = [5, 4, 3, 2, 1].map((days, i) => ({ at: now - days * DAY, draft: `earlier:${i}` }));
    await setExtensionStorage(chromium.context, { nudgeHistory: { 'opinion-needs-disclaimer': { opened, fixed: [], dismissed: [] } } });
    const p = await chromium.open('x-timeline');
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    const short = card(p, 'Personal opinion');
    expect(await short.getAttribute('class')).toContain('gp-card--short');
    expect(await short.locator('.gp-card__message').count()).toBe(1);
    expect(await short.locator('.gp-word').count()).toBeGreaterThan(0);
    expect(await short.locator('.gp-guidance').count()).toBe(0);
    expect(await short.getByRole('button', { name: 'Add disclaimer' }).count()).toBe(1);
    expect(await axeViolations(await guidepostFrame(p))).toEqual([]);
    await saveScreenshot(p, 'shortened-card');
    await short.getByRole('button', { name: 'Why?' }).click();
    await short.locator('.gp-guidance').waitFor();
    // This draft's opening is counted too, once, with rule ids and times only.
    await expect
      .poll(async () => ((await getExtensionStorage(chromium.context, 'nudgeHistory')) as Record<string, { opened: unknown[] }>)['opinion-needs-disclaimer']?.opened.length)
      .toBe(6);
    expect(JSON.stringify(await getExtensionStorage(chromium.context, 'nudgeHistory'))).not.toMatch(/council|parking/i);
  });

  it('leaves out a tip the writer dismissed twice this week', async () => {
    const now = Date.now();
    await setExtensionStorage(chromium.context, {
      nudgeHistory: { 'plain-words': { opened: [], fixed: [], dismissed: [now - 2 * DAY, now - DAY] } },
    });
    const p = await chromium.open('x-timeline', { account: '@FernvaleBC' });
    await typeDraft(p, 'x-timeline', JARGON);
    await p.waitForTimeout(1_000);
    await expectBadge(p, 0);
  });
});

describe('a public Facebook post about work, from a personal account', () => {
  it('adds who can see it and how to change the audience to the card', async () => {
    const p = await chromium.open('fb-post', { audience: 'Public' });
    await typeDraft(p, 'fb-post', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    expect(await card(p, 'Personal opinion').locator('[data-guidepost="audience"]').textContent()).toMatch(
      /^Anyone on or off Facebook can see a public post about work\. To change who can, choose the audience button/,
    );
    expect(await axeViolations(await guidepostFrame(p))).toEqual([]);
    await saveScreenshot(p, 'fb-post-public-about-work');
  });

  it('says nothing of the kind when the audience is Friends', async () => {
    const p = await chromium.open('fb-post', { audience: 'Friends' });
    await typeDraft(p, 'fb-post', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    expect(await card(p, 'Personal opinion').locator('[data-guidepost="audience"]').count()).toBe(0);
  });
});
