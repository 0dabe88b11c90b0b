import type { DraftContext } from '../../rules/schema/context';
import type { OrgProfile } from '../../rules/schema/profile';
import type { SiteId } from '../../rules/sites';
import type { Settings } from '../../utils/settings-table';
import type { PageSignals } from '../content/sites/site-adapter';

/** Handles compare without the "@" and case; Page names compare by their words. */
function normalise(name: string): string {
  return name.trim().replace(/^@/, '').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * True when the page says the draft goes out as one of the organisation's own accounts: a handle in
 * the profile, or a Facebook Page named exactly as the organisation.
 */
export function isOrganisationAccount(actingAs: string | null, profile: OrgProfile): boolean {
  if (!actingAs) return false;
  const who = normalise(actingAs);
  if (who === '') return false;
  return [...profile.handles, profile.name].some((handle) => normalise(handle) === who);
}

/**
 * Puts together what the page shows, the organisation profile and the writer's settings. The
 * profile counts as saying "views my own" when the writer ticked it or their bio was seen saying so.
 */
export function draftContext(site: SiteId, signals: PageSignals, profile: OrgProfile, settings: Settings, bioSaysSo = false): DraftContext {
  return {
    site,
    account: isOrganisationAccount(signals.actingAs, profile) ? 'organisation' : 'personal',
    audience: signals.audience,
    profileDisclaimer: settings.profileDisclaimer[site] || bioSaysSo,
    reply: signals.reply,
    media: signals.media,
  };
}
