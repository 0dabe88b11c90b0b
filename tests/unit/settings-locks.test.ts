import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingLockedError, changeSetting, effectiveSettings, isLocked, lockedSettingsFromV1, lockedSettingsItem, settingsItem, snoozeEnd } from '../../utils/settings';
import {
  DEFAULT_SETTINGS,
  SETTING_NAMES,
  completeSettings,
  readSetting,
  settingLabel,
  writeSetting,
  type SettingName,
} from '../../utils/settings-table';

beforeEach(() => fakeBrowser.reset());

describe('readSetting / writeSetting', () => {
  it.each<[SettingName, boolean | number]>([
    ['enabled.x', false],
    ['enabled.facebook', false],
    ['profileDisclaimer.x', true],
    ['profileDisclaimer.facebook', true],
    ['snooze', 1_800_000_000_000],
  ])('%s round-trips and leaves the other settings alone', (name, value) => {
    const changed = writeSetting(DEFAULT_SETTINGS, name, value);
    expect(readSetting(changed, name)).toBe(value);
    for (const other of SETTING_NAMES.filter((n) => n !== name))
      expect(readSetting(changed, other)).toBe(readSetting(DEFAULT_SETTINGS, other));
  });

  it('ignores a value of the wrong type', () => {
    expect(writeSetting(DEFAULT_SETTINGS, 'enabled.x', 0)).toEqual(DEFAULT_SETTINGS);
    expect(writeSetting(DEFAULT_SETTINGS, 'snooze', true)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('effectiveSettings', () => {
  it('applies the values policy forces for locked names only', () => {
    const user = writeSetting(writeSetting(DEFAULT_SETTINGS, 'enabled.x', false), 'enabled.facebook', false);
    const result = effectiveSettings(writeSetting(user, 'snooze', 1_800_000_000_000), { 'enabled.x': true, snooze: false });
    expect(result.enabled).toEqual({ x: true, facebook: false });
    expect(result.snoozeUntil).toBe(0);
  });

  it('leaves snoozing to staff when policy says "snooze": true', () => {
    const user = writeSetting(DEFAULT_SETTINGS, 'snooze', 1_800_000_000_000);
    expect(effectiveSettings(user, { snooze: true })).toEqual(user);
    expect(isLocked({ snooze: true }, 'snooze')).toBe(false);
    expect(isLocked({ snooze: false }, 'snooze')).toBe(true);
    expect(isLocked({ 'enabled.x': false }, 'enabled.x')).toBe(true);
  });

  it('locks nothing with what policy cannot have given: a value that is not true or false, a name not in the table', () => {
    const junk = { 'enabled.x': 'yes', names: ['enabled.facebook'] } as unknown as Parameters<typeof effectiveSettings>[1];
    expect(effectiveSettings(DEFAULT_SETTINGS, junk)).toEqual(DEFAULT_SETTINGS);
    expect(isLocked(junk, 'enabled.x')).toBe(false);
  });

  it('completes what storage holds: a missing or malformed value reads its default', () => {
    const result = effectiveSettings({ enabled: { x: false }, profileDisclaimer: 'yes', snoozeUntil: -5 }, {});
    expect(result).toEqual({ ...DEFAULT_SETTINGS, enabled: { ...DEFAULT_SETTINGS.enabled, x: false } });
    expect(completeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('changeSetting', () => {
  it('stores an unlocked change', async () => {
    await changeSetting('profileDisclaimer.x', true);
    expect(completeSettings(await settingsItem.getValue()).profileDisclaimer.x).toBe(true);
  });

  it('refuses a locked setting and leaves storage as it was', async () => {
    await lockedSettingsItem.setValue({ 'enabled.facebook': true });
    await expect(changeSetting('enabled.facebook', false)).rejects.toBeInstanceOf(SettingLockedError);
    expect(completeSettings(await settingsItem.getValue()).enabled.facebook).toBe(true);
    await changeSetting('enabled.x', false);
    expect(completeSettings(await settingsItem.getValue()).enabled.x).toBe(false);
  });
});

describe('snoozeEnd', () => {
  it('ends an hour from now', () => {
    const now = new Date(2026, 10, 24, 14, 20);
    expect(snoozeEnd('hour', now)).toBe(new Date(2026, 10, 24, 15, 20).getTime());
  });

  it.each([
    [new Date(2026, 10, 24, 14, 20), new Date(2026, 10, 25, 8, 0)],
    [new Date(2026, 10, 24, 0, 5), new Date(2026, 10, 25, 8, 0)],
    [new Date(2026, 11, 31, 23, 30), new Date(2027, 0, 1, 8, 0)],
  ])('from %s, "until tomorrow" ends at 08:00 the next day', (now, end) => {
    expect(snoozeEnd('tomorrow', now)).toBe(end.getTime());
  });
});

describe('the settings table', () => {
  it('names one setting per site for each per-site row, and snooze and the coach on personal posts once', () => {
    expect(SETTING_NAMES).toEqual(['enabled.x', 'enabled.facebook', 'profileDisclaimer.x', 'profileDisclaimer.facebook', 'snooze', 'coachPersonal']);
  });

  it.each<[SettingName, string]>([
    ['enabled.facebook', 'Check my drafts on Facebook'],
    ['profileDisclaimer.x', 'My X profile already says my views are my own'],
    ['snooze', 'Pause nudges'],
    ['coachPersonal', 'Tips on my personal posts too'],
  ])('labels %s "%s"', (name, label) => {
    expect(settingLabel(name)).toBe(label);
  });
});

describe('locked settings stored by version 1', () => {
  it.each([
    [{ names: ['enabled.x', 'snooze'], values: { enabled: { x: false, facebook: true }, snoozeUntil: 0 } }, { 'enabled.x': false, snooze: false }],
    [{ names: ['profileDisclaimer.facebook'], values: { profileDisclaimer: { x: false, facebook: true } } }, { 'profileDisclaimer.facebook': true }],
    [{ names: ['enabled.myspace', 'enabled.x'], values: {} }, {}],
    [{}, {}],
  ])('%j becomes %j', (old, locked) => {
    expect(lockedSettingsFromV1(old)).toEqual(locked);
  });

  it('are migrated when read', async () => {
    await fakeBrowser.storage.local.set({ lockedSettings: { names: ['enabled.facebook'], values: { enabled: { x: true, facebook: false } } } });
    const { lockedSettingsItem: fresh } = await reimportSettings();
    expect(await fresh.getValue()).toEqual({ 'enabled.facebook': false });
    expect(await fakeBrowser.storage.local.get('lockedSettings$')).toEqual({ lockedSettings$: { v: 2 } });
  });
});

/** A fresh copy of utils/settings, whose storage items run their migrations as a new release's would on start. */
async function reimportSettings(): Promise<typeof import('../../utils/settings')> {
  vi.resetModules();
  return import('../../utils/settings');
}
