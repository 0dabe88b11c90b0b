import { facebookAdapter } from './facebook';
import type { SiteAdapter } from './site-adapter';
import { xAdapter } from './x';

const BY_HOST: Readonly<Record<string, SiteAdapter>> = {
  'x.com': xAdapter,
  'twitter.com': xAdapter,
  'www.facebook.com': facebookAdapter,
};

/** The adapter for a page's host name, or null where Guidepost has nothing to watch. */
export function adapterForHost(hostname: string): SiteAdapter | null {
  return BY_HOST[hostname] ?? null;
}
