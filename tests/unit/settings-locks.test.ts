import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTING_NAMES,
  SettingLockedError,
  changeSetting,
  effectiveSettings,
  lockedSettingsItem,
  readSetting,
  settingsItem,
  snoozeEnd,
  writeSetting,
  type SettingName,
} from '../../utils/settings';

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
    const result = effectiveSettings(user, {
      names: ['enabled.x', 'snooze'],
      values: { enabled: { x: true, facebook: true }, snoozeUntil: 0 },
    });
    expect(result.enabled).toEqual({ x: true, facebook: false });
    expect(result.snoozeUntil).toBe(0);
  });

  it("keeps the user's value when a locked name comes without a forced value", () => {
    const user = writeSetting(DEFAULT_SETTINGS, 'profileDisclaimer.facebook', true);
    expect(effectiveSettings(user, { names: ['profileDisclaimer.facebook'], values: {} })).toEqual(user);
  });
});

describe('changeSetting', () => {
  it('stores an unlocked change', async () => {
    await changeSetting('profileDisclaimer.x', true);
    expect((await settingsItem.getValue()).profileDisclaimer.x).toBe(true);
  });

  it('refuses a locked setting and leaves storage as it was', async () => {
    await lockedSettingsItem.setValue({ names: ['enabled.facebook'], values: { enabled: { x: true, facebook: true } } });
    await expect(changeSetting('enabled.facebook', false)).rejects.toBeInstanceOf(SettingLockedError);
    expect((await settingsItem.getValue()).enabled.facebook).toBe(true);
    await changeSetting('enabled.x', false);
    expect((await settingsItem.getValue()).enabled.x).toBe(false);
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
