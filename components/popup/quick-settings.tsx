import type { SiteId } from '../../rules/sites';
import { SiteSettingRows } from '../settings/site-setting-rows';
import { SnoozeControl } from '../settings/snooze-control';
import type { SettingsState } from '../settings/use-settings';

/** The settings people reach for while writing: this site's switches, and pause. */
export function QuickSettings({ site, state }: { site: SiteId | null; state: SettingsState }) {
  return (
    <section class="gp-quick-settings" aria-labelledby="gp-quick-heading">
      <h2 id="gp-quick-heading">Settings</h2>
      {site ? <SiteSettingRows site={site} state={state} withHints={false} /> : null}
      <SnoozeControl state={state} />
    </section>
  );
}
