import { SITES } from '../../rules/sites';
import { SETTINGS } from '../../utils/settings-table';
import { SiteSettingRows } from './site-setting-rows';
import { BioReadingNote } from './bio-reading-note';
import { SettingCheckbox } from './setting-checkbox';
import type { SettingsState } from './use-settings';

/** Every site's settings, each under the site's name, then the switches that hold for every site. */
export function SiteSettings({ state }: { state: SettingsState }) {
  const everySite = SETTINGS.filter((entry) => entry.site === null && entry.row.type === 'switch');
  return (
    <section id="sites" class="gp-section" aria-labelledby="gp-sites-heading">
      <h2 id="gp-sites-heading">Sites</h2>
      {SITES.map((site) => (
        <fieldset key={site.id} class="gp-site">
          <legend>{site.name}</legend>
          <SiteSettingRows site={site.id} state={state} />
          <BioReadingNote site={site.id} state={state} />
        </fieldset>
      ))}
      {everySite.length > 0 && (
        <fieldset class="gp-site">
          <legend>Every site</legend>
          {everySite.map((entry) => (
            <SettingCheckbox key={entry.name} name={entry.name} state={state} />
          ))}
        </fieldset>
      )}
    </section>
  );
}
