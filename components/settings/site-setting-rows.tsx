import type { SiteId } from '../../rules/sites';
import { siteSettings } from '../../utils/settings-table';
import { SettingCheckbox } from './setting-checkbox';
import type { SettingsState } from './use-settings';

/** One site's switches from settings-table.ts, in table order: in the options page and the popup alike. */
export function SiteSettingRows({ site, state, withHints = true }: { site: SiteId; state: SettingsState; withHints?: boolean }) {
  return (
    <>
      {siteSettings(site)
        .filter((entry) => entry.row.type === 'switch')
        .map((entry) => (
          <SettingCheckbox key={entry.name} name={entry.name} state={state} withHint={withHints} />
        ))}
    </>
  );
}
