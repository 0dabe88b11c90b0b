import type { DraftContext } from '../../rules/schema/context';
import type { OrgProfile } from '../../rules/schema/profile';
import type { SiteId } from '../../rules/sites';
import type { Settings } from '../../utils/settings-table';
import type { PageSignals } from '../content/sites/site-adapter';

/** Names compare without case, spacing or a leading "@": a Page called "Fernvale Leisure" is @FernvaleLeisure. */
function normalise(name: string): string {
  return name.replace(/^\s*@/, '').replace(/\s+/g, '').toLowerCase();
}

/**
 * True when the page says the draft goes out as one of the organisation's own accounts. An @handle
 * (X) is compared with the profile's handles; a name (a Facebook Page, or the person) with the
 * organisation's name, its handles and its aliases of two words or more: a short alias such as "FBC"
 * could as well be someone else's name.
 */
export function isOrganisationAccount(actingAs: string | null, profile: OrgProfile): boolean {
  const who = normalise(actingAs ?? '');
  if (who === '') return false;
  const isHandle = actingAs!.trim().startsWith('@');
  const names = isHandle ? profile.handles : [profile.name, ...profile.handles, ...profile.aliases.filter((alias) => alias.trim().split(/\s+/).length > 1)];
  return names.some((name) => normalise(name) === who);
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
