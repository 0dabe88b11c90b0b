// Steps the composer tests share: what a writer does (type, open the cards, post) and what
// they see (the badge, the cards, the prompt). Guidepost draws them in frames of its own; the tests
// read those frames from the extension's side, as the browser's tooling can and the page cannot,
// and find each composer's frame through the overlay's shadow root, which the test build opens.
import type { BrowserContext, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import sampleProfile from '../../rules/profiles/sample-org.json';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { DEFAULT_CONTEXT, type DraftContext } from '../../rules/schema/context';
import type { OrgProfile } from '../../rules/schema/profile';
import { launchChromium, type LaunchedChromium } from './harness/chromium';
import { EDITOR_SELECTORS, openReplica, type ReplicaOptions, type ReplicaScenario } from './harness/replicas';

export const SAMPLE_PROFILE = sampleProfile;

/** The part of the extension API the worker offers that these steps use. */
interface WorkerGlobal {
  chrome: {
    storage: { local: { set(values: object): Promise<void>; clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
    tabs: {
      query(filter: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
}

function extensionWorker(context: BrowserContext) {
  const worker = context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('the extension service worker is not running');
  return worker;
}

/** Reads one storage.local key from the extension. */
export async function getExtensionStorage(context: BrowserContext, key: string): Promise<unknown> {
  return extensionWorker(context).evaluate(async (k) => (await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get(k))[k], key);
}

/**
 * Asks every tab's content script what the popup asks ('draft-status'), from the extension's own
 * worker, and returns the answers that came back (pages without Guidepost do not answer).
 */
export async function askDraftStatus(context: BrowserContext): Promise<unknown[]> {
  return extensionWorker(context).evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    const answers: unknown[] = [];
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = await chrome.tabs.sendMessage(tab.id, { type: 'draft-status', request: {} }).catch(() => undefined);
      if (answer !== undefined) answers.push(answer);
    }
    return answers;
  });
}

/** Writes extension storage (storage.local) from the extension's own service worker, as the popup would. */
export async function setExtensionStorage(context: BrowserContext, values: Record<string, unknown>): Promise<void> {
  await extensionWorker(context).evaluate((v) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set(v), values);
}

export async function clearExtensionStorage(context: BrowserContext): Promise<void> {
  await extensionWorker(context).evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.local.clear());
}

export async function open(context: BrowserContext, scenario: ReplicaScenario, options: ReplicaOptions = {}): Promise<Page> {
  return openReplica(context, scenario, options);
}

export interface ComposerBrowser {
  /** The browser context with Guidepost loaded (from the file's beforeAll on). */
  readonly context: BrowserContext;
  /** Opens a replica page; it is closed after the test. */
  open(scenario: ReplicaScenario, options?: ReplicaOptions): Promise<Page>;
  /** Closes a page the test opened some other way after the test too. */
  track(page: Page): Page;
}

/**
 * One Chromium with Guidepost for a test file: the writer has onboarded with the sample profile
 * before each test, and after it the pages it opened are closed and the extension's storage is
 * cleared, so no test sees another's drafts or settings.
 */
/** `extensionDir`: the build to load (the test build unless a test is about the shipped one). */
export function useComposerBrowser(options: { extensionDir?: string } = {}): ComposerBrowser {
  let browser: LaunchedChromium | undefined;
  const pages: Page[] = [];
  const context = () => {
    if (!browser) throw new Error('the browser is not launched yet: use the context inside a test or hook');
    return browser.context;
  };
  beforeAll(async () => {
    browser = await launchChromium({ extensionDir: options.extensionDir });
  });
  afterAll(() => browser?.close());
  beforeEach(() => setExtensionStorage(context(), { userProfile: SAMPLE_PROFILE }));
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
    await clearExtensionStorage(context());
  });
  const track = (page: Page) => {
    pages.push(page);
    return page;
  };
  return {
    get context() {
      return context();
    },
    open: async (scenario, options) => track(await open(context(), scenario, options)),
    track,
  };
}

export function editor(page: Page, scenario: ReplicaScenario): Locator {
  return page.locator(EDITOR_SELECTORS[scenario]).first();
}

export async function typeDraft(page: Page, scenario: ReplicaScenario, text: string): Promise<void> {
  await editor(page, scenario).click();
  await page.keyboard.type(text);
}

/** The frames showing a composer's badge, in the order the composers first showed one. */
export function badgeFrames(page: Page): Locator {
  return page.locator('guidepost-overlay iframe[data-guidepost="nudge"]:not([hidden])');
}

/** What the `index`th composer's frame shows: its badge, its cards, and the review prompt when it is its turn. */
export function nudge(page: Page, index = 0): FrameLocator {
  return badgeFrames(page).nth(index).contentFrame();
}

export function badge(page: Page, index = 0): Locator {
  return nudge(page, index).locator('[data-guidepost="badge"]');
}

/** Waits until the `index`th badge says how many things there are to check; 0 means the clean tick. */
export async function expectBadge(page: Page, count: number, index = 0): Promise<Locator> {
  const shown = badge(page, index);
  const said = count === 0 ? /nothing to check/ : new RegExp(`: ${count} things? to check`);
  await expect.poll(() => shown.getAttribute('aria-label', { timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toMatch(said);
  return shown;
}

export async function openCards(page: Page, index = 0): Promise<Locator> {
  await badge(page, index).click();
  const panel = nudge(page, index).locator('[data-guidepost="panel"]');
  await panel.waitFor();
  return panel;
}

export function card(page: Page, title: string, index = 0): Locator {
  return nudge(page, index).locator('article.gp-card', { has: nudge(page, index).locator('h3', { hasText: title }) });
}

const REVIEW_FRAME = 'guidepost-overlay iframe[data-mode="review"]';

/** The review prompt, in the frame of the composer it is about. */
export function reviewPrompt(page: Page): Locator {
  return page.locator(REVIEW_FRAME).contentFrame().locator('[data-guidepost="review"]');
}

/** A composer's frame (or, with 'review', the one showing the review prompt) to run a script in, from the extension's side. */
export async function guidepostFrame(page: Page, which: number | 'review' = 0): Promise<Frame> {
  const element = which === 'review' ? page.locator(REVIEW_FRAME) : badgeFrames(page).nth(which);
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no Guidepost frame ${which}`);
  return frame;
}

/** The text of the element that has the keyboard in a frame of Guidepost's. */
export function focusedText(frame: FrameLocator): Promise<string | null> {
  return frame.locator('body').evaluate(() => document.activeElement?.textContent ?? null);
}

/** Closes the cards the way a writer would, by clicking somewhere else on the page. */
export async function closeCards(page: Page): Promise<void> {
  await page.mouse.click(5, 790);
  await expect.poll(() => nudge(page).locator('[data-guidepost="panel"]').count()).toBe(0);
}

/**
 * What the engine finds in a draft with the sample organisation: the oracle for what the badge
 * should count, so these tests follow the default pack as it is tuned.
 */
export function expectedCategories(text: string, context: Partial<DraftContext> = {}): string[] {
  const checker = compile(DEFAULT_PACK, sampleProfile as OrgProfile);
  return checker.check(text, { ...DEFAULT_CONTEXT, ...context }).map((f) => f.category);
}

/**
 * A composer's frame showing its badge, found from the extension's side (any build): the page's
 * closed root does not stop the DevTools protocol.
 */
export async function shownNudgeFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (frame.url().includes('/nudge-frame.html') && (await frame.locator('[data-guidepost="badge"]').count()) > 0) return frame;
  }
  return null;
}
