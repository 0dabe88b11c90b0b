/**
 * The sites Guidepost works on, once: their ids (what packs, contexts and settings name them by),
 * their names for people, and the hosts their pages are served from. The content script's matches,
 * the per-site settings and the adapters keyed by id all come from this list, so a new site is one
 * entry here plus its adapter in entrypoints/content/sites/<id>.ts.
 */

export interface Site {
  readonly id: string;
  readonly name: string;
  readonly hosts: readonly string[];
}

export const SITES = [
  { id: 'x', name: 'X', hosts: ['x.com', 'twitter.com'] },
  { id: 'facebook', name: 'Facebook', hosts: ['www.facebook.com'] },
] as const satisfies readonly Site[];

export type SiteId = (typeof SITES)[number]['id'];

/** The ids in list order, shaped for `z.enum`. */
export const SITE_IDS = SITES.map((site) => site.id) as [SiteId, ...SiteId[]];

/** The site's name as people know it: "X", "Facebook". */
export function siteName(id: SiteId): string {
  return SITES.find((site) => site.id === id)!.name;
}

/** The site a page's host name belongs to, or null where Guidepost has nothing to watch. */
export function siteForHost(hostname: string): SiteId | null {
  return SITES.find((site) => (site.hosts as readonly string[]).includes(hostname))?.id ?? null;
}

/** Match patterns for every page of every site, as the manifest's content scripts take them. */
export const SITE_PAGES: string[] = SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
