import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GENERIC_PROFILE, orgProfileSchema, type OrgProfile } from '../../rules/schema/profile';
import type { RulePack } from '../../rules/schema/pack';
import { loadActiveProfile, resolveActiveProfile, type ProfileInputs } from '../../utils/active-profile';
import { onboardingItem, shouldOnboard } from '../../utils/onboarding';
import { activePackItem, managedProfileItem, userProfileItem, type ActivePack } from '../../utils/storage-items';

const SAMPLE = orgProfileSchema.parse(JSON.parse(readFileSync('rules/profiles/sample-org.json', 'utf8')));
const POLICY: OrgProfile = { ...SAMPLE, name: 'From policy' };
const ADMIN_PACK_PROFILE: OrgProfile = { ...SAMPLE, name: 'From the admin pack' };
const USER: OrgProfile = { ...SAMPLE, name: 'From onboarding' };

function pack(source: ActivePack['source'], profile?: OrgProfile): ActivePack {
  const p = { id: 'test-pack', name: 'Test', version: 1, guidance: [], rules: [], profile } as unknown as RulePack;
  return { pack: p, source, installedAt: '2026-11-24T09:00:00Z' };
}

beforeEach(() => fakeBrowser.reset());

describe('resolveActiveProfile', () => {
  it.each<[string, ProfileInputs, string, string, boolean]>([
    ['policy beats everything', { managed: POLICY, activePack: pack('admin', ADMIN_PACK_PROFILE), user: USER }, 'From policy', 'policy', true],
    ["the admin pack's profile beats the user's", { managed: null, activePack: pack('admin', ADMIN_PACK_PROFILE), user: USER }, 'From the admin pack', 'admin-pack', true],
    ["the user's beats a bundled pack's", { managed: null, activePack: pack('bundled', ADMIN_PACK_PROFILE), user: USER }, 'From onboarding', 'user', false],
    ["a bundled pack's stands in for a missing user profile", { managed: null, activePack: pack('bundled', ADMIN_PACK_PROFILE), user: null }, 'From the admin pack', 'bundled-pack', false],
    ['an admin pack without a profile leaves the user in charge', { managed: null, activePack: pack('admin'), user: USER }, 'From onboarding', 'user', false],
    ['generic words when nobody said anything', { managed: null, activePack: null, user: null }, GENERIC_PROFILE.name, 'generic', false],
  ])('%s', (_, inputs, name, source, managed) => {
    const active = resolveActiveProfile(inputs);
    expect(active.profile.name).toBe(name);
    expect(active.source).toBe(source);
    expect(active.managed).toBe(managed);
  });

  it('reads the same answer from storage', async () => {
    await userProfileItem.setValue(USER);
    expect((await loadActiveProfile()).source).toBe('user');
    await managedProfileItem.setValue(POLICY);
    expect(await loadActiveProfile()).toEqual({ profile: POLICY, source: 'policy', managed: true });
  });
});

describe('shouldOnboard', () => {
  it('asks on a fresh install without an admin', async () => {
    expect(await shouldOnboard()).toBe(true);
  });

  it('does not ask when policy supplies a profile', async () => {
    await managedProfileItem.setValue(POLICY);
    expect(await shouldOnboard()).toBe(false);
  });

  it("does not ask when the admin's pack carries a profile", async () => {
    await activePackItem.setValue(pack('admin', ADMIN_PACK_PROFILE));
    expect(await shouldOnboard()).toBe(false);
  });

  it('does not ask again once answered or skipped', async () => {
    await userProfileItem.setValue(USER);
    expect(await shouldOnboard()).toBe(false);
    await userProfileItem.removeValue();
    await onboardingItem.setValue({ skippedAt: '2026-11-24T09:00:00Z' });
    expect(await shouldOnboard()).toBe(false);
  });
});
