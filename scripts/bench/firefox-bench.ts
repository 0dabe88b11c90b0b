import { setTimeout as sleep } from 'node:timers/promises';
import type { Frame, Page } from 'puppeteer-core';
import { CHECK_PAUSE_MS } from '../../entrypoints/content/check-scheduler';
import { seededRandom } from '../../rules/training/seeded-random';
import { launchFirefox } from '../../tests/browser/harness/firefox';
import { EDITOR_SELECTORS } from '../../tests/browser/harness/replicas';
import { ensureTestBuild } from '../test-build';
import { median } from './stats';
import { keyGaps } from './typing-draft';

export interface FirefoxBenchOptions {
  quick: boolean;
  log(line: string): void;
}

export interface FirefoxResults {
  /** Last key → badge, less the typing pause, while the background is awake (median). */
  awakeAfterPauseMs: number;
  /**
   * The same for the first draft after the background has been idle long enough for Firefox to
   * suspend it: the port through it is gone, and the content script's message wakes it (median).
   */
  afterIdleAfterPauseMs: number;
  /** How long the tab sat untouched before each "after idle" draft. */
  idleSeconds: number;
  rounds: number;
}

/** Firefox's default: an event page with nothing to do is suspended after 30 s (`extensions.background.idle.timeout`). */
const IDLE_TIMEOUT_MS = 30_000;
/** A draft the default pack flags whatever the audience, so the badge changes. */
const DRAFT = 'I think the council should sort out the parking on our road.';

const BADGE_PROBE = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const read = () => document.querySelector('[data-guidepost="badge"]')?.getAttribute('aria-label') ?? null;
  window.__benchBadge = [{ at: now(), label: read() }];
  new MutationObserver(() => {
    const label = read();
    if (window.__benchBadge[window.__benchBadge.length - 1].label !== label) window.__benchBadge.push({ at: now(), label });
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;
const KEY_PROBE = `(() => {
  window.__benchKeys = [];
  document.addEventListener('keydown', (event) => window.__benchKeys.push(performance.timeOrigin + event.timeStamp), { capture: true });
})()`;

interface BadgeChange {
  at: number;
  label: string | null;
}

/**
 * Puts the writer in the composer and returns its frame, known by its badge (puppeteer shows the
 * frame's address as about:blank over BiDi). Clicks again if the badge is slow to come: a click
 * before the content script started may not have reached it.
 */
async function badgeFrame(page: Page): Promise<Frame> {
  await page.waitForSelector('guidepost-overlay');
  for (let tries = 0; tries < 100; tries++) {
    if (tries % 25 === 0) await page.click(EDITOR_SELECTORS['x-timeline']);
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (await frame.evaluate(() => document.querySelector('[data-guidepost="badge"]') !== null).catch(() => false)) return frame;
    }
    await sleep(100);
  }
  throw new Error('no badge frame appeared');
}

/** Types the draft into an emptied composer at human speed; returns last keydown → badge counting it, less the pause. */
async function nudgeAfterPause(page: Page, frame: Frame, gaps: number[]): Promise<number> {
  const changes = () => frame.evaluate(() => [...(window as unknown as { __benchBadge: BadgeChange[] }).__benchBadge]);
  const start = (await changes()).length;
  for (let i = 0; i < DRAFT.length; i++) {
    const due = Date.now() + gaps[i]!;
    await page.keyboard.type(DRAFT[i]!);
    if (i < DRAFT.length - 1) await sleep(Math.max(0, due - Date.now()));
  }
  for (let waited = 0; waited < 15_000; waited += 50) {
    const change = (await changes()).slice(start).find((c) => /1 thing to check/.test(c.label ?? ''));
    if (change) {
      const key = await page.evaluate(() => (window as unknown as { __benchKeys: number[] }).__benchKeys.at(-1)!);
      return change.at - key - CHECK_PAUSE_MS;
    }
    await sleep(50);
  }
  throw new Error('the badge never counted the finding');
}

async function emptyComposer(page: Page, frame: Frame): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (/nothing to check/.test((await frame.evaluate(() => document.querySelector('[data-guidepost="badge"]')?.getAttribute('aria-label'))) ?? '')) return;
    await sleep(50);
  }
  throw new Error('the badge did not go back to the clean tick');
}

/**
 * Firefox ESR: the checks frame reaches the content script through the background, which Firefox
 * suspends when idle. Times the nudge for drafts typed while it is awake and for the first draft
 * after an idle spell longer than Firefox's idle timeout. The quick run shortens that timeout to
 * three seconds through its preference, to prove the bench works without waiting half a minute.
 */
export async function runFirefoxBench({ quick, log }: FirefoxBenchOptions): Promise<FirefoxResults> {
  await ensureTestBuild('firefox', log);
  const idleTimeout = quick ? 3_000 : IDLE_TIMEOUT_MS;
  const firefox = await launchFirefox({ prefs: quick ? { 'extensions.background.idle.timeout': idleTimeout } : {} });
  try {
    const page = await firefox.openReplica('x-timeline');
    const frame = await badgeFrame(page);
    await frame.evaluate(BADGE_PROBE);
    await page.evaluate(KEY_PROBE);
    const gaps = keyGaps(DRAFT.length, seededRandom(11));
    const rounds = quick ? 1 : 3;
    const awake: number[] = [];
    const afterIdle: number[] = [];
    // A first draft, so the workers are compiled and warm before anything is timed.
    await nudgeAfterPause(page, frame, gaps);
    for (let r = 0; r < rounds; r++) {
      await emptyComposer(page, frame);
      awake.push(await nudgeAfterPause(page, frame, gaps));
      await emptyComposer(page, frame);
      await sleep(idleTimeout + 10_000);
      afterIdle.push(await nudgeAfterPause(page, frame, gaps));
      log(`  Firefox round ${r + 1}: ${awake.at(-1)!.toFixed(0)} ms awake, ${afterIdle.at(-1)!.toFixed(0)} ms after ${(idleTimeout + 10_000) / 1000} s idle (after the pause)`);
    }
    return { awakeAfterPauseMs: median(awake), afterIdleAfterPauseMs: median(afterIdle), idleSeconds: (idleTimeout + 10_000) / 1000, rounds };
  } finally {
    await firefox.close();
  }
}
