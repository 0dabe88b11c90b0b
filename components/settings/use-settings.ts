import { effectiveSettings, lockedSettingsItem, settingsItem, type LockedSettings } from '../../utils/settings';
import type { Settings } from '../../utils/settings-table';
import { useStoredValue } from '../common/use-stored-value';

export interface SettingsState {
  /** What is in force: the user's choices with policy's locked values applied. */
  settings: Settings;
  locked: LockedSettings;
}

export function useSettings(): SettingsState | undefined {
  const settings = useStoredValue(settingsItem);
  const locked = useStoredValue(lockedSettingsItem);
  if (!settings || !locked) return undefined;
  return { settings: effectiveSettings(settings, locked), locked };
}
