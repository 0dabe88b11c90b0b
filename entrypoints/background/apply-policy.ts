import { DEFAULT_SETTINGS, lockedSettingsItem, type LockedSettings, type Settings, type SettingName } from '../../utils/settings';
import { managedProfileItem } from '../../utils/storage-items';
import type { ManagedPolicy } from './managed-policy';

/** Policy's `lockedSettings` map in the shape the options page and content script read. */
export function toLockedSettings(locked: ManagedPolicy['lockedSettings']): LockedSettings {
  const names: SettingName[] = [];
  const values: Partial<Settings> = {};
  for (const [name, value] of Object.entries(locked) as [SettingName, boolean][]) {
    if (name === 'snooze') {
      // "snooze": false takes snoozing away; true leaves it to staff, as if not named.
      if (value) continue;
      values.snoozeUntil = 0;
    } else {
      const [group, site] = name.split('.') as ['enabled' | 'profileDisclaimer', 'x' | 'facebook'];
      values[group] = { ...DEFAULT_SETTINGS[group], ...values[group], [site]: value };
    }
    names.push(name);
  }
  return { names, values };
}

/** Copies the validated policy values other parts read; writes only what changed, so watchers stay quiet. */
export async function applyPolicy(policy: ManagedPolicy): Promise<void> {
  const profile = policy.orgProfile ?? null;
  if (JSON.stringify(await managedProfileItem.getValue()) !== JSON.stringify(profile)) await managedProfileItem.setValue(profile);
  const locked = toLockedSettings(policy.lockedSettings);
  if (JSON.stringify(await lockedSettingsItem.getValue()) !== JSON.stringify(locked)) await lockedSettingsItem.setValue(locked);
}
