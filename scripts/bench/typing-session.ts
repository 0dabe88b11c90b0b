import type { CDPSession, Page } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';

interface Metric {
  name: string;
  value: number;
}

/** The renderer main thread's total task time so far, in ms (Performance.getMetrics TaskDuration, seconds). */
export async function mainThreadTaskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Metric[] };
  const task = metrics.find((m) => m.name === 'TaskDuration');
  if (!task) throw new Error('Performance.getMetrics returned no TaskDuration');
  return task.value * 1000;
}

/**
 * Types `text` one key at a time, each key `gaps[i]` ms after the one before, and returns the
 * main thread's task time in each gap: the page's work for that key, and the extension's when it
 * is loaded. Reading the metric costs the same in every gap, with or without the extension.
 */
export async function typeTimed(page: Page, cdp: CDPSession, text: string, gaps: readonly number[]): Promise<number[]> {
  const perKey: number[] = [];
  let before = await mainThreadTaskMs(cdp);
  for (let i = 0; i < text.length; i++) {
    const due = Date.now() + gaps[i % gaps.length]!;
    await page.keyboard.type(text[i]!);
    await sleep(Math.max(0, due - Date.now()));
    const after = await mainThreadTaskMs(cdp);
    perKey.push(after - before);
    before = after;
  }
  return perKey;
}

/** Types at human speed without measuring, for when only what happens after the last key matters. */
export async function typeAtHumanSpeed(page: Page, text: string, gaps: readonly number[]): Promise<void> {
  for (let i = 0; i < text.length; i++) {
    const due = Date.now() + gaps[i % gaps.length]!;
    await page.keyboard.type(text[i]!);
    if (i < text.length - 1) await sleep(Math.max(0, due - Date.now()));
  }
}
