import { SITES } from '../../utils/settings';
import { SITE_NAMES } from '../popup/finding-labels';
import { BioReadingNote } from './bio-reading-note';
import { SettingCheckbox } from './setting-checkbox';
import type { SettingsState } from './use-settings';

/** Per site: check drafts or not, and whether the profile there already carries a disclaimer. */
export function SiteSettings({ state }: { state: SettingsState }) {
  return (
    <section id="sites" class="gp-section" aria-labelledby="gp-sites-heading">
      <h2 id="gp-sites-heading">Sites</h2>
      {SITES.map((site) => (
        <fieldset key={site} class="gp-site">
          <legend>{SITE_NAMES[site]}</legend>
          <SettingCheckbox name={`enabled.${site}`} label={`Check my drafts on ${SITE_NAMES[site]}`} state={state} />
          <SettingCheckbox
            name={`profileDisclaimer.${site}`}
            label={`My ${SITE_NAMES[site]} profile already says my views are my own`}
            hint="Guidepost then stops asking for a disclaimer in each post."
            state={state}
          />
          <BioReadingNote site={site} state={state} />
        </fieldset>
      ))}
    </section>
  );
}
