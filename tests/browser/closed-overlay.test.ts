// The build that ships (`npm run build`) draws the badge, the cards and the review prompt in frames
// of the extension's own, inside a closed shadow root: the site's own scripts find the
// <guidepost-overlay> element, but not its root, not the frames, and no word they show, while the
// writer still sees and uses them. The rest of the browser tier loads the test build, whose root is
// open so it can find each composer's frame (scripts/test-build.ts); the first test holds that this
// is its only difference. The frames are read here the way only the browser's own tooling can: the
// DevTools protocol in Chromium, WebDriver BiDi in Firefox. (page-probe.test.ts tries harder.)
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DISCLAIMER } from '../../rules';
import { TEST_BUILD_DIRS } from '../../scripts/test-build';
import { CHROME_SHIPPED_DIR } from './harness/chromium';
import { FIREFOX_SHIPPED_DIR, launchFirefox, saveFirefoxScreenshot, type LaunchedFirefox } from './harness/firefox';
import { EDITOR_SELECTORS, replicaText } from './harness/replicas';
import { saveScreenshot } from './harness/screenshots';
import { SAMPLE_PROFILE, shownNudgeFrame, typeDraft, useComposerBrowser } from './composer-steps';
import { clickInOverlay, nudgeFrames, overlayText } from './firefox-steps';

const OPINION = 'I think the council should sort out the parking on our road.';
/** Words only Guidepost's UI shows (the badge label, the card's title and its fix button), never the draft. */
const GUIDEPOST_WORDS = ['thing to check', 'Personal opinion', 'Add disclaimer'];

interface SeenByThePage {
  hostFound: boolean;
  shadowRootIsNull: boolean;
  /** Frames the page can count: Guidepost's are out of its reach. */
  frames: number;
  /** Whatever text a page script could gather: rendered text, serialised HTML, every open shadow root. */
  text: string;
  /** What a page listener saw of the writer's clicks: none reach it from inside a frame. */
  clicks: string[];
}

/** Listens, as a page script could, for clicks anywhere, to see what the events tell the page. */
function listenAsThePage(page: { evaluate(fn: () => void): Promise<unknown> }): Promise<unknown> {
  return page.evaluate(() => {
    const spy = window as unknown as { __clicks: string[] };
    spy.__clicks = [];
    document.addEventListener('click', (event) => spy.__clicks.push(event.composedPath().map((n) => (n as Node).nodeName ?? 'window').join(' < ')), true);
  });
}

/** Everything a script of the site's own could try, run in the page's main world. */
function readAsThePage(page: { evaluate(fn: () => SeenByThePage): Promise<SeenByThePage> }): Promise<SeenByThePage> {
  return page.evaluate(() => {
    const host = document.querySelector('guidepost-overlay');
    const texts = [document.body.innerText, document.body.textContent ?? '', document.body.getHTML({ serializableShadowRoots: true })];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) texts.push(element.shadowRoot.innerHTML);
    return {
      hostFound: host !== null,
      shadowRootIsNull: host !== null && host.shadowRoot === null,
      frames: window.length,
      text: texts.join('\n'),
      clicks: (window as unknown as { __clicks?: string[] }).__clicks ?? [],
    };
  });
}

describe('the test build', () => {
  it.each(['chrome', 'firefox'] as const)('%s: differs from the shipped build only in the overlay root being open', async (browser) => {
    const shipped = browser === 'chrome' ? CHROME_SHIPPED_DIR : FIREFOX_SHIPPED_DIR;
    const test = TEST_BUILD_DIRS[browser];
    const files = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();
    expect(await files(test)).toEqual(await files(shipped));
    const differing: string[] = [];
    for (const file of await files(shipped)) {
      const [a, b] = await Promise.all([readFile(join(shipped, file), 'utf8'), readFile(join(test, file), 'utf8')]);
      if (a === b) continue;
      differing.push(file);
      // Strip what both share at each end: what is left is the one constant.
      let start = 0;
      while (a[start] === b[start]) start++;
      let end = 0;
      while (end < Math.min(a.length, b.length) - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
      expect([a.slice(start, a.length - end), b.slice(start, b.length - end)]).toEqual(['closed', 'open']);
      expect(a.slice(0, start)).toMatch(/\bmode:["'`]$/);
    }
    expect(differing).toEqual(['/content-scripts/content.js']);
  });
});

describe('shipped build in Chromium', () => {
  const chromium = useComposerBrowser({ extensionDir: CHROME_SHIPPED_DIR });
  const open = () => chromium.open('x-timeline');
  const nudgeFrame = shownNudgeFrame;
  const badgeLabel = async (page: Page) => (await nudgeFrame(page))?.locator('[data-guidepost="badge"]').getAttribute('aria-label') ?? null;

  it('the writer still gets the nudge: the badge counts the finding, a click opens the card, its fix lands in the draft', async () => {
    const page = await open();
    await typeDraft(page, 'x-timeline', OPINION);
    await expect.poll(() => badgeLabel(page), { timeout: 10_000 }).toMatch(/: 1 thing to check/);
    const frame = (await nudgeFrame(page))!;
    // Real mouse clicks, at the frame's place in the page.
    await frame.locator('[data-guidepost="badge"]').click();
    await frame.locator('article.gp-card h3', { hasText: 'Personal opinion' }).waitFor();
    await saveScreenshot(page, 'shipped-x-timeline-card');
    await frame.locator('article.gp-card button', { hasText: 'Add disclaimer' }).click();
    await expect.poll(() => replicaText(page)).toBe(`${OPINION} ${SAMPLE_PROFILE.disclaimer}`);
    await expect.poll(() => badgeLabel(page), { timeout: 10_000 }).toMatch(/nothing to check/);
  });

  it("the page's own scripts find the overlay element but not its root, its frames or a word of the open card", async () => {
    const page = await open();
    await listenAsThePage(page);
    await typeDraft(page, 'x-timeline', OPINION);
    await expect.poll(() => badgeLabel(page), { timeout: 10_000 }).toMatch(/: 1 thing to check/);
    const frame = (await nudgeFrame(page))!;
    await frame.locator('[data-guidepost="badge"]').click();
    await frame.locator('[data-guidepost="panel"]').waitFor();
    // The words are on screen for the writer, as DevTools can confirm…
    const shown = `${await badgeLabel(page)} ${await frame.locator('[data-guidepost="panel"]').innerText()}`;
    for (const words of GUIDEPOST_WORDS) expect(shown).toContain(words);

    // …but not to the page.
    const seen = await readAsThePage(page);
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRootIsNull).toBe(true);
    expect(seen.frames).toBe(0);
    expect(seen.text).toContain(OPINION.slice(0, 20));
    for (const words of GUIDEPOST_WORDS) expect(seen.text).not.toContain(words);
    // The old overlay's clicks reached the page as clicks on <guidepost-overlay>; a frame's do not reach it at all.
    expect(seen.clicks.filter((path) => path.includes('GUIDEPOST-OVERLAY'))).toEqual([]);
  });
});

describe('shipped build in Firefox', () => {
  let firefox: LaunchedFirefox;
  const pages: FirefoxPage[] = [];

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: FIREFOX_SHIPPED_DIR });
  });
  afterAll(() => firefox?.close());
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
  });

  it('the writer still gets the nudge, and the page cannot read it', async () => {
    const page = await firefox.openReplica('x-timeline');
    pages.push(page);
    await listenAsThePage(page);
    await page.click(EDITOR_SELECTORS['x-timeline']);
    await page.keyboard.type(OPINION);
    // Read from the add-on's side: WebDriver BiDi runs scripts in the frame the page cannot.
    await expect.poll(async () => (await nudgeFrames(page)).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => overlayText(page, '[aria-live="polite"]'), { timeout: 15_000 }).toMatch(/1 thing to check/);
    await clickInOverlay(page, '[data-guidepost="badge"]');
    await expect.poll(() => overlayText(page, 'article.gp-card h3')).toBe('Personal opinion');
    await saveFirefoxScreenshot(page, 'shipped-firefox-x-timeline-card');

    const seen = await readAsThePage(page);
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRootIsNull).toBe(true);
    expect(seen.frames).toBe(0);
    expect(seen.text).toContain(OPINION.slice(0, 20));
    for (const words of GUIDEPOST_WORDS) expect(seen.text).not.toContain(words);
    expect(seen.clicks.filter((path) => path.includes('GUIDEPOST-OVERLAY'))).toEqual([]);

    await clickInOverlay(page, 'article.gp-card button', 'Add disclaimer');
    await expect.poll(() => page.evaluate(() => window.__replica!.getText())).toBe(`${OPINION} ${DEFAULT_DISCLAIMER}`);
  });
});
