// Launches Debian's Chromium through playwright-core with the built extension loaded and the
// replica routing in place. The tests load the test build (.output/chrome-mv3-test, so run
// `npm run build:test` first), whose overlay shadow root is open so they can read the badge and
// cards; it differs from the shipped build in nothing else (scripts/test-build.ts).
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { TEST_BUILD_DIRS } from '../../../scripts/test-build';
import { recordRequests, routeReplicas, type RecordedRequest } from './route-replicas';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** The test build: the overlay's shadow root is open. */
export const CHROME_EXTENSION_DIR = TEST_BUILD_DIRS.chrome;
/** The build that ships (`npm run build`): the overlay's shadow root is closed. */
export const CHROME_SHIPPED_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export interface LaunchChromiumOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Another unpacked build to load instead of the test build, e.g. CHROME_SHIPPED_DIR. */
  extensionDir?: string;
  /** Show the window (default false); needs a display. */
  headed?: boolean;
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** The extension's id (host of its service worker URL), null without the extension. */
  extensionId: string | null;
  /** Every request the browser made, pages and the extension's service worker alike. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<LaunchedChromium> {
  const withExtension = options.extension ?? true;
  const builtDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  if (withExtension && !existsSync(join(builtDir, 'manifest.json'))) {
    const command = builtDir === CHROME_EXTENSION_DIR ? 'npm run build:test' : 'npm run build';
    throw new Error(`No built extension at ${builtDir}: run \`${command}\` first.`);
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'guidepost-chromium-'));
  // A private copy: a build running meanwhile (another terminal, `npm run demo`) must not change
  // files under a running browser, e.g. leave the in-page UI without its stylesheet.
  const extensionDir = join(profileDir, 'extension');
  if (withExtension) await cp(builtDir, extensionDir, { recursive: true });
  const extensionFlags = withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(join(profileDir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    args: [...FLAGS, ...extensionFlags],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
  });
  const requests = recordRequests(context);
  try {
    await routeReplicas(context);
    const extensionId = withExtension ? await findExtensionId(context) : null;
    return {
      context,
      extensionId,
      requests,
      close: async () => {
        await context.close();
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

async function findExtensionId(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (sw) => sw.url().startsWith('chrome-extension://'),
      timeout: 30_000,
    }));
  return new URL(worker.url()).host;
}
