// `npm run demo`: builds Guidepost if the build is missing or stale, then either opens
// Chromium with it on the replica X and Facebook pages (when there is a display), or runs a
// scripted tour that types sample drafts and saves screenshots to test-output/demo/. It uses the
// test build (scripts/test-build.ts), whose open overlay root lets the tour find the frame the badge and cards are drawn in.
//   --tour      run the tour even when a display exists
//   --no-build  use .output/chrome-mv3-test as it is
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { CHROME_EXTENSION_DIR, launchChromium, type LaunchedChromium } from '../tests/browser/harness/chromium';
import {
  EDITOR_SELECTORS,
  openReplica,
  POST_CONTROL_SELECTORS,
  replicaText,
  type ReplicaOptions,
  type ReplicaScenario,
} from '../tests/browser/harness/replicas';
import { saveScreenshot } from '../tests/browser/harness/screenshots';
import { buildTestBuild } from './test-build';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_DIR = join(ROOT, 'test-output/demo');
const SOURCES = ['entrypoints', 'components', 'rules', 'utils', 'public', 'assets', 'wxt.config.ts', 'scripts/test-build.ts', 'package.json'];

// Sample drafts by staff of the fictional Fernvale Borough Council (rules/profiles/sample-org.json).
const DRAFTS = {
  clean: 'Bulb planting at Hollins Park this Saturday, 10am to 1pm. Gloves and tools provided, all welcome.',
  client: 'Visited a resident today, Mrs Edna Hallam, 84, at 12 Birch Row. Still waiting on her boiler repair three weeks on.',
  employer: "Honestly, Fernvale Council's management couldn't organise a bin collection. Another restructure nobody asked for.",
  opinion: 'In my view the town centre needs more cycle parking, and the new parking charges should pay for it.',
} as const;

type Shot = 'badge' | 'card' | 'fix' | 'review' | 'posted';

interface TourStop {
  scenario: ReplicaScenario;
  options?: ReplicaOptions;
  draft: keyof typeof DRAFTS;
  shots: Shot[];
}

const TOUR: TourStop[] = [
  { scenario: 'x-timeline', draft: 'clean', shots: ['badge'] },
  { scenario: 'x-timeline', draft: 'client', shots: ['badge', 'card', 'review'] },
  { scenario: 'x-modal', options: { theme: 'dark' }, draft: 'opinion', shots: ['badge', 'card', 'fix'] },
  { scenario: 'fb-post', options: { audience: 'Public' }, draft: 'employer', shots: ['badge', 'card', 'review'] },
  { scenario: 'fb-comment', draft: 'opinion', shots: ['card', 'fix', 'posted'] },
];

const UI = {
  badge: '[data-guidepost="badge"]',
  panel: '[data-guidepost="panel"]',
  fix: '[data-guidepost="panel"] .gp-card .gp-button--primary',
  review: '[data-guidepost="review"]',
  edit: '[data-guidepost="edit"]',
};

/** Guidepost draws in frames of its own: the composer's, found through the overlay's open root. */
function inGuidepost(page: Page, selector: string): Locator {
  return page.locator('guidepost-overlay iframe[data-guidepost="nudge"]:not([hidden])').first().contentFrame().locator(selector);
}

/** The review prompt, in the frame of the composer it is about. */
function inReview(page: Page, selector: string): Locator {
  return page.locator('guidepost-overlay iframe[data-mode="review"]').contentFrame().locator(selector);
}

/** Sets up Guidepost as a Fernvale member of staff would after onboarding (stored in utils/storage-items.ts' userProfileItem). */
async function useSampleProfile(browser: LaunchedChromium): Promise<void> {
  const profile: unknown = JSON.parse(readFileSync(join(ROOT, 'rules/profiles/sample-org.json'), 'utf8'));
  const worker = browser.context.serviceWorkers().find((sw) => sw.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!worker) throw new Error("Guidepost's background service worker is not running.");
  await worker.evaluate((userProfile) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    return chrome.storage.local.set({ userProfile });
  }, profile);
}

function newestSourceTime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestSourceTime(join(path, name))));
}

async function buildIfNeeded(skip: boolean): Promise<void> {
  const manifest = join(CHROME_EXTENSION_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((source) => newestSourceTime(join(ROOT, source))));
  if (skip || (builtAt > 0 && builtAt >= changedAt)) return;
  console.log('Building Guidepost for Chromium (the test build, npm run build:test)…');
  await buildTestBuild('chrome');
}

async function openInteractive(): Promise<void> {
  const browser = await launchChromium({ headed: true });
  await useSampleProfile(browser);
  for (const scenario of ['x-timeline', 'fb-post'] as const) await openReplica(browser.context, scenario);
  console.log(
    [
      'Guidepost is loaded in Chromium on replica pages at the real addresses:',
      '  https://x.com/home, https://x.com/compose/post, https://x.com/<handle>/status/<id>',
      '  https://www.facebook.com/ (Create post), https://www.facebook.com/<page>/posts/<id> (comments)',
      'Nothing goes to the network: every other request is answered locally. Close the browser to finish.',
    ].join('\n'),
  );
  await new Promise<void>((done) => browser.context.once('close', () => done()));
  await browser.close();
}

/** Waits for a Guidepost element; false (and a warning) when it never appears. */
async function appears(element: Locator, what: string, problems: string[], where: string): Promise<boolean> {
  try {
    await element.first().waitFor({ state: 'visible', timeout: 10_000 });
    return true;
  } catch {
    problems.push(`${where}: the ${what} did not appear`);
    return false;
  }
}

async function visit(page: Page, stop: TourStop, name: string, problems: string[], saved: string[]): Promise<void> {
  const shot = async (step: Shot) => saved.push(await saveScreenshot(page, `${name}-${step}`, DEMO_DIR));
  await page.click(EDITOR_SELECTORS[stop.scenario]);
  await page.keyboard.type(DRAFTS[stop.draft]);

  const badgeShown = await appears(inGuidepost(page, UI.badge), 'Guidepost badge', problems, name);
  if (stop.shots.includes('badge')) await shot('badge');
  if (!badgeShown) return;

  if (stop.shots.includes('card')) {
    await inGuidepost(page, UI.badge).click();
    await appears(inGuidepost(page, UI.panel), 'card', problems, name);
    await shot('card');
  }
  if (stop.shots.includes('fix') && (await appears(inGuidepost(page, UI.fix), 'fix button', problems, name))) {
    const before = await replicaText(page);
    const fixedCard = inGuidepost(page, `${UI.panel} .gp-card:has(.gp-button--primary)`).first();
    const rule = await fixedCard.getAttribute('data-rule');
    await fixedCard.locator('.gp-button--primary').first().click();
    try {
      await page.waitForFunction((text) => window.__replica!.getText() !== text, before, { timeout: 5_000 });
      // The draft is checked again after a short pause; the fixed finding's card then goes.
      await inGuidepost(page, `${UI.panel} .gp-card[data-rule="${rule}"]`).waitFor({ state: 'detached', timeout: 5_000 });
    } catch {
      problems.push(`${name}: the fix did not change the draft, or its finding stayed`);
    }
    await shot('fix');
  }
  if (stop.shots.includes('review')) {
    await post(page, stop.scenario);
    await appears(inReview(page, UI.review), 'review prompt', problems, name);
    await shot('review');
    if (await inReview(page, UI.edit).count()) await inReview(page, UI.edit).click();
  }
  if (stop.shots.includes('posted')) {
    await post(page, stop.scenario);
    try {
      await page.waitForFunction(() => window.__replica!.posted.length > 0, undefined, { timeout: 5_000 });
      console.log(`  posted: ${JSON.stringify(await page.evaluate(() => window.__replica!.posted[0]))}`);
    } catch {
      problems.push(`${name}: the draft did not post`);
    }
    await shot('posted');
  }
}

/** Posts as a writer would: closes the cards (they may cover the Post control), then clicks Post or presses Enter. */
async function post(page: Page, scenario: ReplicaScenario): Promise<void> {
  if (await inGuidepost(page, UI.panel).count()) await inGuidepost(page, UI.badge).click();
  if (scenario === 'fb-comment') {
    await page.click(EDITOR_SELECTORS[scenario]);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
  } else {
    await page.click(POST_CONTROL_SELECTORS[scenario]);
  }
}

async function runTour(): Promise<number> {
  await rm(DEMO_DIR, { recursive: true, force: true });
  await mkdir(DEMO_DIR, { recursive: true });
  const browser = await launchChromium();
  await useSampleProfile(browser);
  const problems: string[] = [];
  const saved: string[] = [];
  try {
    for (const [index, stop] of TOUR.entries()) {
      const name = `${String(index + 1).padStart(2, '0')}-${stop.scenario}-${stop.draft}`;
      console.log(`Typing the ${stop.draft} draft into ${stop.scenario}…`);
      const page = await openReplica(browser.context, stop.scenario, stop.options);
      await visit(page, stop, name, problems, saved);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`\nSaved ${saved.length} screenshots in ${relative(process.cwd(), DEMO_DIR) || '.'}/:`);
  for (const path of saved) console.log(`  ${relative(process.cwd(), path)}`);
  if (problems.length === 0) return 0;
  console.log('\nGuidepost did not show everything the tour expected (screenshots were still taken):');
  for (const problem of problems) console.log(`  - ${problem}`);
  return 1;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  await buildIfNeeded(args.has('--no-build'));
  if (process.env.DISPLAY && !args.has('--tour')) return openInteractive();
  if (!process.env.DISPLAY) console.log('No display: running the scripted tour instead of opening a window.');
  process.exitCode = await runTour();
}

await main();
