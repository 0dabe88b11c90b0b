import type { SiteId } from '../rules/sites';
import { isLocked, type LockedSettings } from './settings';

/** What the writer's own bio said about their views, as the content script last read it on their profile page. */
export interface BioReading {
  saysViewsOwn: boolean;
  /** ISO time it was read; absent for readings kept from before times were recorded. */
  readAt?: string;
}

export type BioReadings = Partial<Record<SiteId, BioReading>>;

/**
 * Whether the bio counts as the writer's profile saying their views are their own. The page is
 * not the organisation: where policy locked "my profile already says so" for the site, the lock
 * decides and nothing read from the page does.
 */
export function bioCounts(site: SiteId, locked: LockedSettings, bio: BioReadings): boolean {
  return !isLocked(locked, `profileDisclaimer.${site}`) && bio[site]?.saysViewsOwn === true;
}
