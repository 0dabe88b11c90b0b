import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index';
import { UPDATE_ALARM } from '../../entrypoints/background/update-alarm';
import { generateSigningKey, importPrivateKeyFile, signPack } from '../../rules/signing';
import { askBackground } from '../../utils/messages';
import { lockedSettingsItem } from '../../utils/settings';
import { activePackItem, managedProfileItem, packStatusItem } from '../../utils/storage-items';
import { adminPackJson } from './support/admin-packs';
import { usePackHostWorld } from './support/pack-host-world';

const URL_A = 'https://packs.fernvale.example/a.json';
const URL_B = 'https://packs.fernvale.example/b.json';
const PROFILE = { name: 'Fernvale Borough Council', aliases: ['the council'], handles: ['@FernvaleBC'], topics: [], clientTerms: ['resident'] };


async function activeVersion() {
  return (await activePackItem.getValue())?.pack.version;
}

const world = usePackHostWorld(() => {
    background.main();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('background: policy and updates wired to browser events', () => {
  it('on install reads policy, copies profile and locked settings, installs the pack and sets the hourly alarm', async () => {
    world.server.put(URL_A, await signPack(adminPackJson(1), world.signer), '"1"');
    await fakeBrowser.storage.managed.set({
      rulePackUrl: URL_A,
      trustedKeys: [world.trusted],
      orgProfile: PROFILE,
      lockedSettings: { 'enabled.x': true, snooze: false },
    });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect(await activeVersion()).toBe(1));
    expect(await managedProfileItem.getValue()).toMatchObject({ name: 'Fernvale Borough Council', handles: ['@FernvaleBC'] });
    expect(await lockedSettingsItem.getValue()).toEqual({ 'enabled.x': true, snooze: false });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(UPDATE_ALARM)).toMatchObject({ periodInMinutes: 60 }));
  });

  it('a policy change (new URL and key) applies at once, without reinstalling', async () => {
    world.server.put(URL_A, await signPack(adminPackJson(1), world.signer), '"1"');
    await fakeBrowser.storage.managed.set({ rulePackUrl: URL_A, trustedKeys: [world.trusted] });
    await vi.waitFor(async () => expect(await activeVersion()).toBe(1));

    const next = await generateSigningKey('fernvale-2');
    const nextSigner = await importPrivateKeyFile(JSON.stringify(next.privateKeyFile));
    world.server.put(URL_B, await signPack(adminPackJson(2, 'restructure'), nextSigner), '"2"');
    await fakeBrowser.storage.managed.set({ rulePackUrl: URL_B, trustedKeys: [next.trustedKey], updateIntervalMinutes: 15 });
    await vi.waitFor(async () => expect(await activePackItem.getValue()).toMatchObject({ url: URL_B, pack: { version: 2 } }));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(UPDATE_ALARM)).toMatchObject({ periodInMinutes: 15 }));
  });

  it('answers refresh-pack with the outcome, and the alarm fetches again', async () => {
    await fakeBrowser.storage.managed.set({ rulePackUrl: URL_A, trustedKeys: [world.trusted] });
    world.server.put(URL_A, await signPack(adminPackJson(4), world.signer), '"4"');
    expect(await askBackground('refresh-pack', {})).toEqual({ ok: true });
    expect(await activeVersion()).toBe(4);

    world.server.put(URL_A, await signPack(adminPackJson(3), world.signer), '"3"');
    expect(await askBackground('refresh-pack', {})).toEqual({ ok: false, error: expect.stringContaining('rollback refused') });
    expect((await packStatusItem.getValue()).lastError).toContain('rollback refused');

    world.server.put(URL_A, await signPack(adminPackJson(5), world.signer), '"5"');
    await fakeBrowser.alarms.onAlarm.trigger({ name: UPDATE_ALARM, scheduledTime: Date.now(), periodInMinutes: 60 });
    await vi.waitFor(async () => expect(await activeVersion()).toBe(5));
  });

  it('reports bad policy values by path and still applies the good ones', async () => {
    world.server.put(URL_A, await signPack(adminPackJson(1), world.signer), '"1"');
    await fakeBrowser.storage.managed.set({
      rulePackUrl: URL_A,
      trustedKeys: [world.trusted],
      updateIntervalMinutes: 'hourly',
      lockedSettings: { 'enabled.myspace': true },
    });
    const answer = await askBackground('refresh-pack', {});
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/policy updateIntervalMinutes: .*number/);
    expect(answer.error).toMatch(/policy lockedSettings/);
    expect(await activeVersion()).toBe(1);
  });

  it('treats Firefox\'s rejection when no policy exists as "no policy"', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await askBackground('refresh-pack', {})).toEqual({ ok: true });
    expect(await activePackItem.getValue()).toMatchObject({ source: 'bundled' });
    expect(world.server.requests).toEqual([]);
  });

  it('answers no message of a type it does not know, and runs no update for one', async () => {
    await expect(fakeBrowser.runtime.sendMessage({ type: 'draft-status', request: {} })).resolves.toBeUndefined();
    expect(await packStatusItem.getValue()).toEqual({});
    expect(await askBackground('refresh-pack', {})).toEqual({ ok: true });
    expect(await packStatusItem.getValue()).toEqual({ lastCheckedAt: expect.any(String) });
  });
});
