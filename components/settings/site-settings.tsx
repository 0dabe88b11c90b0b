import { SITES } from '../../rules/sites';
import { SiteSettingRows } from './site-setting-rows';
import { BioReadingNote } from './bio-reading-note';
import type { SettingsState } from './use-settings';

/** Every site's settings, each under the site's name. */
export function SiteSettings({ state }: { state: SettingsState }) {
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
    </section>
  );
}
