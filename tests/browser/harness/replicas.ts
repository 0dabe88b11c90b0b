// Opens a replica scenario at its real URL in a new page and waits until its editor is live.
import type { BrowserContext, Page } from 'playwright-core';
import type { ReplicaOptions, ReplicaScenario } from '../../replica/shared/options';
import type { ComposerBox } from '../../replica/shared/replica-api';
import { SCENARIO_URLS } from '../../replica/serve/replica-urls';
import { fulfilReplicaDocument } from './route-replicas';

export type { ReplicaAudience, ReplicaLanguage, ReplicaOptions, ReplicaScenario, ReplicaTheme } from '../../replica/shared/options';
export { COMPOSER_SCENARIOS, REPLICA_SCENARIOS } from '../../replica/shared/options';
export type { ComposerBox } from '../../replica/shared/replica-api';
export { SCENARIO_URLS };

/**
 * The contenteditable of each scenario's own composer, first part; for the pages without one
 * (friend requests, a profile), what shows the page has rendered.
 */
export const EDITOR_SELECTORS: Record<ReplicaScenario, string> = {
  'x-timeline': '[data-testid="tweetTextarea_0"]',
  'x-reply': '[data-testid="tweetTextarea_0"]',
  'x-modal': '#layers [aria-modal="true"] [data-testid="tweetTextarea_0"]',
  'x-thread': '#layers [aria-modal="true"] [data-testid="tweetTextarea_0"]',
  'fb-post': '[role="dialog"] [data-lexical-editor="true"]',
  'fb-comment': 'form [data-lexical-editor="true"]',
  'fb-friend-requests': '[role="main"] [role="button"][aria-label="Confirm"]',
  'fb-profile': '[role="main"] [role="button"][aria-label="Add friend"]',
};

/** The control that posts from each scenario's own composer (Facebook comments also post on Enter). */
export const POST_CONTROL_SELECTORS: Record<ReplicaScenario, string> = {
  'x-timeline': 'main [data-testid="tweetButtonInline"]',
  'x-reply': 'main [data-testid="tweetButtonInline"]',
  'x-modal': '#layers [aria-modal="true"] [data-testid="tweetButton"]',
  'x-thread': '#layers [aria-modal="true"] [data-testid="tweetButton"]',
  'fb-post': '[role="dialog"] div[role="button"][aria-label="Post"]',
  'fb-comment': '#focused-state-composer-submit [role="button"]',
  // No composer: the control the tests click is the one that answers the person.
  'fb-friend-requests': '[role="main"] [role="button"][aria-label="Confirm"]',
  'fb-profile': '[role="main"] [role="button"][aria-label="Add friend"]',
};

/**
 * Opens `scenario` at its real URL (SCENARIO_URLS). The options travel in the served
 * document, so a reload keeps them; navigating within the app keeps them too.
 */
export async function openReplica(context: BrowserContext, scenario: ReplicaScenario, options: ReplicaOptions = {}): Promise<Page> {
  const page = await context.newPage();
  const url = SCENARIO_URLS[scenario];
  // A page route wins over the context's default routing, for this page's document only.
  await page.route(url, (route) =>
    route.request().isNavigationRequest() ? fulfilReplicaDocument(route, scenario, options) : route.fallback(),
  );
  await page.goto(url);
  await page.locator(EDITOR_SELECTORS[scenario]).first().waitFor();
  return page;
}

/** The text of the frontmost (or named) composer, from the editor's own state. */
export function replicaText(page: Page, part = 0, box?: ComposerBox): Promise<string> {
  return page.evaluate(([p, b]) => window.__replica!.getText(p, b), [part, box] as const);
}

/** Everything the page has posted so far, oldest first. */
export function replicaPosted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__replica!.posted]);
}
