// Where each replica lives: the real sites' URLs, and the CDN URLs its bundle is served from.
import type { SiteId } from '../../../rules/sites';
import type { ReplicaScenario } from '../shared/options';

export type ReplicaSite = 'x' | 'fb';

/** The replica (tests/replica/<folder>) of each site of rules/sites.ts: a new site has none until it is written. */
export const REPLICA_OF_SITE: Record<SiteId, ReplicaSite> = { x: 'x', facebook: 'fb' };

export const SCENARIO_URLS: Record<ReplicaScenario, string> = {
  'x-timeline': 'https://x.com/home',
  'x-modal': 'https://x.com/compose/post',
  'x-thread': 'https://x.com/compose/post',
  'x-reply': 'https://x.com/sampatel_fv/status/1862400000000000001',
  'fb-post': 'https://www.facebook.com/',
  'fb-comment': 'https://www.facebook.com/FernvaleLeisure/posts/pfbid02sample',
  'fb-friend-requests': 'https://www.facebook.com/friends/requests/',
  'fb-profile': 'https://www.facebook.com/alex.morgan.fv',
};

/** Served like the sites' own bundles, from their static hosts. */
export const SCRIPT_URLS: Record<ReplicaSite, string> = {
  x: 'https://abs.twimg.com/responsive-web/client-web/replica.x.js',
  fb: 'https://static.xx.fbcdn.net/rsrc.php/v4/replica.fb.js',
};

export const siteOf = (scenario: ReplicaScenario): ReplicaSite => (scenario.startsWith('x-') ? 'x' : 'fb');

/** Permanent redirects the real sites answer with. */
export function redirectFor(url: URL): string | null {
  if (url.hostname === 'twitter.com' || url.hostname === 'www.twitter.com') return `https://x.com${url.pathname}${url.search}`;
  if (url.hostname === 'facebook.com') return `https://www.facebook.com${url.pathname}${url.search}`;
  if (url.hostname === 'x.com' && url.pathname === '/') return 'https://x.com/home';
  return null;
}

/** Which scenario a document URL shows when no test asked for one (e.g. the demo, headed). */
export function scenarioForUrl(url: URL): ReplicaScenario | null {
  if (url.hostname === 'x.com') {
    if (url.pathname === '/compose/post') return 'x-modal';
    if (/^\/[A-Za-z0-9_]+\/status\/\d+/.test(url.pathname)) return 'x-reply';
    return 'x-timeline';
  }
  if (url.hostname === 'www.facebook.com') {
    if (url.pathname.startsWith('/friends/requests')) return 'fb-friend-requests';
    if (url.pathname === '/alex.morgan.fv') return 'fb-profile';
    return /^\/[^/]+\/posts\/[^/]+/.test(url.pathname) ? 'fb-comment' : 'fb-post';
  }
  return null;
}

export function siteForScriptUrl(url: string): ReplicaSite | null {
  const entry = Object.entries(SCRIPT_URLS).find(([, scriptUrl]) => scriptUrl === url);
  return entry ? (entry[0] as ReplicaSite) : null;
}
