import { effectiveSettings, lockedSettingsItem, settingsItem } from '../../utils/settings';
import type { Settings } from '../../utils/settings-table';

/**
 * The writer's settings with anything the organisation locked taking the forced value, kept in
 * step with storage: the content script reads only whether Guidepost is on for the site and any
 * snooze. What the checks read (the pack, the profile, "views my own") stays in the checks frame.
 */
export async function watchSettings(signal: AbortSignal, onChange: (settings: Settings) => void): Promise<Settings> {
  const load = async () => effectiveSettings(await settingsItem.getValue(), await lockedSettingsItem.getValue());
  const reload = () => void load().then((settings) => signal.aborted || onChange(settings));
  const unwatchers = [settingsItem.watch(reload), lockedSettingsItem.watch(reload)];
  signal.addEventListener('abort', () => unwatchers.forEach((unwatch) => unwatch()), { once: true });
  return load();
}
