import { SITES } from '../../rules/sites';
import { SettingCheckbox } from './setting-checkbox';
import type { SettingsState } from './use-settings';

/** Per site: check drafts or not, and whether the profile there already carries a disclaimer. */
export function SiteSettings({ state }: { state: SettingsState }) {
  return (
    <section id="sites" class="gp-section" aria-labelledby="gp-sites-heading">
      <h2 id="gp-sites-heading">Sites</h2>
      {SITES.map(({ id: site, name }) => (
        <fieldset key={site} class="gp-site">
          <legend>{name}</legend>
          <SettingCheckbox name={`enabled.${site}`} label={`Check my drafts on ${name}`} state={state} />
          <SettingCheckbox
            name={`profileDisclaimer.${site}`}
            label={`My ${name} profile already says my views are my own`}
            hint="Guidepost then stops asking for a disclaimer in each post."
            state={state}
          />
        </fieldset>
      ))}
    </section>
  );
}
