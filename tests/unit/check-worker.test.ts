import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import checkWorker from '../../entrypoints/check-worker';
import coachWorker from '../../entrypoints/coach-worker';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import type { RulePack } from '../../rules/schema/pack';
import sample from '../../rules/profiles/sample-org.json';
import type { OrgProfile } from '../../rules/schema/profile';
import type { FromCheckWorker, ToCheckWorker } from '../../utils/messages';
import type { PortMessage } from '../../utils/port-message';

/** The worker's global scope, stood in for by Node's: what it posted, and how to post to it. */
const scope = globalThis as unknown as { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (message: unknown) => void };
let posted: PortMessage<FromCheckWorker>[];

function send(message: PortMessage<ToCheckWorker>): void {
  scope.onmessage!({ data: message });
}

/** Loads a pass and waits for the worker's word on it (compiling may be asynchronous). */
async function load(message: PortMessage<ToCheckWorker>): Promise<void> {
  send(message);
  await vi.waitFor(() => expect(posted.length).toBeGreaterThan(0));
}

beforeEach(() => {
  posted = [];
  scope.postMessage = (message) => posted.push(message as PortMessage<FromCheckWorker>);
  checkWorker.main();
});
afterEach(() => {
  scope.onmessage = null;
  vi.restoreAllMocks();
});

describe('the check worker', () => {
  it('compiles the pack once when loaded, warms up, says it is ready, and then checks draft after draft', async () => {
    await load({ type: 'load', body: { pass: 'rules', input: { pack: DEFAULT_PACK, profile: sample as OrgProfile } } });
    expect(posted).toEqual([{ type: 'ready', body: {} }]);
    send({ type: 'check', body: { id: 7, text: 'I think the council should sort out the parking on our road.', context: DEFAULT_CONTEXT } });
    send({ type: 'check', body: { id: 8, text: 'Lovely walk along the river this morning with the dog.', context: DEFAULT_CONTEXT } });
    expect(posted[1]).toMatchObject({ type: 'findings', body: { id: 7 } });
    expect((posted[1]!.body as { findings: { category: string }[] }).findings.map((f) => f.category)).toContain('opinion-disclaimer');
    expect(posted[2]).toEqual({ type: 'findings', body: { id: 8, findings: [] } });
  });

  it('says so when a pack does not compile, and answers checks with a failure rather than nothing', async () => {
    const broken = { ...DEFAULT_PACK, rules: [{ ...DEFAULT_PACK.rules[0]!, kind: 'no-such-kind' }] } as unknown as RulePack;
    await load({ type: 'load', body: { pass: 'rules', input: { pack: broken, profile: sample as OrgProfile } } });
    expect(posted[0]!.type).toBe('load-failed');
    send({ type: 'check', body: { id: 1, text: 'a draft', context: DEFAULT_CONTEXT } });
    expect(posted[1]).toMatchObject({ type: 'check-failed', body: { id: 1 } });
  });

  it('ignores what is not one of its messages', () => {
    scope.onmessage!({ data: 'hello' });
    scope.onmessage!({ data: { type: 7 } });
    expect(posted).toEqual([]);
  });

  it('has no coach: that pass is a worker script of its own, so retext never loads with the rules', async () => {
    await load({ type: 'load', body: { pass: 'coach', input: { coach: DEFAULT_PACK.coach!, profile: sample as OrgProfile } } });
    expect(posted[0]).toMatchObject({ type: 'load-failed', body: { message: expect.stringContaining('no coach pass') } });
  });
});

describe('the coach worker', () => {
  it('loads retext once, warms up, and answers each draft with tone tips of severity info', async () => {
    scope.onmessage = null;
    coachWorker.main();
    await load({ type: 'load', body: { pass: 'coach', input: { coach: DEFAULT_PACK.coach!, profile: sample as OrgProfile } } });
    expect(posted).toEqual([{ type: 'ready', body: {} }]);
    const context = { ...DEFAULT_CONTEXT, account: 'organisation' as const };
    send({ type: 'check', body: { id: 3, text: 'We will utilise the new booking system from Monday.', context } });
    const findings = (posted[1]!.body as { findings: { category: string; severity: string; rule: string }[] }).findings;
    expect(findings).toEqual([expect.objectContaining({ category: 'tone', severity: 'info', rule: 'plain-words' })]);
    send({ type: 'check', body: { id: 4, text: 'See you at the park on Saturday!', context } });
    expect(posted[2]).toEqual({ type: 'findings', body: { id: 4, findings: [] } });
  });

  it('has no rules pass', async () => {
    scope.onmessage = null;
    coachWorker.main();
    await load({ type: 'load', body: { pass: 'rules', input: { pack: DEFAULT_PACK, profile: sample as OrgProfile } } });
    expect(posted[0]!.type).toBe('load-failed');
  });
});
