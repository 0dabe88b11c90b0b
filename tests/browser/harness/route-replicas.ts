// Request routing for a browser context: the real X and Facebook URLs are answered with the
// replica pages and their bundles; every other http(s) request gets a local 404, because
// tests have no network and must never reach one. Every request is logged for egress tests.
import type { BrowserContext, Request, Route } from 'playwright-core';
import { resolveReplicaOptions, type ReplicaOptions, type ReplicaScenario } from '../../replica/shared/options';
import { replicaBundles } from '../../replica/serve/replica-bundles';
import { replicaDocument } from '../../replica/serve/replica-document';
import { redirectFor, scenarioForUrl, siteForScriptUrl } from '../../replica/serve/replica-urls';

export interface RecordedRequest {
  url: string;
  method: string;
  /** Request body as sent (null when there is none). */
  postData: string | null;
  resourceType: string;
  /** True when a service worker (e.g. the extension's background) made the request. */
  fromServiceWorker: boolean;
}

export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  context.on('request', (request: Request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      postData: request.postData(),
      resourceType: request.resourceType(),
      fromServiceWorker: request.serviceWorker() !== null,
    });
  });
  return requests;
}

export async function fulfilReplicaDocument(route: Route, scenario: ReplicaScenario, options?: ReplicaOptions): Promise<void> {
  const site = scenario.startsWith('x-') ? 'x' : 'fb';
  const bundle = (await replicaBundles())[site];
  const { body, headers } = replicaDocument(resolveReplicaOptions(scenario, options), bundle);
  await route.fulfill({ status: 200, headers, body });
}

async function answer(route: Route): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return route.continue();

  const redirect = redirectFor(url);
  // Playwright does not route the request a fulfilled 301 leads to, so the redirect is a
  // refresh that starts a new (routed) navigation.
  if (redirect) {
    const target = redirect.replace(/"/g, '%22');
    return route.fulfill({ status: 200, contentType: 'text/html', body: `<meta http-equiv="refresh" content="0; url=${target}">` });
  }

  const site = siteForScriptUrl(`${url.origin}${url.pathname}`);
  if (site) {
    const { script } = (await replicaBundles())[site];
    return route.fulfill({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: script });
  }

  const scenario = request.isNavigationRequest() && request.method() === 'GET' ? scenarioForUrl(url) : null;
  if (scenario) return fulfilReplicaDocument(route, scenario);

  return route.fulfill({ status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found (no network in tests)' });
}

export async function routeReplicas(context: BrowserContext): Promise<void> {
  // Build before the first page asks, so a slow first build never looks like a page hang.
  await replicaBundles();
  await context.route('**/*', answer);
}
