import { bioCounts } from '../../utils/bio-reading';
import { isLocked } from '../../utils/settings';
import { siteName, type SiteId } from '../../rules/sites';
import { bioDisclaimerItem } from '../../utils/storage-items';
import { useStoredValue } from '../common/use-stored-value';
import { formatIso } from './format-time';
import type { SettingsState } from './use-settings';

/**
 * When Guidepost last read the writer's own bio on a site, what it said, and what that changed:
 * the page can show anything, so the writer should see what was taken from it, and can forget it.
 */
export function BioReadingNote({ site, state }: { site: SiteId; state: SettingsState }) {
  const readings = useStoredValue(bioDisclaimerItem);
  const reading = readings?.[site];
  if (!readings || !reading) return null;
  const name = siteName(site);
  const when = formatIso(reading.readAt);
  const counts = bioCounts(site, state.locked, readings);
  const effect = isLocked(state.locked, `profileDisclaimer.${site}`)
    ? 'Your organisation decides this setting, so your bio is not used.'
    : !reading.saysViewsOwn
      ? 'That changed nothing.'
      : state.settings.profileDisclaimer[site]
        ? 'You have also ticked the box above, so that changed nothing.'
        : `So Guidepost stopped asking for a disclaimer in your ${name} posts.`;
  const forget = () => void bioDisclaimerItem.setValue(Object.fromEntries(Object.entries(readings).filter(([s]) => s !== site)));
  return (
    <p class="gp-muted gp-bio-reading">
      Your {name} bio{when ? `, read ${when},` : ''} {reading.saysViewsOwn ? 'says' : 'does not say'} your views are your own.{' '}
      {effect}{' '}
      {counts ? (
        <button type="button" class="gp-link-button" onClick={forget}>
          Forget what my bio said
        </button>
      ) : null}
    </p>
  );
}
