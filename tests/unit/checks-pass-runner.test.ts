import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_BUDGET_MS, createPassRunner, LOAD_BUDGET_MS, type PassWorker } from '../../entrypoints/checks-frame/pass-runner';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import type { Finding } from '../../rules/schema/finding';
import { GENERIC_PROFILE } from '../../rules/schema/profile';
import type { FromCheckWorker, ToCheckWorker } from '../../utils/messages';
import type { PortMessage } from '../../utils/port-message';

const INPUT = { pack: DEFAULT_PACK, profile: GENERIC_PROFILE };
const FINDING: Finding = { category: 'opinion-disclaimer', rule: 'r', severity: 'warn', message: 'm', spans: [], guidance: 'g', fixes: [] };

/** A worker the test answers for: what it was sent, and whether it was ended. */
class FakeWorker implements PassWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: PortMessage<ToCheckWorker>[] = [];
  terminated = false;
  postMessage(message: PortMessage<ToCheckWorker>): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: PortMessage<FromCheckWorker>): void {
    this.onmessage?.({ data: message } as MessageEvent);
  }
  /** The id of the last check it was sent. */
  get lastCheck(): number {
    const checks = this.sent.filter((m) => m.type === 'check');
    return (checks[checks.length - 1]!.body as ToCheckWorker['check']).id;
  }
}

function runner() {
  const workers: FakeWorker[] = [];
  const pass = createPassRunner('rules', {
    startWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    timers: { setTimeout: (h, ms) => setTimeout(h, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
  });
  return { pass, workers, latest: () => workers[workers.length - 1]! };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a pass in its worker', () => {
  it('loads its input in a new worker, and answers checks with what the worker found', async () => {
    const { pass, latest } = runner();
    const loaded = pass.load(INPUT);
    expect(latest().sent[0]).toEqual({ type: 'load', body: { pass: 'rules', input: INPUT } });
    latest().say({ type: 'ready', body: {} });
    expect(await loaded).toBe(true);
    const outcome = pass.check('a draft', DEFAULT_CONTEXT);
    expect(latest().sent[1]).toMatchObject({ type: 'check', body: { text: 'a draft', context: DEFAULT_CONTEXT } });
    latest().say({ type: 'findings', body: { id: latest().lastCheck, findings: [FINDING] } });
    expect(await outcome).toEqual({ state: 'checked', findings: [FINDING] });
  });

  it('does not spend a check’s budget waiting for the worker to load', async () => {
    const { pass, latest } = runner();
    void pass.load(INPUT);
    const outcome = pass.check('a draft', DEFAULT_CONTEXT);
    await vi.advanceTimersByTimeAsync(CHECK_BUDGET_MS * 5);
    expect(latest().sent.map((m) => m.type)).toEqual(['load']);
    latest().say({ type: 'ready', body: {} });
    latest().say({ type: 'findings', body: { id: latest().lastCheck, findings: [] } });
    expect(await outcome).toEqual({ state: 'checked', findings: [] });
  });

  it(`cancels a check past ${CHECK_BUDGET_MS} ms: ends the worker, answers "unchecked", and a new worker with the same input takes the next check`, async () => {
    const { pass, workers, latest } = runner();
    void pass.load(INPUT);
    latest().say({ type: 'ready', body: {} });
    const slow = pass.check('a slow draft', DEFAULT_CONTEXT);
    const next = pass.check('the next draft', DEFAULT_CONTEXT);
    await vi.advanceTimersByTimeAsync(CHECK_BUDGET_MS - 1);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await slow).toEqual({ state: 'unchecked', reason: 'timeout' });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent[0]).toEqual({ type: 'load', body: { pass: 'rules', input: INPUT } });
    // The stuck worker's late answer is not taken for anyone's.
    workers[0]!.say({ type: 'findings', body: { id: 1, findings: [FINDING] } });
    workers[1]!.say({ type: 'ready', body: {} });
    expect(workers[1]!.sent[1]).toMatchObject({ type: 'check', body: { text: 'the next draft' } });
    workers[1]!.say({ type: 'findings', body: { id: workers[1]!.lastCheck, findings: [] } });
    expect(await next).toEqual({ state: 'checked', findings: [] });
  });

  it('a slow pass cancels only itself: another pass’s check, in its own worker, is answered', async () => {
    const slowPass = runner();
    const otherPass = runner();
    for (const { pass, latest } of [slowPass, otherPass]) {
      void pass.load(INPUT);
      latest().say({ type: 'ready', body: {} });
    }
    const slow = slowPass.pass.check('a draft', DEFAULT_CONTEXT);
    const other = otherPass.pass.check('a draft', DEFAULT_CONTEXT);
    await vi.advanceTimersByTimeAsync(CHECK_BUDGET_MS / 2);
    otherPass.latest().say({ type: 'findings', body: { id: otherPass.latest().lastCheck, findings: [FINDING] } });
    await vi.advanceTimersByTimeAsync(CHECK_BUDGET_MS);
    expect(await slow).toEqual({ state: 'unchecked', reason: 'timeout' });
    expect(await other).toEqual({ state: 'checked', findings: [FINDING] });
    expect(otherPass.workers).toHaveLength(1);
    expect(otherPass.workers[0]!.terminated).toBe(false);
  });

  it('answers "unchecked" when the input cannot be loaded, until a new input loads', async () => {
    const { pass, latest } = runner();
    const loaded = pass.load(INPUT);
    const waiting = pass.check('a draft', DEFAULT_CONTEXT);
    latest().say({ type: 'load-failed', body: { message: 'bad pack' } });
    expect(await loaded).toBe(false);
    expect(await waiting).toEqual({ state: 'unchecked', reason: 'failed' });
    expect(await pass.check('another', DEFAULT_CONTEXT)).toEqual({ state: 'unchecked', reason: 'failed' });
    const again = pass.load(INPUT);
    latest().say({ type: 'ready', body: {} });
    expect(await again).toBe(true);
  });

  it(`gives a worker that never gets ready ${LOAD_BUDGET_MS} ms, then ends it`, async () => {
    const { pass, latest } = runner();
    const loaded = pass.load(INPUT);
    await vi.advanceTimersByTimeAsync(LOAD_BUDGET_MS);
    expect(await loaded).toBe(false);
    expect(latest().terminated).toBe(true);
  });

  it('a new input replaces the worker, and a check running against the old one is asked again', async () => {
    const { pass, workers } = runner();
    void pass.load(INPUT);
    workers[0]!.say({ type: 'ready', body: {} });
    const outcome = pass.check('a draft', DEFAULT_CONTEXT);
    void pass.load({ ...INPUT, profile: { ...GENERIC_PROFILE, name: 'Another' } });
    expect(workers[0]!.terminated).toBe(true);
    workers[1]!.say({ type: 'ready', body: {} });
    expect(workers[1]!.sent[1]).toMatchObject({ type: 'check', body: { text: 'a draft' } });
    workers[1]!.say({ type: 'findings', body: { id: workers[1]!.lastCheck, findings: [] } });
    expect(await outcome).toEqual({ state: 'checked', findings: [] });
  });
});
