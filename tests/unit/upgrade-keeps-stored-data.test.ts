// An upgrade keeps what staff and admins set. The fixtures are what earlier releases really stored
// (tests/fixtures/stored-by-older-releases.md says how each was captured); each test puts one in
// the fake browser's storage.local and then loads this release's modules, so their storage items
// run their migrations as they would when the upgraded extension starts.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import { GENERIC_PROFILE } from '../../rules/schema/profile';
import { DEFAULT_SETTINGS, SETTINGS, SETTING_NAMES, completeSettings, readSetting, type SettingEntry } from '../../utils/settings-table';

type Stored = Record<string, unknown>;
const EDF8AA8: Stored = JSON.parse(readFileSync('tests/fixtures/storage-edf8aa8.json', 'utf8'));
const OLDER_PACK: Stored = JSON.parse(readFileSync('tests/fixtures/active-pack-4211d43.json', 'utf8'));

/** This release starting on `stored`: fresh modules, whose items migrate what they find. */
async function startOn(stored: Stored) {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(structuredClone(stored));
  vi.resetModules();
  const [settings, items, feedback, onboarding, activeProfile, storedPack, updater, policy] = await Promise.all([
    import('../../utils/settings'),
    import('../../utils/storage-items'),
    import('../../utils/feedback'),
    import('../../utils/onboarding'),
    import('../../utils/active-profile'),
    import('../../entrypoints/background/stored-pack'),
    import('../../entrypoints/background/pack-updater'),
    import('../../entrypoints/background/managed-policy'),
  ]);
  // The background reads the pack first after an upgrade; the pages read what it leaves.
  const pack = await storedPack.storedPackItem.getValue();
  return { settings, items, feedback, onboarding, activeProfile, storedPack, updater, policy, pack };
}

/** Where a setting sits in what a release stored, read without trusting the shape. */
function storedSetting(stored: Stored, { field, site }: SettingEntry): unknown {
  const value = (stored['settings'] as Record<string, unknown>)[field];
  return site === null ? value : (value as Record<string, unknown>)[site];
}

/** What a setting should read after the upgrade: as the release left it, or its default if added since (coachPersonal). */
function expectedAfterUpgrade(stored: Stored, entry: SettingEntry): unknown {
  return storedSetting(stored, entry) ?? readSetting(DEFAULT_SETTINGS, entry.name);
}

/** Stored settings as a release that did not yet have `entry` left them. */
function without(settings: Stored, { field, site }: SettingEntry): Stored {
  const rest = Object.fromEntries(Object.entries(settings).filter(([key]) => key !== field));
  if (site === null) return rest;
  const perSite = Object.entries(settings[field] as Stored).filter(([key]) => key !== site);
  return { ...rest, [field]: Object.fromEntries(perSite) };
}

beforeEach(() => fakeBrowser.reset());

describe('upgrading from the release at edf8aa8', () => {
  it('stored no version marks: every item reads as version 1', () => {
    expect(Object.keys(EDF8AA8).filter((key) => key.endsWith('$'))).toEqual([]);
    expect(Object.keys(EDF8AA8).sort()).toEqual(
      ['activePack', 'bioDisclaimer', 'feedback', 'lockedSettings', 'managedProfile', 'onboarding', 'packStatus', 'settings', 'userProfile'].sort(),
    );
  });

  it.each(SETTINGS.map((entry) => [entry.name, entry] as const))('keeps the setting %s as the writer left it', async (_name, entry) => {
    const { settings } = await startOn(EDF8AA8);
    const inForce = completeSettings(await settings.settingsItem.getValue());
    expect(readSetting(inForce, entry.name)).toBe(expectedAfterUpgrade(EDF8AA8, entry));
  });

  it.each(SETTINGS.map((entry) => [entry.name, entry] as const))(
    'gives %s its default, never undefined, where the release stored nothing for it',
    async (_name, entry) => {
      // As a setting added after edf8aa8 finds it: every other value there, this one missing.
      const { settings } = await startOn({ ...EDF8AA8, settings: without(EDF8AA8['settings'] as Stored, entry) });
      const inForce = settings.effectiveSettings(await settings.settingsItem.getValue(), {});
      for (const name of SETTING_NAMES) expect(readSetting(inForce, name), name).not.toBeUndefined();
      expect(readSetting(inForce, entry.name)).toBe(readSetting(DEFAULT_SETTINGS, entry.name));
      for (const other of SETTINGS.filter((e) => e.name !== entry.name)) expect(readSetting(inForce, other.name)).toBe(expectedAfterUpgrade(EDF8AA8, other));
    },
  );

  it('keeps the locked setting, in the form this release stores', async () => {
    const { settings } = await startOn(EDF8AA8);
    const locked = await settings.lockedSettingsItem.getValue();
    expect(locked).toEqual({ 'profileDisclaimer.facebook': true });
    expect(settings.isLocked(locked, 'profileDisclaimer.facebook')).toBe(true);
    expect(settings.effectiveSettings(await settings.settingsItem.getValue(), locked).profileDisclaimer).toEqual({ x: true, facebook: true });
    expect(await fakeBrowser.storage.local.get('lockedSettings$')).toEqual({ lockedSettings$: { v: 2 } });
  });

  it("keeps the writer's profile, the admin's profile and which one is in force", async () => {
    const { items, activeProfile } = await startOn(EDF8AA8);
    expect(await items.userProfileItem.getValue()).toEqual(EDF8AA8['userProfile']);
    expect(await items.managedProfileItem.getValue()).toEqual(EDF8AA8['managedProfile']);
    expect(await activeProfile.loadActiveProfile()).toEqual({ profile: EDF8AA8['managedProfile'], source: 'policy', managed: true });
  });

  it('keeps the feedback counts, and counts on from them', async () => {
    const { feedback } = await startOn(EDF8AA8);
    expect(await feedback.feedbackItem.getValue()).toEqual(EDF8AA8['feedback']);
    await feedback.recordFeedback('internal-word', 'shown');
    expect((await feedback.feedbackItem.getValue()).rules['internal-word']!.shown).toBe(6);
  });

  it('keeps onboarding done, what the bio said and the last update check', async () => {
    const { items, onboarding } = await startOn(EDF8AA8);
    expect(await onboarding.onboardingItem.getValue()).toEqual(EDF8AA8['onboarding']);
    expect(await onboarding.shouldOnboard()).toBe(false);
    // The bio reading keeps its verdict; this release also records when it was read, which the old one did not know.
    const bio = EDF8AA8['bioDisclaimer'] as Record<string, boolean>;
    expect(await items.bioDisclaimerItem.getValue()).toEqual(Object.fromEntries(Object.entries(bio).map(([site, says]) => [site, { saysViewsOwn: says }])));
    expect(await items.packStatusItem.getValue()).toEqual(EDF8AA8['packStatus']);
  });

  it("keeps the admin's last good pack in force, unchanged, and checks drafts with it", async () => {
    const { pack, items, updater, policy } = await startOn(EDF8AA8);
    expect(pack).toEqual(EDF8AA8['activePack']);
    expect(await items.activePackItem.getValue()).toEqual(EDF8AA8['activePack']);
    expect(await fakeBrowser.storage.local.get('activePack$')).toEqual({ activePack$: { v: 2 } });
    const findings = compile(pack!.pack, GENERIC_PROFILE).check('The rota changed again', DEFAULT_CONTEXT);
    expect(findings.map((f) => f.rule)).toEqual(['internal-word']);

    // The first update after the upgrade, with the admin's host out of reach, keeps it.
    const run = updater.createPackUpdater({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      now: () => new Date('2026-12-08T09:00:00Z'),
      readPolicy: async () => policy.parseManagedPolicy({ rulePackUrl: (EDF8AA8['activePack'] as { url: string }).url }),
    });
    expect((await run.update()).ok).toBe(false);
    expect(await items.activePackItem.getValue()).toEqual(EDF8AA8['activePack']);
  });
});

describe('a pack stored by an older release (4211d43)', () => {
  it('lacked fields this release fills in, and still reads as that release stored it', () => {
    const rule = (OLDER_PACK['pack'] as { rules: Array<Record<string, unknown>> }).rules.find((r) => r['kind'] === 'sentiment-gated')!;
    expect(rule['distractors']).toBeUndefined();
    expect(rule['ignoreWithin']).toBeUndefined();
  });

  it('is kept in force, with every value as stored and the new fields at their defaults', async () => {
    const { pack, items } = await startOn({ activePack: OLDER_PACK });
    const stored = OLDER_PACK as { pack: { rules: Array<Record<string, unknown>> } };
    expect(pack).toEqual({
      ...OLDER_PACK,
      pack: { ...stored.pack, rules: stored.pack.rules.map((r) => (r['kind'] === 'sentiment-gated' ? { ...r, distractors: [], ignoreWithin: [] } : r)) },
    });
    expect(await items.activePackItem.getValue()).toEqual(pack);
    const findings = compile(pack!.pack, pack!.pack.profile!).check('Fernvale Council is a shambles', DEFAULT_CONTEXT);
    expect(findings.map((f) => f.rule)).toEqual(['criticises-employer']);
  });

  it('gives way to the bundled pack when this release refuses it, and the next update says why the admin pack failed', async () => {
    const broken = structuredClone(OLDER_PACK) as { pack: { rules: Array<Record<string, unknown>> } };
    broken.pack.rules[1]!['kind'] = 'a-kind-long-gone';
    const { pack, items, updater, policy } = await startOn({ activePack: broken });
    expect(pack).toMatchObject({ source: 'bundled', pack: DEFAULT_PACK });
    await updater
      .createPackUpdater({
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
        now: () => new Date('2026-12-08T09:00:00Z'),
        readPolicy: async () => policy.parseManagedPolicy({ rulePackUrl: 'https://packs.fernvale.example/staff.json' }),
      })
      .update();
    expect(await items.activePackItem.getValue()).toMatchObject({ source: 'bundled', pack: DEFAULT_PACK });
    expect((await items.packStatusItem.getValue()).lastError).toContain('could not reach');
  });
});
