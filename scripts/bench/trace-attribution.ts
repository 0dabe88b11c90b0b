import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, which other processes on a busy machine do not inflate. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; type?: string } };
}

/**
 * `devtools.timeline` is what the DevTools Performance panel records: every callback the browser
 * makes into JavaScript (event listeners, timers, animation frames, mutation observers) is a
 * `FunctionCall` event naming the script it runs, in the page's world or a content script's.
 */
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'toplevel'];

/** A task that holds the main thread this long delays input and frames (the Long Tasks API's threshold). */
export const LONG_TASK_MS = 50;

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
    transferMode: 'ReturnAsStream',
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)));
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface Attribution {
  /** Trace timestamps (µs) of each keydown the page dispatched. */
  keydowns: number[];
  /** Extension JS thread time (ms) after each keydown until the next (the last: for `lastKeyWindowUs`). */
  perKeyMs: number[];
  /** The same in wall-clock time, which includes time the thread waited for a busy CPU. */
  perKeyWallMs: number[];
  /** Extension JS thread time (ms) after the typing, e.g. the check once the pause is over. */
  afterTypingMs: number;
}

/**
 * Splits the extension's JavaScript time (FunctionCall events whose script URL starts with
 * `scriptPrefix`; nested calls counted once) between the keystrokes that preceded it.
 */
export function attribute(events: readonly TraceEvent[], scriptPrefix: string, lastKeyWindowUs: number): Attribution {
  const keydowns = events
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const calls = events
    .filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith(scriptPrefix))
    .sort((a, b) => a.ts - b.ts);
  const perKeyUs = keydowns.map(() => 0);
  const perKeyWallUs = keydowns.map(() => 0);
  let afterUs = 0;
  const covered = new Map<string, number>();
  const typingEnd = (keydowns.at(-1) ?? 0) + lastKeyWindowUs;
  for (const call of calls) {
    const thread = `${call.pid}:${call.tid}`;
    const end = call.ts + (call.dur ?? 0);
    if (call.ts < (covered.get(thread) ?? 0)) continue;
    covered.set(thread, end);
    if (keydowns.length === 0 || call.ts < keydowns[0]!) continue;
    const cpu = call.tdur ?? call.dur ?? 0;
    if (call.ts >= typingEnd) {
      afterUs += cpu;
      continue;
    }
    let k = keydowns.length - 1;
    while (keydowns[k]! > call.ts) k -= 1;
    perKeyUs[k]! += cpu;
    perKeyWallUs[k]! += call.dur ?? 0;
  }
  const ms = (us: number) => us / 1000;
  return { keydowns, perKeyMs: perKeyUs.map(ms), perKeyWallMs: perKeyWallUs.map(ms), afterTypingMs: ms(afterUs) };
}

export interface LongTasks {
  /** Main-thread tasks that ran content-script code and took over 50 ms of thread (CPU) time. */
  cpu: number;
  /** Those that took over 50 ms of wall-clock time, which a busy machine can stretch. */
  wall: number;
  /** The longest task (thread time, ms) that ran content-script code. */
  longestMs: number;
}

/** Long tasks on the page's main thread (where keydowns are dispatched) that ran the content script. */
export function extensionLongTasks(events: readonly TraceEvent[], scriptPrefix: string): LongTasks {
  const keydown = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (!keydown) return { cpu: 0, wall: 0, longestMs: 0 };
  const onMain = (e: TraceEvent) => e.pid === keydown.pid && e.tid === keydown.tid && e.ph === 'X';
  const tasks = topLevelTasks(events, keydown.pid, keydown.tid);
  const calls = events.filter((e) => onMain(e) && e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith(scriptPrefix));
  const result: LongTasks = { cpu: 0, wall: 0, longestMs: 0 };
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    if (!calls.some((c) => c.ts >= task.ts && c.ts < end)) continue;
    const cpuMs = (task.tdur ?? task.dur ?? 0) / 1000;
    result.longestMs = Math.max(result.longestMs, cpuMs);
    if (cpuMs > LONG_TASK_MS) result.cpu += 1;
    if ((task.dur ?? 0) / 1000 > LONG_TASK_MS) result.wall += 1;
  }
  return result;
}

const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');

/** Top-level tasks of one thread, in order; a task run inside another (a nested loop) is part of it. */
function topLevelTasks(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const tasks = events.filter((e) => isTask(e) && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  let coveredUntil = -Infinity;
  for (const task of tasks) {
    if (task.ts < coveredUntil) continue;
    out.push(task);
    coveredUntil = task.ts + (task.dur ?? 0);
  }
  return out;
}

/**
 * The page main thread's CPU time per keystroke: every top-level task from the one that delivered
 * a keydown up to the one that delivers the next (the last key: for `lastKeyWindowUs`). Compared
 * with and without the extension, it counts everything the extension adds, rendering included.
 */
export function mainThreadCpuPerKey(events: readonly TraceEvent[], lastKeyWindowUs: number): number[] {
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
  if (keydowns.length === 0) return [];
  const tasks = topLevelTasks(events, keydowns[0]!.pid, keydowns[0]!.tid);
  const taskStartOf = (ts: number) => tasks.find((t) => t.ts <= ts && ts < t.ts + (t.dur ?? 0))?.ts ?? ts;
  const bounds = keydowns.map((k) => taskStartOf(k.ts));
  bounds.push(keydowns.at(-1)!.ts + lastKeyWindowUs);
  const perKey = keydowns.map(() => 0);
  for (const task of tasks) {
    if (task.ts < bounds[0]! || task.ts >= bounds.at(-1)!) continue;
    let k = perKey.length - 1;
    while (bounds[k]! > task.ts) k -= 1;
    perKey[k]! += (task.tdur ?? task.dur ?? 0) / 1000;
  }
  return perKey;
}
