import type { DraftContext } from '../../rules/schema/context';
import type { Finding } from '../../rules/schema/finding';
import { type FromCheckWorker, type PassInputs, type PassName, type ToCheckWorker } from '../../utils/messages';
import { ignored, readPortMessage, type PortMessage } from '../../utils/port-message';

/** How long one check may take before it is cancelled: the draft is then "not checked", and posting is not held. */
export const CHECK_BUDGET_MS = 200;
/**
 * How long a worker may take to compile a pack and warm up. Far longer than a check: a large pack
 * on a slow, busy machine takes a second or two, and nothing is cancelled mid-draft by waiting for it.
 */
export const LOAD_BUDGET_MS = 15_000;

export type PassOutcome = { state: 'checked'; findings: Finding[] } | { state: 'unchecked'; reason: 'timeout' | 'failed' };

/** The part of a Worker the runner uses. */
export interface PassWorker {
  postMessage(message: PortMessage<ToCheckWorker>): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface PassRunnerOptions {
  startWorker(): PassWorker;
  timers: { setTimeout(handler: () => void, ms: number): number; clearTimeout(id: number): void };
  budgetMs?: number;
  loadBudgetMs?: number;
}

export interface PassRunner<P extends PassName> {
  /** Compiles the pass for new input in a fresh worker; true once it is ready, false if it could not be. */
  load(input: PassInputs[P]): Promise<boolean>;
  /** Checks a draft; resolves unchecked if the pass is past its budget or cannot run. */
  check(text: string, context: DraftContext): Promise<PassOutcome>;
  dispose(): void;
}

interface Pending {
  id: number;
  text: string;
  context: DraftContext;
  resolve(outcome: PassOutcome): void;
}

/**
 * Runs one pass in a worker of its own, one check at a time, each within its budget. A check past
 * it cannot be stopped from outside but by ending the worker: the runner does that, answers
 * "unchecked", and starts a new worker with the same input for the checks waiting behind it. A
 * slow pass thus only ever cancels itself; every other pass has its own runner and worker.
 */
export function createPassRunner<P extends PassName>(pass: P, options: PassRunnerOptions): PassRunner<P> {
  const budgetMs = options.budgetMs ?? CHECK_BUDGET_MS;
  const loadBudgetMs = options.loadBudgetMs ?? LOAD_BUDGET_MS;
  const { timers } = options;
  const queue: Pending[] = [];
  let input: PassInputs[P] | null = null;
  let worker: PassWorker | null = null;
  let ready = false;
  /** The input could not be loaded: every check is answered unchecked until the next load. */
  let broken = false;
  let running: { pending: Pending; timer: number } | null = null;
  let loadTimer: number | null = null;
  let settleLoad: ((ok: boolean) => void) | null = null;
  let nextId = 1;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    ready = false;
    if (loadTimer !== null) timers.clearTimeout(loadTimer);
    loadTimer = null;
  };

  const loaded = (ok: boolean) => {
    if (loadTimer !== null) timers.clearTimeout(loadTimer);
    loadTimer = null;
    settleLoad?.(ok);
    settleLoad = null;
    if (ok) {
      ready = true;
      pump();
      return;
    }
    stopWorker();
    broken = true;
    for (const pending of queue.splice(0)) pending.resolve({ state: 'unchecked', reason: 'failed' });
  };

  const finish = (outcome: PassOutcome) => {
    if (!running) return;
    timers.clearTimeout(running.timer);
    const { pending } = running;
    running = null;
    pending.resolve(outcome);
    pump();
  };

  const receive = (event: MessageEvent) => {
    const message = readPortMessage<FromCheckWorker>(event.data);
    if (!message) return;
    const { type, body } = message;
    switch (type) {
      case 'ready':
        return loaded(true);
      case 'load-failed':
        console.warn(`Guidepost: the ${pass} check could not load`, body.message);
        return loaded(false);
      case 'findings':
        if (running?.pending.id === body.id) finish({ state: 'checked', findings: body.findings });
        return;
      case 'check-failed':
        if (running?.pending.id === body.id) finish({ state: 'unchecked', reason: 'failed' });
        return;
      default:
        return ignored(type);
    }
  };

  const start = () => {
    stopWorker();
    const current = input!;
    const next = options.startWorker();
    worker = next;
    next.onmessage = (event) => worker === next && receive(event);
    next.onerror = () => worker === next && loaded(false);
    // `input` is this pass's own (PassInputs[P]); TypeScript cannot tie the two halves of the union together.
    next.postMessage({ type: 'load', body: { pass, input: current } as ToCheckWorker['load'] });
    loadTimer = timers.setTimeout(() => loaded(false), loadBudgetMs);
  };

  function pump(): void {
    if (!ready || running || !worker) return;
    const pending = queue.shift();
    if (!pending) return;
    const timer = timers.setTimeout(() => {
      // Too slow: this worker is stuck in the check. End it, and start again for the rest.
      const stuck = running;
      running = null;
      start();
      stuck?.pending.resolve({ state: 'unchecked', reason: 'timeout' });
    }, budgetMs);
    running = { pending, timer };
    worker.postMessage({ type: 'check', body: { id: pending.id, text: pending.text, context: pending.context } });
  }

  return {
    load(next) {
      input = next;
      broken = false;
      settleLoad?.(false);
      // A check running against the old input is asked again against the new one.
      if (running) {
        timers.clearTimeout(running.timer);
        queue.unshift(running.pending);
        running = null;
      }
      return new Promise<boolean>((resolve) => {
        settleLoad = resolve;
        start();
      });
    },
    check(text, context) {
      if (broken || input === null) return Promise.resolve({ state: 'unchecked', reason: 'failed' });
      return new Promise<PassOutcome>((resolve) => {
        queue.push({ id: nextId++, text, context, resolve });
        pump();
      });
    },
    dispose() {
      stopWorker();
      if (running) timers.clearTimeout(running.timer);
      running = null;
      queue.splice(0);
    },
  };
}
