// Launches Firefox ESR through puppeteer-core (WebDriver BiDi) with the built Firefox extension
// installed as a temporary add-on: the test build (.output/firefox-mv3-test, so run
// `npm run build:test` first), whose overlay shadow root is open so the tests can read it; it
// differs from the shipped build in nothing else (scripts/test-build.ts). It also serves
// the same replica pages as the Chromium harness, at the real URLs, by request interception.
//
// Host access: Firefox MV3 treats content-script hosts as optional permissions, but from Firefox 127
// (pref `extensions.originControls.grantByDefault`, true by default) it grants the hosts named in
// `content_scripts` and `host_permissions` at install, temporary add-ons included. The harness does
// NOT set that pref: the tests run on Firefox's default, so they fail if Firefox stops granting.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { TEST_BUILD_DIRS } from '../../../scripts/test-build';
import { GECKO_ID } from '../../../utils/extension-ids';
import type { ReplicaOptions, ReplicaScenario } from '../../replica/shared/options';
import { replicaBundles } from '../../replica/serve/replica-bundles';
import { pretendResponse, replicaDocumentResponse } from '../../replica/serve/replica-responses';
import { SCENARIO_URLS } from '../../replica/serve/replica-urls';
import { EDITOR_SELECTORS } from './replicas';
import { SCREENSHOT_DIR } from './screenshots';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** The test build: the overlay's shadow root is open. */
export const FIREFOX_EXTENSION_DIR = TEST_BUILD_DIRS.firefox;
/** The build that ships (`npm run build`): the overlay's shadow root is closed. */
export const FIREFOX_SHIPPED_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
/** Fixed through `extensions.webextensions.uuids`, so the extension's pages have a known address. */
export const FIREFOX_EXTENSION_UUID = '6f1e7c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export interface LaunchFirefoxOptions {
  /** Install the built extension (default true). */
  extension?: boolean;
  /** Another unpacked build to install instead of the test build, e.g. FIREFOX_SHIPPED_DIR. */
  extensionDir?: string;
  /** Preferences over the harness's own (the bench shortens the background's idle time in its quick run). */
  prefs?: Record<string, unknown>;
}

export interface RecordedFirefoxRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The gecko id the extension was installed under, null without it. */
  extensionId: string | null;
  /** Every request the replica pages made (the extension's own background is not a page). */
  requests: RecordedFirefoxRequest[];
  /** Opens `scenario` at its real URL in a new tab and waits for its editor. */
  openReplica(scenario: ReplicaScenario, options?: ReplicaOptions): Promise<Page>;
  close(): Promise<void>;
}

const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
  'intl.accept_languages': 'en-GB',
  // No network here: keep Firefox from calling home for updates, telemetry or safe browsing.
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

export async function launchFirefox(options: LaunchFirefoxOptions = {}): Promise<LaunchedFirefox> {
  const withExtension = options.extension ?? true;
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    const command = extensionDir === FIREFOX_EXTENSION_DIR ? 'npm run build:test' : 'npm run build';
    throw new Error(`No built Firefox extension at ${extensionDir}: run \`${command}\` first.`);
  }
  await replicaBundles();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { ...PREFS, ...options.prefs },
    defaultViewport: { width: 1280, height: 800 },
  });
  const requests: RecordedFirefoxRequest[] = [];
  try {
    const extensionId = withExtension ? await browser.installExtension(extensionDir) : null;
    return {
      browser,
      extensionId,
      requests,
      async openReplica(scenario, replicaOptions = {}) {
        const page = await browser.newPage();
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          // Bodies are not readable over BiDi (postData() is unsupported); the egress test runs in Chromium.
          requests.push({ url: request.url(), method: request.method(), headers: request.headers() });
          void answer(request, scenario, replicaOptions);
        });
        await page.goto(SCENARIO_URLS[scenario]);
        await page.waitForSelector(EDITOR_SELECTORS[scenario]);
        // Installing an add-on leaves the new tab without focus, and Draft.js then puts the
        // caret back at the start after the first key: focus the tab as a writer's would be.
        await page.bringToFront();
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The pretend network both harnesses share; the scenario this tab was opened for keeps its options. */
async function answer(request: HTTPRequest, scenario: ReplicaScenario, options: ReplicaOptions): Promise<void> {
  // resourceType() throws for navigations in Firefox; isNavigationRequest() is the reliable test.
  const isNavigation = request.isNavigationRequest();
  const opened = isNavigation && request.method() === 'GET' && request.url() === SCENARIO_URLS[scenario];
  const response = opened
    ? await replicaDocumentResponse(scenario, options)
    : await pretendResponse({ url: request.url(), method: request.method(), isNavigation });
  if (response === null) return request.continue();
  return request.respond({ status: response.status, headers: response.headers, body: response.body });
}

/** Saves a viewport screenshot as test-output/screenshots/<name>.png, as saveScreenshot does for Chromium. */
export async function saveFirefoxScreenshot(page: Page, name: string): Promise<string> {
  const path = resolve(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}
