// Which recorded requests left the page for somewhere other than the replica itself: what
// egress tests look at ("draft text never leaves the device").
import { SCRIPT_URLS } from '../../replica/serve/replica-urls';
import type { RecordedRequest } from './recorded-request';

const SITE_HOSTS = new Set(['x.com', 'twitter.com', 'www.facebook.com', 'facebook.com']);
const REPLICA_SCRIPTS = new Set(Object.values(SCRIPT_URLS));

function isReplicaAsset(request: RecordedRequest): boolean {
  const url = new URL(request.url);
  if (REPLICA_SCRIPTS.has(`${url.origin}${url.pathname}`)) return true;
  if (!SITE_HOSTS.has(url.hostname) || request.method !== 'GET') return false;
  return request.resourceType === 'document' || url.pathname === '/favicon.ico';
}

/** http(s) requests other than the replica pages' own documents, bundles and favicons. */
export function egressRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => /^https?:/.test(request.url) && !isReplicaAsset(request));
}
