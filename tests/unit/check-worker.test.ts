import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import checkWorker from '../../entrypoints/check-worker';
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
  it('compiles the pack once when loaded, warms up, says it is ready, and then checks draft after draft', () => {
    send({ type: 'load', body: { pass: 'rules', input: { pack: DEFAULT_PACK, profile: sample as OrgProfile } } });
    expect(posted).toEqual([{ type: 'ready', body: {} }]);
    send({ type: 'check', body: { id: 7, text: 'I think the council should sort out the parking on our road.', context: DEFAULT_CONTEXT } });
    send({ type: 'check', body: { id: 8, text: 'Lovely walk along the river this morning with the dog.', context: DEFAULT_CONTEXT } });
    expect(posted[1]).toMatchObject({ type: 'findings', body: { id: 7 } });
    expect((posted[1]!.body as { findings: { category: string }[] }).findings.map((f) => f.category)).toContain('opinion-disclaimer');
    expect(posted[2]).toEqual({ type: 'findings', body: { id: 8, findings: [] } });
  });

  it('says so when a pack does not compile, and answers checks with a failure rather than nothing', () => {
    const broken = { ...DEFAULT_PACK, rules: [{ ...DEFAULT_PACK.rules[0]!, kind: 'no-such-kind' }] } as unknown as RulePack;
    send({ type: 'load', body: { pass: 'rules', input: { pack: broken, profile: sample as OrgProfile } } });
    expect(posted[0]!.type).toBe('load-failed');
    send({ type: 'check', body: { id: 1, text: 'a draft', context: DEFAULT_CONTEXT } });
    expect(posted[1]).toMatchObject({ type: 'check-failed', body: { id: 1 } });
  });

  it('ignores what is not one of its messages', () => {
    scope.onmessage!({ data: 'hello' });
    scope.onmessage!({ data: { type: 7 } });
    expect(posted).toEqual([]);
  });
});
