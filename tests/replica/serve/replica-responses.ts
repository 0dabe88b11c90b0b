// What the pretend network answers, for any browser driver: replica documents and bundles at
// the sites' URLs, refresh-redirects where the sites redirect, and a 404 for everything else
// (tests have no network and must never reach one).
import { resolveReplicaOptions, type ReplicaOptions, type ReplicaScenario } from '../shared/options';
import { replicaBundles } from './replica-bundles';
import { replicaDocument } from './replica-document';
import { redirectFor, scenarioForUrl, siteForScriptUrl, siteOf } from './replica-urls';

export interface PretendResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RequestFacts {
  url: string;
  method: string;
  isNavigation: boolean;
}

export async function replicaDocumentResponse(scenario: ReplicaScenario, options?: ReplicaOptions): Promise<PretendResponse> {
  const bundle = (await replicaBundles())[siteOf(scenario)];
  return { status: 200, ...replicaDocument(resolveReplicaOptions(scenario, options), bundle) };
}

/** The answer for an http(s) request; `null` for other schemes, which go through untouched. */
export async function pretendResponse(request: RequestFacts): Promise<PretendResponse | null> {
  const url = new URL(request.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;

  const redirect = redirectFor(url);
  // A refresh rather than a 301: Playwright does not route the request a fulfilled redirect leads to.
  if (redirect) {
    const body = `<meta http-equiv="refresh" content="0; url=${redirect.replace(/"/g, '%22')}">`;
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
  }

  const site = siteForScriptUrl(`${url.origin}${url.pathname}`);
  if (site) {
    const { script } = (await replicaBundles())[site];
    return { status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: script };
  }

  const scenario = request.isNavigation && request.method === 'GET' ? scenarioForUrl(url) : null;
  if (scenario) return replicaDocumentResponse(scenario);

  return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found (no network in tests)' };
}
