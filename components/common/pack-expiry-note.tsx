import { isExpired } from '../../rules/signing/pack-expiry';
import { formatIso } from '../settings/format-time';
import { useActivePack } from './use-active-pack';

/**
 * Said on the options page and in the popup when the rules in force are past their `expires`:
 * they stay in force, as nothing newer has arrived, but the writer should know and tell the admin.
 */
export function PackExpiryNote({ now = new Date() }: { now?: Date }) {
  const active = useActivePack();
  if (!active || !isExpired(active.pack, now)) return null;
  const { expires } = active.pack;
  // A date alone means the end of that day.
  const when = /^\d{4}-\d{2}-\d{2}$/.test(expires!) ? new Date(`${expires}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) : (formatIso(expires) ?? expires);
  return (
    <div class="gp-alert gp-pack-expired" role="status">
      <strong>These rules expired on {when}.</strong> Guidepost keeps checking drafts with them until your organisation
      publishes newer ones. Please let your administrator know.
    </div>
  );
}
