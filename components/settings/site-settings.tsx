import { SITES, type SiteId } from '../../rules/sites';
import { siteSettings } from '../../utils/settings-table';
import { SettingCheckbox } from './setting-checkbox';
import type { SettingsState } from './use-settings';

/** One site's switches from settings-table.ts, in table order. */
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

/** Every site's settings, each under the site's name. */
export function SiteSettings({ state }: { state: SettingsState }) {
  return (
    <section id="sites" class="gp-section" aria-labelledby="gp-sites-heading">
      <h2 id="gp-sites-heading">Sites</h2>
      {SITES.map((site) => (
        <fieldset key={site.id} class="gp-site">
          <legend>{site.name}</legend>
          <SiteSettingRows site={site.id} state={state} />
        </fieldset>
      ))}
    </section>
  );
}
