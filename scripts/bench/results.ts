import type { BrowserResults } from './browser-bench';
import type { BundleResults } from './bundle-sizes';
import type { EngineResults } from './engine-bench';
import type { FirefoxResults } from './firefox-bench';
import { BUDGETS } from './budgets';

export interface BenchResults {
  meta: {
    date: string;
    quick: boolean;
    node: string;
    cpus: number;
    /** The machine's 1-minute load average when the bench started: other work skews timings. */
    loadAverage1m: number;
  };
  engine?: EngineResults;
  bundle?: BundleResults;
  browser?: BrowserResults;
  firefox?: FirefoxResults;
  /** Parts that could not be measured, and why. */
  errors?: Record<string, string>;
}

/** The value at a dotted key (`engine.check280.medianMs`), or undefined. */
export function valueAt(results: unknown, key: string): unknown {
  let at: unknown = results;
  for (const part of key.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

function format(value: unknown, unit: string): string {
  if (typeof value !== 'number') return '—';
  const digits = Number.isInteger(value) || value >= 100 ? 0 : value >= 10 ? 1 : 3;
  return `${value.toFixed(digits)}${unit === '×' ? '×' : unit ? ` ${unit}` : ''}`;
}

/** The readable summary: every budget with what was measured against it, then the other figures. */
export function formatTable(results: BenchResults): string {
  const rows: string[][] = [['measure', 'measured', 'budget', '', 'CPU time']];
  for (const b of BUDGETS) {
    const value = valueAt(results, b.key);
    const verdict = typeof value !== 'number' ? 'not measured' : value <= b.limit ? 'ok' : 'OVER';
    const cpu = b.cpuKey ? valueAt(results, b.cpuKey) : undefined;
    rows.push([b.label, format(value, b.unit), `≤ ${format(b.limit, b.unit)}`, verdict, typeof cpu === 'number' ? format(cpu, b.unit) : '']);
  }
  const extra: [string, string, string][] = [
    ['check, 280 characters (p99)', 'engine.check280.p99Ms', 'ms'],
    ['check, 280 characters (p99), CPU time', 'engine.check280.cpuP99Ms', 'ms'],
    ['check ÷ one regex pass (floor ratio)', 'engine.floorRatio', '×'],
    ['100 terms ÷ 10 terms', 'engine.scaling.ratio100to10', '×'],
    ['1,000 terms ÷ 10 terms', 'engine.scaling.ratio1000to10', '×'],
    ['10,000 one-term rules ÷ 10 rules', 'engine.scaling.separateRules.ratio10000to10', '×'],
    ['10,000 one-term rules ÷ 10 rules, CPU time', 'engine.scaling.separateRules.cpu.ratio10000to10', '×'],
    ['last keystroke → badge (median)', 'browser.nudgeLatency.medianMs', 'ms'],
    ["content script's own JS per key (median)", 'browser.keystroke.contentScript.medianMs', 'ms'],
    ['  in the first quarter of a session', 'browser.keystroke.contentScript.firstQuarterMedianMs', 'ms'],
    ['  in the last quarter of a session', 'browser.keystroke.contentScript.lastQuarterMedianMs', 'ms'],
    ['main-thread wall time added per key (getMetrics)', 'browser.keystroke.wallMedianMs', 'ms'],
    ['content script at the pause (the check itself runs in a worker)', 'browser.checkAtPauseMs', 'ms'],
    ['longest task running the content script (CPU)', 'browser.longestTaskMs', 'ms'],
    ['tasks > 50 ms wall clock running the content script', 'browser.longTasksWallClock', ''],
    ['page long tasks, any cause, with extension', 'browser.pageLongTasksWithExtension', ''],
    ['page long tasks, any cause, without extension', 'browser.pageLongTasksWithoutExtension', ''],
    ['content script heap', 'browser.contentHeapMB', 'MB'],
    ['Firefox: nudge after the pause, background awake', 'firefox.awakeAfterPauseMs', 'ms'],
    ['Firefox: nudge after the pause, first draft after the background was suspended', 'firefox.afterIdleAfterPauseMs', 'ms'],
  ];
  for (const [label, key, unit] of extra) rows.push([label, format(valueAt(results, key), unit), '', '', '']);
  for (const [name, entry] of Object.entries(results.bundle?.entrypoints ?? {})) {
    rows.push([`entrypoint ${name}, gzip`, format(entry.gzipKB, 'kB'), '', '', '']);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 1 || c === 2 || c === 4 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
