import { storage } from 'wxt/utils/storage';

export type SiteId = 'x' | 'facebook';
export const SITES: readonly SiteId[] = ['x', 'facebook'];

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
