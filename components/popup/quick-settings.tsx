import { siteName, type SiteId } from '../../rules/sites';
import { SettingCheckbox } from '../settings/setting-checkbox';
import { SnoozeControl } from '../settings/snooze-control';
import type { SettingsState } from '../settings/use-settings';

/** The settings people reach for while writing: this site on or off, the profile disclaimer, and pause. */
export function QuickSettings({ site, state }: { site: SiteId | null; state: SettingsState }) {
  return (
    <section class="gp-quick-settings" aria-labelledby="gp-quick-heading">
      <h2 id="gp-quick-heading">Settings</h2>
      {site ? (
        <>
          <SettingCheckbox name={`enabled.${site}`} label={`Check my drafts on ${siteName(site)}`} state={state} />
          <SettingCheckbox
            name={`profileDisclaimer.${site}`}
            label={`My ${siteName(site)} profile already says my views are my own`}
            state={state}
          />
        </>
      ) : null}
      <SnoozeControl state={state} />
    </section>
  );
}
