/** The budgets of issues 2, 6 and 11, by the bench-results.json key each applies to. */
export interface Budget {
  key: string;
  label: string;
  limit: number;
  unit: string;
  /** The same measure in CPU time, where the bench records it. */
  cpuKey?: string;
}

export const BUDGETS: readonly Budget[] = [
  { key: 'engine.check280.medianMs', label: 'check, 280 characters (median)', limit: 0.5, unit: 'ms', cpuKey: 'engine.check280.cpuMedianMs' },
  { key: 'engine.check63k.medianMs', label: 'check, 63,206 characters (median)', limit: 20, unit: 'ms', cpuKey: 'engine.check63k.cpuMedianMs' },
  { key: 'engine.compileMs', label: 'compile the default pack (median)', limit: 50, unit: 'ms' },
  { key: 'engine.packKB', label: 'default pack, JSON', limit: 2000, unit: 'kB' },
  { key: 'engine.modelKB', label: "the pack's model, JSON", limit: 1500, unit: 'kB' },
  { key: 'engine.heapMB', label: 'engine heap after compiling and checking', limit: 50, unit: 'MB' },
  { key: 'engine.scaling.ratio10000to10', label: '10,000 terms ÷ 10 terms', limit: 3, unit: '×', cpuKey: 'engine.scaling.cpu.ratio10000to10' },
  { key: 'browser.keystroke.medianMs', label: 'main-thread CPU added per keystroke (median)', limit: 1, unit: 'ms' },
  { key: 'browser.nudgeLatency.afterPauseMs', label: 'nudge after the typing pause (median)', limit: 300, unit: 'ms' },
  { key: 'browser.longTasks', label: 'long tasks (> 50 ms) while typing', limit: 0, unit: '' },
  { key: 'bundle.contentGzipKB', label: 'content script JS at page start, gzip', limit: 100, unit: 'kB' },
];
