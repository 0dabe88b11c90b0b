// @vitest-environment happy-dom
// Policy comes from outside (an admin's file, and in Firefox nothing checks its shape), so any size
// or shape of it must be read without throwing: the good values still apply, the update alarm is
// still set, and the options page lists the problems, capped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PackStatusView } from '../../components/settings/pack-status-view';
import background from '../../entrypoints/background/index';
import { parseManagedPolicy } from '../../entrypoints/background/managed-policy';
import { UPDATE_ALARM } from '../../entrypoints/background/update-alarm';
import { signPack } from '../../rules/signing';
import { askBackground } from '../../utils/messages';
import { MAX_LISTED_PROBLEMS } from '../../utils/problem-list';
import { lockedSettingsItem } from '../../utils/settings';
import { activePackItem, managedProfileItem } from '../../utils/storage-items';
import { adminPackJson } from './support/admin-packs';
import { mountUi } from './support/mount-ui';
import { usePackHostWorld } from './support/pack-host-world';

const URL_A = 'https://packs.fernvale.example/a.json';
const ENTRIES = 200_000;


const world = usePackHostWorld();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a policy of any size or shape', () => {
  it(`with ${ENTRIES.toLocaleString('en-GB')} bad world.trusted keys and one good one: the good values apply, the pack installs, the alarm is set, and the options page lists ${MAX_LISTED_PROBLEMS} problems and how many more`, async () => {
    background.main();
    world.server.put(URL_A, await signPack(adminPackJson(1), world.signer), '"1"');
    const bad = Array.from({ length: ENTRIES }, (_, i) => ({ keyId: `key-${i}`, publicKey: 'not a key' }));
    await fakeBrowser.storage.managed.set({
      rulePackUrl: URL_A,
      trustedKeys: [...bad, world.trusted],
      orgProfile: { name: 'Fernvale Borough Council' },
      lockedSettings: { 'profileDisclaimer.x': false },
    });
    const answer = await askBackground('refresh-pack', {});
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(new RegExp(`^some policy values were ignored: policy trustedKeys\\[0\\]\\.publicKey: .*; and ${ENTRIES - MAX_LISTED_PROBLEMS} more$`));
    expect((await activePackItem.getValue())?.pack.version).toBe(1);
    expect(await managedProfileItem.getValue()).toMatchObject({ name: 'Fernvale Borough Council' });
    expect(await lockedSettingsItem.getValue()).toMatchObject({ 'profileDisclaimer.x': false });
    expect(await fakeBrowser.alarms.get(UPDATE_ALARM)).toMatchObject({ periodInMinutes: 60 });

    const { root, unmount } = await mountUi(<PackStatusView />);
    const items = [...root.querySelectorAll('.gp-policy-problems li')].map((li) => li.textContent);
    expect(root.querySelector('.gp-policy-problems strong')?.textContent).toBe(`${ENTRIES.toLocaleString('en-GB')} settings in your organisation's policy could not be used`);
    expect(items).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(items[0]).toBe('policy trustedKeys[0].publicKey: not base64 of a raw 32-byte Ed25519 public key');
    expect(items.at(-1)).toBe(`and ${(ENTRIES - MAX_LISTED_PROBLEMS).toLocaleString('en-GB')} more`);
    unmount();
  }, 120_000);

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'rulePackUrl=https://x'],
    ['an array', [1, 2, 3]],
    ['keys of the wrong types', { rulePackUrl: 7, trustedKeys: 'all of them', orgProfile: [], updateIntervalMinutes: {}, lockedSettings: 'yes', minPackVersion: true }],
    ['deeply nested values', { trustedKeys: [JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`)], orgProfile: { name: 'x', aliases: [JSON.parse(`${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`)] } }],
    [`${ENTRIES.toLocaleString('en-GB')} unknown settings locked`, { lockedSettings: Object.fromEntries(Array.from({ length: ENTRIES }, (_, i) => [`setting.${i}`, true])) }],
  ])('%s: read without throwing, with the defaults in force', (_name, raw) => {
    const reading = parseManagedPolicy(raw);
    expect(reading.policy).toMatchObject({ trustedKeys: [], updateIntervalMinutes: 60 });
    expect(reading.problems.first.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS);
  }, 60_000);
});
