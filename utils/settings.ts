import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  LOCKABLE_SETTING_NAMES,
  completeSettings,
  heldValue,
  isSettingName,
  settingEntry,
  writeSetting,
  type SettingName,
  type SettingValue,
  type Settings,
  type StoredSettings,
} from './settings-table';

/**
 * The writer's settings (declared in settings-table.ts). Read them through `effectiveSettings`,
 * which fills in a default for anything an older release did not store.
 */
export const settingsItem = storage.defineItem<StoredSettings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Policy's `lockedSettings` as the background validated it: a setting's name → policy's true or false. */
export type LockedSettings = Partial<Record<SettingName, boolean>>;

/** Version 1 kept the names and the forced values apart, the values in the shape of Settings. */
interface LockedSettingsV1 {
  names?: string[];
  values?: Record<string, unknown>;
}

/** Version 1 → 2: each locked name with the true or false policy gave it. */
export function lockedSettingsFromV1(old: LockedSettingsV1): LockedSettings {
  const locked: LockedSettings = {};
  for (const name of old.names ?? []) {
    if (!isSettingName(name)) continue;
    const entry = settingEntry(name);
    // A time was only ever listed when policy said false (take snoozing away).
    if (entry.row.type === 'until') locked[entry.name] = false;
    else {
      const group = old.values?.[entry.field] as Record<string, unknown> | undefined;
      const value = entry.site === null ? old.values?.[entry.field] : group?.[entry.site];
      if (typeof value === 'boolean') locked[entry.name] = value;
    }
  }
  return locked;
}

/** Copied from policy by the background; pages and the content script read it. */
export const lockedSettingsItem = storage.defineItem<LockedSettings>('local:lockedSettings', {
  fallback: {},
  version: 2,
  migrations: { 2: lockedSettingsFromV1 },
});

export function isSnoozed(settings: Settings, now = Date.now()): boolean {
  return settings.snoozeUntil > now;
}

/** The value policy holds `name` at; undefined where staff choose. Anything but true or false in storage locks nothing. */
function held(locked: LockedSettings, name: SettingName): SettingValue | undefined {
  const policyValue: unknown = locked[name];
  return typeof policyValue === 'boolean' ? heldValue(name, policyValue) : undefined;
}

export function isLocked(locked: LockedSettings, name: SettingName): boolean {
  return held(locked, name) !== undefined;
}

/** The settings in force: the user's, completed with defaults, each locked setting at the value policy holds it to. */
export function effectiveSettings(stored: StoredSettings, locked: LockedSettings): Settings {
  let result = completeSettings(stored);
  for (const name of LOCKABLE_SETTING_NAMES) {
    const value = held(locked, name);
    if (value !== undefined) result = writeSetting(result, name, value);
  }
  return result;
}

export class SettingLockedError extends Error {
  constructor(readonly setting: SettingName) {
    super(`"${setting}" is locked by your organisation`);
    this.name = 'SettingLockedError';
  }
}

/** Changes one setting for the user; refuses (throws SettingLockedError) when policy locked it. */
export async function changeSetting(name: SettingName, value: SettingValue): Promise<void> {
  if (isLocked(await lockedSettingsItem.getValue(), name)) throw new SettingLockedError(name);
  await settingsItem.setValue(writeSetting(completeSettings(await settingsItem.getValue()), name, value));
}

export type SnoozeLength = 'hour' | 'tomorrow';

/** When a snooze chosen at `now` ends: in an hour, or at 08:00 local time tomorrow (like a mail client's "tomorrow"). */
export function snoozeEnd(length: SnoozeLength, now: Date): number {
  if (length === 'hour') return now.getTime() + 60 * 60 * 1000;
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 8, 0, 0, 0);
  return end.getTime();
}
