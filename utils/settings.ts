import { storage } from 'wxt/utils/storage';
import type { SiteId } from '../rules/sites';

/** What staff can change; admins can lock any of these by name through policy (`lockedSettings`). */
export interface Settings {
  enabled: Record<SiteId, boolean>;
  /** "My profile already says my views are my own", per site. */
  profileDisclaimer: Record<SiteId, boolean>;
  /** Epoch milliseconds until which nudges are paused; 0 when not snoozed. */
  snoozeUntil: number;
}

export type SettingName = 'enabled.x' | 'enabled.facebook' | 'profileDisclaimer.x' | 'profileDisclaimer.facebook' | 'snooze';
export const SETTING_NAMES: readonly SettingName[] = [
  'enabled.x',
  'enabled.facebook',
  'profileDisclaimer.x',
  'profileDisclaimer.facebook',
  'snooze',
];

export const DEFAULT_SETTINGS: Settings = {
  enabled: { x: true, facebook: true },
  profileDisclaimer: { x: false, facebook: false },
  snoozeUntil: 0,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Setting names an admin locked, with the values policy forces, copied here by the background. */
export interface LockedSettings {
  names: SettingName[];
  values: Partial<Settings>;
}
export const lockedSettingsItem = storage.defineItem<LockedSettings>('local:lockedSettings', {
  fallback: { names: [], values: {} },
  version: 1,
});

export function isSnoozed(settings: Settings, now = Date.now()): boolean {
  return settings.snoozeUntil > now;
}

/** Reads one setting by the name policy uses to lock it. */
export function readSetting(settings: Settings, name: SettingName): boolean | number {
  if (name === 'snooze') return settings.snoozeUntil;
  const [group, site] = name.split('.') as ['enabled' | 'profileDisclaimer', SiteId];
  return settings[group][site];
}

/** Pure: `settings` with one setting changed; a value of the wrong type leaves them as they were. */
export function writeSetting(settings: Settings, name: SettingName, value: boolean | number): Settings {
  if (name === 'snooze') return typeof value === 'number' ? { ...settings, snoozeUntil: value } : settings;
  if (typeof value !== 'boolean') return settings;
  const [group, site] = name.split('.') as ['enabled' | 'profileDisclaimer', SiteId];
  return { ...settings, [group]: { ...settings[group], [site]: value } };
}

export function isLocked(locked: LockedSettings, name: SettingName): boolean {
  return locked.names.includes(name);
}

/** The settings in force: the user's, with every locked setting taking the value policy forces (if it gives one). */
export function effectiveSettings(settings: Settings, locked: LockedSettings): Settings {
  let result = settings;
  for (const name of locked.names) {
    const forced = locked.values;
    const value =
      name === 'snooze'
        ? forced.snoozeUntil
        : forced[name.startsWith('enabled.') ? 'enabled' : 'profileDisclaimer']?.[name.split('.')[1] as SiteId];
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
export async function changeSetting(name: SettingName, value: boolean | number): Promise<void> {
  if (isLocked(await lockedSettingsItem.getValue(), name)) throw new SettingLockedError(name);
  await settingsItem.setValue(writeSetting(await settingsItem.getValue(), name, value));
}

export type SnoozeLength = 'hour' | 'tomorrow';

/** When a snooze chosen at `now` ends: in an hour, or at 08:00 local time tomorrow (like a mail client's "tomorrow"). */
export function snoozeEnd(length: SnoozeLength, now: Date): number {
  if (length === 'hour') return now.getTime() + 60 * 60 * 1000;
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 8, 0, 0, 0);
  return end.getTime();
}
