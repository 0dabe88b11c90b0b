// @vitest-environment happy-dom
// Stale packs: an expired pack in use stays in force (nothing better is at hand) but the options
// page and the popup say so, also while the host answers 304; the next good pack replaces it. The
// lowest version accepted is kept apart from the pack in use, and policy can set one for new installs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/popup-app';
import { PackStatusView } from '../../components/settings/pack-status-view';
import { parseManagedPolicy } from '../../entrypoints/background/managed-policy';
import { createPackUpdater } from '../../entrypoints/background/pack-updater';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { generateSigningKey, importPrivateKeyFile, signPack, type SigningKey, type TrustedKey } from '../../rules/signing';
import { activePackItem, packFloorItem } from '../../utils/storage-items';
import { adminPackJson } from './support/admin-packs';
import { mountUi } from './support/mount-ui';
import { createPackServer } from './support/pack-server';

const URL_A = 'https://packs.fernvale.example/pack.json';

let server: ReturnType<typeof createPackServer>;
let signer: SigningKey;
let trusted: TrustedKey;
let policy: Record<string, unknown>;
let now: Date;

const updater = () => createPackUpdater({ fetch: server.fetch, now: () => now, readPolicy: async () => parseManagedPolicy(policy) });
const signed = async (version: number | string, extra: Record<string, unknown> = {}) => signPack(adminPackJson(version, 'rota', extra), signer);
const activeVersion = async () => (await activePackItem.getValue())?.pack.version;

async function shown(ui: preact.JSX.Element): Promise<string> {
  const mounted = await mountUi(ui);
  const text = mounted.text();
  mounted.unmount();
  return text;
}

beforeEach(async () => {
  fakeBrowser.reset();
  server = createPackServer();
  const key = await generateSigningKey('fernvale-1');
  trusted = key.trustedKey;
  signer = await importPrivateKeyFile(JSON.stringify(key.privateKeyFile));
  policy = { rulePackUrl: URL_A, trustedKeys: [trusted] };
  now = new Date('2026-11-24T10:00:00Z');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('an expired pack in use', () => {
  it('stays in force under 304, and the options page and the popup say it has expired; the next good pack replaces it', async () => {
    vi.useFakeTimers({ now, toFake: ['Date'] });
    server.put(URL_A, await signed(1, { expires: '2026-11-30' }), '"v1"');
    expect(await updater().update()).toMatchObject({ ok: true });
    expect(await shown(<PackStatusView />)).not.toContain('expired');

    now = new Date('2026-12-05T10:00:00Z');
    vi.setSystemTime(now);
    expect(await updater().update()).toMatchObject({ ok: true });
    expect(server.requests.at(-1)).toEqual({ url: URL_A, ifNoneMatch: '"v1"' });
    expect(await activeVersion()).toBe(1);
    expect(await shown(<PackStatusView />)).toContain('These rules expired on 30 Nov 2026');
    expect(await shown(<PopupApp search="" />)).toContain('These rules expired on 30 Nov 2026');

    server.put(URL_A, await signed(2, { expires: '2027-06-30' }), '"v2"');
    expect(await updater().update()).toMatchObject({ ok: true });
    expect(await activeVersion()).toBe(2);
    expect(await shown(<PackStatusView />)).not.toContain('expired');
  });
});

describe('the lowest version accepted', () => {
  it('is stored apart from the pack in use, so losing the active pack does not reopen rollback', async () => {
    server.put(URL_A, await signed(5), '"v5"');
    await updater().update();
    expect(await packFloorItem.getValue()).toBe(5);
    await activePackItem.setValue(null);
    server.put(URL_A, await signed(3), '"v3"');
    const result = await updater().update();
    expect(result.error).toBe('pack version 3 is older than version 5, the oldest this install accepts (rollback refused)');
    expect(await activeVersion()).toBe(DEFAULT_PACK.version);
  });

  it("comes from policy's minPackVersion on a fresh install, as digits or semver", async () => {
    policy = { ...policy, minPackVersion: '4' };
    server.put(URL_A, await signed(3), '"v3"');
    expect((await updater().update()).error).toBe('pack version 3 is older than version 4, the oldest this install accepts (rollback refused)');
    expect(await activeVersion()).toBe(DEFAULT_PACK.version);
    server.put(URL_A, await signed(4), '"v4"');
    expect(await updater().update()).toMatchObject({ ok: true });
    expect(await activeVersion()).toBe(4);

    fakeBrowser.reset();
    policy = { ...policy, minPackVersion: '2.1.0' };
    server.put(URL_A, await signed('2.0.9'), '"x"');
    expect((await updater().update()).error).toMatch(/older than version 2\.1\.0/);
  });
});
