import { storage } from 'wxt/utils/storage';
import type { PackVersion, RulePack } from '../rules/schema/pack';
import type { OrgProfile } from '../rules/schema/profile';
import type { BioReadings } from './bio-reading';
import type { ListedProblems } from './problem-list';
import type { SiteId } from './settings';

/**
 * Every value Guidepost keeps, in one place. Values are validated where they enter
 * (pack import, policy, onboarding), so readers trust them.
 */

export type PackSource = 'bundled' | 'admin';

/** The pack in force, switched atomically by the background after every check has passed. */
export interface ActivePack {
  pack: RulePack;
  source: PackSource;
  url?: string;
  etag?: string;
  /** The address whose answer set `etag` (after redirects): the only one it is sent back to. */
  etagUrl?: string;
  /** ISO time the pack was installed. */
  installedAt: string;
}

export const activePackItem = storage.defineItem<ActivePack | null>('local:activePack', { fallback: null, version: 1 });

/** The outcome of the latest update attempt, shown in the popup and options page. */
export interface PackStatus {
  lastCheckedAt?: string;
  lastError?: string;
  lastErrorAt?: string;
  /** Policy values the latest reading ignored, shown on the options page. */
  policyProblems?: ListedProblems;
}
export const packStatusItem = storage.defineItem<PackStatus>('local:packStatus', { fallback: {}, version: 1 });

/**
 * The lowest pack version this install will accept: the highest admin pack it ever installed.
 * Kept apart from the active pack so that nothing that replaces or clears the active pack lowers it.
 */
export const packFloorItem = storage.defineItem<PackVersion | null>('local:packFloor', { fallback: null, version: 1 });

/** The profile the user gave at onboarding; an admin's profile (policy or pack) wins over it. */
export const userProfileItem = storage.defineItem<OrgProfile | null>('local:userProfile', { fallback: null, version: 1 });

/** The profile from enterprise policy, copied here by the background after validation. */
export const managedProfileItem = storage.defineItem<OrgProfile | null>('local:managedProfile', { fallback: null, version: 1 });

/**
 * Per site, whether the writer's own bio says their views are their own, and when it was read, as
 * last seen on their profile page by the content script. Counts like the "my profile says so"
 * setting unless policy locked that (utils/bio-reading.ts).
 */
export const bioDisclaimerItem = storage.defineItem<BioReadings>('local:bioDisclaimer', {
  fallback: {},
  version: 2,
  migrations: {
    // Version 1 kept only the verdict.
    2: (old: Partial<Record<SiteId, boolean>>): BioReadings =>
      Object.fromEntries(Object.entries(old).map(([site, saysViewsOwn]) => [site, { saysViewsOwn: saysViewsOwn === true }])),
  },
});
