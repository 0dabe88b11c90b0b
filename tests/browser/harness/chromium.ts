// Launches Debian's Chromium through playwright-core with the built extension loaded
// (.output/chrome-mv3, so run `npm run build` first) and the replica routing in place.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { recordRequests, routeReplicas, type RecordedRequest } from './route-replicas';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROME_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export interface LaunchChromiumOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
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
  if (withExtension && !existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${CHROME_EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'guidepost-chromium-'));
  // A private copy: a build running meanwhile (another terminal, `npm run demo`) must not change
  // files under a running browser, e.g. leave the in-page UI without its stylesheet.
  const extensionDir = join(profileDir, 'extension');
  if (withExtension) await cp(CHROME_EXTENSION_DIR, extensionDir, { recursive: true });
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
