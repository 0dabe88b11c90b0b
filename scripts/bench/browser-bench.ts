import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { draftContextSchema } from '../../rules/schema/context';
import type { OrgProfile } from '../../rules/schema/profile';
import { CHECK_PAUSE_MS } from '../../entrypoints/content/check-scheduler';
import { launchChromium, type LaunchedChromium } from '../../tests/browser/harness/chromium';
import { ensureTestBuild } from '../test-build';
import { EDITOR_SELECTORS, openReplica, replicaText } from '../../tests/browser/harness/replicas';
import { loadSampleProfile } from './engine-bench';
import { badgeChanges, lastKeydown, longTaskDurations, watchBadge, watchLongTasks } from './page-probes';
import { SENTENCE_POOL } from './sentence-pool';
import { seededRandom } from '../../rules/training/seeded-random';
import { median, quantile } from './stats';
import { keyGaps, makeTypingDraft, typable } from './typing-draft';
import { attribute, extensionLongTasks, mainThreadCpuPerKey, startTrace, stopTrace, type LongTasks } from './trace-attribution';
import { typeAtHumanSpeed, typeTimed } from './typing-session';

export interface BrowserBenchOptions {
  quick: boolean;
  log(line: string): void;
}

export interface BrowserResults {
  keystroke: {
    /**
     * Main-thread CPU time the extension adds per keystroke: the page main thread's CPU time per
     * key (trace, top-level tasks) with the extension, minus without it; medians, floored at 0.
     * Counts the content script's own JavaScript and what it causes elsewhere (rendering the
     * overlay, mutation records for its observer).
     */
    medianMs: number;
    /** The same from the means, which also count the rare slow key. */
    meanMs: number;
    withExtensionCpuMedianMs: number;
    withoutExtensionCpuMedianMs: number;
    /** The same difference from wall-clock task time (Performance.getMetrics TaskDuration): noisy on a busy machine. */
    wallMedianMs: number;
    /** The content script's own JavaScript per key (trace FunctionCall events, thread time). */
    contentScript: {
      medianMs: number;
      meanMs: number;
      p95Ms: number;
      wallMedianMs: number;
      /** Medians of the first and last quarter of each session's keys: a rise means per-key work grows as a session goes on. */
      firstQuarterMedianMs: number;
      lastQuarterMedianMs: number;
    };
    keystrokes: number;
  };
  /** Content script JavaScript for the check once typing pauses, and its redraw (median over sessions). */
  checkAtPauseMs: number;
  nudgeLatency: {
    /** Last keydown → badge changed in the DOM, including the typing pause Guidepost waits for. */
    medianMs: number;
    /** The same, less the pause (CHECK_PAUSE_MS): what the check and the redraw add. */
    afterPauseMs: number;
    p90Ms: number;
    rounds: number;
  };
  /**
   * Tasks on the page's main thread, while typing and at the pause, that ran content-script code
   * and took over 50 ms of thread time, over all typing sessions.
   */
  longTasks: number;
  /** The same by wall-clock time, which other processes on a busy machine stretch. */
  longTasksWallClock: number;
  /** The longest task that ran content-script code (thread time). */
  longestTaskMs: number;
  /** Every long task the page saw (PerformanceObserver, wall time), with and without the extension: the machine's noise floor. */
  pageLongTasksWithExtension: number;
  pageLongTasksWithoutExtension: number;
  /** Typing sessions each way (with and without the extension). */
  typingSessions: number;
  /** JS heap the extension adds to the page's isolate after a typing session, after GC. */
  contentHeapMB: number;
  pageHeapWithoutExtensionMB: number;
}

const SCENARIO = 'x-timeline';
const EDITOR = EDITOR_SELECTORS[SCENARIO];
const MB = 1_000_000;

/** WXT storage keys of the onboarding profile (`local:userProfile`, version 1). */
const USER_PROFILE_KEYS = (profile: OrgProfile) => ({ userProfile: profile, userProfile$: { v: 1 } });

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

/** A writer who has onboarded with the sample organisation, as staff would have. */
async function onboard(browser: LaunchedChromium, profile: OrgProfile): Promise<void> {
  const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!worker) throw new Error('the extension service worker is not running');
  await worker.evaluate((items) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set(items), USER_PROFILE_KEYS(profile));
}

interface Session {
  browser: LaunchedChromium;
  page: Page;
  cdp: CDPSession;
}

async function openSession(extension: boolean, profile: OrgProfile): Promise<Session> {
  const browser = await launchChromium({ extension });
  try {
    if (extension) await onboard(browser, profile);
    const page = await openReplica(browser.context, SCENARIO);
    // The content script mounts its overlay host at start; without the extension, give the page the same settling time.
    if (extension) await page.waitForSelector('guidepost-overlay', { state: 'attached', timeout: 15_000 });
    await sleep(1000);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.click(EDITOR);
    await sleep(500);
    return { browser, page, cdp };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function heapAfterGcMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / MB;
}

async function assertTyped(page: Page, text: string): Promise<void> {
  const inEditor = await replicaText(page);
  if (inEditor !== text) throw new Error(`typing went astray: the editor holds ${JSON.stringify(inEditor.slice(0, 60))}…`);
}

interface TypingRun {
  perKeyTaskMs: number[];
  perKeyTaskCpuMs: number[];
  perKeyContentMs: number[];
  perKeyContentWallMs: number[];
  afterTypingContentMs: number;
  /** Long tasks seen by the page's PerformanceObserver, whoever caused them (wall time). */
  longTasks: number[];
  extensionLongTasks: LongTasks;
  heapMB: number;
}

/** The content script's scripts; the background's run in another process and are left out. */
const contentScripts = (session: Session) => `chrome-extension://${session.browser.extensionId}/content-scripts/`;

async function typingRun(session: Session, text: string, gaps: number[]): Promise<TypingRun> {
  await watchLongTasks(session.page);
  // Traced with and without the extension alike, so the tracing's own cost cancels out.
  await startTrace(session.cdp);
  const perKeyTaskMs = await typeTimed(session.page, session.cdp, text, gaps);
  // Let the check after the pause run and render, so the heap holds what a writer's session does.
  await sleep(CHECK_PAUSE_MS + 1000);
  const events = await stopTrace(session.cdp);
  await assertTyped(session.page, text);
  const lastKeyWindowUs = Math.max(...gaps) * 1000;
  const split = attribute(events, contentScripts(session), lastKeyWindowUs);
  if (split.keydowns.length !== text.length) throw new Error(`the trace holds ${split.keydowns.length} keydowns for ${text.length} keys`);
  return {
    perKeyTaskMs,
    perKeyTaskCpuMs: mainThreadCpuPerKey(events, lastKeyWindowUs),
    perKeyContentMs: split.perKeyMs,
    perKeyContentWallMs: split.perKeyWallMs,
    afterTypingContentMs: split.afterTypingMs,
    longTasks: await longTaskDurations(session.page),
    extensionLongTasks: extensionLongTasks(events, contentScripts(session)),
    heapMB: await heapAfterGcMB(session.cdp),
  };
}

/** Sentences that give a finding whatever the audience, so each round's badge must change. */
function nudgeSentences(profile: OrgProfile): string[] {
  const checker = compile(DEFAULT_PACK, profile);
  const contexts = [{ audience: 'public' }, { audience: null }, { audience: 'friends' }].map((c) => draftContextSchema.parse({ site: 'x', ...c }));
  return SENTENCE_POOL.map(typable).filter((s) => s.length <= 100 && contexts.every((c) => checker.check(s, c).length > 0));
}

async function waitForBadge(frame: Frame, afterIndex: number, clean: boolean): Promise<void> {
  await frame.waitForFunction(
    ([n, want]) => {
      const changes = (window as unknown as { __benchBadge: { clean: boolean | null }[] }).__benchBadge;
      return changes.length > n && changes[changes.length - 1]!.clean === want;
    },
    [afterIndex, clean] as const,
    { timeout: 10_000, polling: 50 },
  );
}

/** Each round: empty the composer (badge clean), type a draft with a problem, time last key → badge changed. */
async function nudgeRounds(session: Session, drafts: string[], rounds: number, log: (line: string) => void): Promise<number[]> {
  const { page } = session;
  const frame = await watchBadge(page);
  const latencies: number[] = [];
  const random = seededRandom(7);
  // A round is retried when a slow gap let a check run mid-typing (a busy machine), within a bounded number of tries.
  for (let attempt = 0; attempt < Math.max(8, rounds * 3) && latencies.length < rounds; attempt++) {
    const before = (await badgeChanges(frame)).length;
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    if ((await badgeChanges(frame)).at(-1)?.clean !== true) await waitForBadge(frame, before - 1, true);
    await sleep(CHECK_PAUSE_MS + 200);
    const draft = drafts[attempt % drafts.length]!;
    const start = (await badgeChanges(frame)).length;
    await typeAtHumanSpeed(page, draft, keyGaps(draft.length, random));
    await waitForBadge(frame, start, false);
    const key = await lastKeydown(page);
    const change = (await badgeChanges(frame)).slice(start).find((c) => c.clean === false);
    if (key === null || !change) throw new Error('no keydown or badge change was recorded');
    if (change.at < key) {
      // A check ran during a slow gap in typing; that round says nothing about the final pause.
      log(`  nudge attempt ${attempt + 1}: the badge changed before the last key (slow typing gap); round retried`);
      continue;
    }
    latencies.push(change.at - key);
  }
  if (latencies.length === 0) throw new Error('every nudge round was skipped');
  return latencies;
}

export async function runBrowserBench({ quick, log }: BrowserBenchOptions): Promise<BrowserResults> {
  // The test build: the probes find the badge's frame through its open overlay root (page-probes.ts).
  await ensureTestBuild('chrome', log);
  const profile = loadSampleProfile();
  const random = seededRandom(280);
  const text = makeTypingDraft(quick ? 20 : 280, random);
  const gaps = keyGaps(text.length, random);
  const rounds = quick ? 1 : 2;

  const withKeys: number[] = [];
  const withoutKeys: number[] = [];
  const withCpuKeys: number[] = [];
  const withoutCpuKeys: number[] = [];
  const contentKeys: number[] = [];
  const contentWallKeys: number[] = [];
  const firstQuarter: number[] = [];
  const lastQuarter: number[] = [];
  const checks: number[] = [];
  const withLong: number[] = [];
  const extensionLong: LongTasks[] = [];
  const withoutLong: number[] = [];
  const withHeap: number[] = [];
  const withoutHeap: number[] = [];
  let latencies: number[] = [];
  // Alternate without/with so drifting machine load falls on both alike.
  for (let r = 0; r < rounds; r++) {
    for (const extension of [false, true]) {
      const session = await openSession(extension, profile);
      try {
        const run = await typingRun(session, text, gaps);
        (extension ? withKeys : withoutKeys).push(...run.perKeyTaskMs);
        (extension ? withCpuKeys : withoutCpuKeys).push(...run.perKeyTaskCpuMs);
        (extension ? withLong : withoutLong).push(...run.longTasks);
        (extension ? withHeap : withoutHeap).push(run.heapMB);
        const mode = extension ? 'with' : 'without';
        log(`  typing ${mode} the extension: main thread ${median(run.perKeyTaskMs).toFixed(2)} ms per key (median; CPU ${median(run.perKeyTaskCpuMs).toFixed(2)} ms), ${run.longTasks.length} long tasks (any cause), heap ${run.heapMB.toFixed(2)} MB`);
        if (extension) {
          contentKeys.push(...run.perKeyContentMs);
          extensionLong.push(run.extensionLongTasks);
          contentWallKeys.push(...run.perKeyContentWallMs);
          const quarter = Math.max(1, Math.floor(run.perKeyContentMs.length / 4));
          const [first, last] = [run.perKeyContentMs.slice(0, quarter), run.perKeyContentMs.slice(-quarter)];
          firstQuarter.push(...first);
          lastQuarter.push(...last);
          checks.push(run.afterTypingContentMs);
          log(`  content script: ${median(run.perKeyContentMs).toFixed(3)} ms per key (median; first quarter ${median(first).toFixed(3)}, last ${median(last).toFixed(3)}), ${run.afterTypingContentMs.toFixed(1)} ms for the check at the pause, longest task running it ${run.extensionLongTasks.longestMs.toFixed(1)} ms`);
        }
        if (extension && r === rounds - 1) {
          latencies = await nudgeRounds(session, nudgeSentences(profile), quick ? 1 : 8, log);
          log(`  nudge: ${latencies.map((l) => l.toFixed(0)).join(', ')} ms`);
        }
      } finally {
        await session.browser.close();
      }
    }
  }

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const medianLatency = median(latencies);
  return {
    keystroke: {
      medianMs: Math.max(0, median(withCpuKeys) - median(withoutCpuKeys)),
      meanMs: Math.max(0, mean(withCpuKeys) - mean(withoutCpuKeys)),
      withExtensionCpuMedianMs: median(withCpuKeys),
      withoutExtensionCpuMedianMs: median(withoutCpuKeys),
      wallMedianMs: Math.max(0, median(withKeys) - median(withoutKeys)),
      contentScript: {
        medianMs: median(contentKeys),
        meanMs: mean(contentKeys),
        p95Ms: quantile(contentKeys, 0.95),
        wallMedianMs: median(contentWallKeys),
        firstQuarterMedianMs: median(firstQuarter),
        lastQuarterMedianMs: median(lastQuarter),
      },
      keystrokes: contentKeys.length,
    },
    checkAtPauseMs: median(checks),
    nudgeLatency: {
      medianMs: medianLatency,
      afterPauseMs: Math.max(0, medianLatency - CHECK_PAUSE_MS),
      p90Ms: quantile(latencies, 0.9),
      rounds: latencies.length,
    },
    longTasks: extensionLong.reduce((n, t) => n + t.cpu, 0),
    longTasksWallClock: extensionLong.reduce((n, t) => n + t.wall, 0),
    longestTaskMs: Math.max(0, ...extensionLong.map((t) => t.longestMs)),
    pageLongTasksWithExtension: withLong.length,
    pageLongTasksWithoutExtension: withoutLong.length,
    typingSessions: rounds,
    contentHeapMB: Math.max(0, median(withHeap) - median(withoutHeap)),
    pageHeapWithoutExtensionMB: median(withoutHeap),
  };
}
