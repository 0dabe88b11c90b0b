import { storage } from 'wxt/utils/storage';
import type { PackVersion, RulePack } from '../rules/schema/pack';
import type { OrgProfile } from '../rules/schema/profile';
import type { SiteId } from '../rules/sites';
import type { BioReadings } from './bio-reading';
import { NO_BOUNDARY_TIPS, type BoundaryTips } from './boundary-tips';
import type { ListedProblems } from './problem-list';

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

/**
 * Where the pack is stored, and in which version: version 2 holds it as this release's schema
 * reads it. Only the background writes it, and it alone carries the schema, so it migrates a pack
 * an older release stored (entrypoints/background/stored-pack.ts); pages and the content script read.
 */
export const ACTIVE_PACK_STORAGE = { key: 'local:activePack', version: 2 } as const;

export const activePackItem = storage.defineItem<ActivePack | null>(ACTIVE_PACK_STORAGE.key, {
  fallback: null,
  version: ACTIVE_PACK_STORAGE.version,
});

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

/** Which people the boundaries tip has shown for (salted hashes) and on which day it last did (utils/boundary-tips.ts). */
export const boundaryTipsItem = storage.defineItem<BoundaryTips>('local:boundaryTips', { fallback: NO_BOUNDARY_TIPS, version: 1 });
