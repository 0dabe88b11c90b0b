// Playwright request routing for a browser context: the real X and Facebook URLs are
// answered with the replica pages (tests/replica/serve), everything else locally with a 404.
// Every request is logged for egress tests.
import type { BrowserContext, Request, Route } from 'playwright-core';
import type { ReplicaOptions, ReplicaScenario } from '../../replica/shared/options';
import { replicaBundles } from '../../replica/serve/replica-bundles';
import { pretendResponse, replicaDocumentResponse } from '../../replica/serve/replica-responses';
import type { RecordedRequest } from './recorded-request';

export type { RecordedRequest } from './recorded-request';

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
  await route.fulfill(await replicaDocumentResponse(scenario, options));
}

async function answer(route: Route): Promise<void> {
  const request = route.request();
  const response = await pretendResponse({ url: request.url(), method: request.method(), isNavigation: request.isNavigationRequest() });
  await (response ? route.fulfill(response) : route.continue());
}

export async function routeReplicas(context: BrowserContext): Promise<void> {
  // Build before the first page asks, so a slow first build never looks like a page hang.
  await replicaBundles();
  await context.route('**/*', answer);
}
