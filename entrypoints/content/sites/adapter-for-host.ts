import { siteForHost, type SiteId } from '../../../rules/sites';
import { facebookAdapter } from './facebook';
import type { SiteAdapter } from './site-adapter';
import { xAdapter } from './x';

/** One adapter per site of rules/sites.ts, keyed by its id; each lives in `./<id>.ts`. */
export const ADAPTERS: Readonly<Record<SiteId, SiteAdapter>> = {
  x: xAdapter,
  facebook: facebookAdapter,
};

/** The adapter for a page's host name, or null where Guidepost has nothing to watch. */
export function adapterForHost(hostname: string): SiteAdapter | null {
  const site = siteForHost(hostname);
  return site ? ADAPTERS[site] : null;
}
