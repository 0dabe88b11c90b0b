// The build that ships (`npm run build`) keeps the overlay's shadow root closed: the site's own
// scripts find the <guidepost-overlay> element but cannot read the badge or the cards, while the
// writer still sees and uses them. The rest of the browser tier loads the test build, whose root is
// open so it can read the UI (scripts/test-build.ts); the first test holds that this is its only
// difference. The UI is reached here the way only the browser's own tooling can: the DevTools
// protocol in Chromium, WebDriver BiDi in Firefox.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ElementHandle, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DISCLAIMER } from '../../rules';
import { TEST_BUILD_DIRS } from '../../scripts/test-build';
import { CHROME_SHIPPED_DIR, launchChromium, type LaunchedChromium } from './harness/chromium';
import { FIREFOX_SHIPPED_DIR, launchFirefox, saveFirefoxScreenshot, type LaunchedFirefox } from './harness/firefox';
import { EDITOR_SELECTORS, openReplica, replicaText } from './harness/replicas';
import { saveScreenshot } from './harness/screenshots';
import { clearExtensionStorage, SAMPLE_PROFILE, setExtensionStorage, typeDraft } from './composer-steps';

const OPINION = 'I think the council should sort out the parking on our road.';
/** Words only Guidepost's UI shows (the badge label, the card's title and its fix button), never the draft. */
const GUIDEPOST_WORDS = ['thing to check', 'Personal opinion', 'Add disclaimer'];

interface SeenByThePage {
  hostFound: boolean;
  shadowRootIsNull: boolean;
  /** Whatever text a page script could gather: rendered text, serialised HTML, every open shadow root. */
  text: string;
  /** The nodes a page listener saw on the writer's last click, innermost first. */
  clickPath: string[];
}

/** Listens, as a page script could, for clicks anywhere, to see what the event tells the page. */
function listenAsThePage(page: { evaluate(fn: () => void): Promise<unknown> }): Promise<unknown> {
  return page.evaluate(() => {
    const spy = window as unknown as { __clickPath: string[] };
    spy.__clickPath = [];
    document.addEventListener('click', (event) => (spy.__clickPath = event.composedPath().map((n) => (n as Node).nodeName ?? 'window')), true);
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
      text: texts.join('\n'),
      clickPath: (window as unknown as { __clickPath?: string[] }).__clickPath ?? [],
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
  let browser: LaunchedChromium;
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await launchChromium({ extensionDir: CHROME_SHIPPED_DIR });
  });
  afterAll(() => browser?.close());
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
    await clearExtensionStorage(browser.context);
  });

  async function open(): Promise<{ page: Page; cdp: CDPSession }> {
    await setExtensionStorage(browser.context, { userProfile: SAMPLE_PROFILE });
    const page = await openReplica(browser.context, 'x-timeline');
    pages.push(page);
    return { page, cdp: await browser.context.newCDPSession(page) };
  }

  interface DomNode {
    nodeId: number;
    localName: string;
    shadowRootType?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }

  /** The overlay's shadow root as DevTools sees it (`pierce` reaches closed roots); null until mounted. */
  async function overlayRoot(cdp: CDPSession): Promise<DomNode | null> {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined =>
      node.localName === 'guidepost-overlay' ? node : (node.children ?? []).map(find).find((found) => found !== undefined);
    return find(root)?.shadowRoots?.[0] ?? null;
  }

  /** Node ids of the overlay's elements matching `selector`, whose text contains `text`. */
  async function inOverlay(cdp: CDPSession, selector: string, text = ''): Promise<number[]> {
    const root = await overlayRoot(cdp);
    if (!root) return [];
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const matching: number[] = [];
    for (const nodeId of nodeIds) if ((await textOf(cdp, nodeId)).includes(text)) matching.push(nodeId);
    return matching;
  }

  async function textOf(cdp: CDPSession, nodeId: number): Promise<string> {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { return this.textContent; }',
      returnByValue: true,
    });
    return String(result.value ?? '');
  }

  async function badgeLabel(cdp: CDPSession): Promise<string | null> {
    const [badge] = await inOverlay(cdp, '[data-guidepost="badge"]');
    if (badge === undefined) return null;
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId: badge });
    return attributes[attributes.indexOf('aria-label') + 1] ?? null;
  }

  /** A real mouse click in the middle of the overlay element matching `selector` and `text`. */
  async function click(page: Page, cdp: CDPSession, selector: string, text = ''): Promise<void> {
    await expect.poll(async () => (await inOverlay(cdp, selector, text)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const [nodeId] = await inOverlay(cdp, selector, text);
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: nodeId! });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  }

  it('the writer still gets the nudge: the badge counts the finding, a click opens the card, its fix lands in the draft', async () => {
    const { page, cdp } = await open();
    expect((await overlayRoot(cdp))?.shadowRootType).toBe('closed');
    await typeDraft(page, 'x-timeline', OPINION);
    await expect.poll(() => badgeLabel(cdp), { timeout: 10_000 }).toMatch(/: 1 thing to check/);

    await click(page, cdp, '[data-guidepost="badge"]');
    await expect.poll(async () => (await inOverlay(cdp, 'article.gp-card h3', 'Personal opinion')).length).toBe(1);
    await saveScreenshot(page, 'shipped-x-timeline-card');

    await click(page, cdp, 'article.gp-card button', 'Add disclaimer');
    await expect.poll(() => replicaText(page)).toBe(`${OPINION} ${SAMPLE_PROFILE.disclaimer}`);
    await expect.poll(() => badgeLabel(cdp), { timeout: 10_000 }).toMatch(/nothing to check/);
  });

  it("the page's own scripts find the overlay element but cannot read the badge or the open card", async () => {
    const { page, cdp } = await open();
    await listenAsThePage(page);
    await typeDraft(page, 'x-timeline', OPINION);
    await expect.poll(() => badgeLabel(cdp), { timeout: 10_000 }).toMatch(/: 1 thing to check/);
    await click(page, cdp, '[data-guidepost="badge"]');
    await expect.poll(async () => (await inOverlay(cdp, 'article.gp-card h3', 'Personal opinion')).length).toBe(1);
    // The words are on screen for the writer, as DevTools can confirm…
    const label = await badgeLabel(cdp);
    // Node ids last until the next DOM.getDocument, which badgeLabel sends: read the panel after it.
    const panel = await inOverlay(cdp, '[data-guidepost="panel"]');
    expect(panel).toHaveLength(1);
    const shown = `${label} ${await textOf(cdp, panel[0]!)}`;
    for (const words of GUIDEPOST_WORDS) expect(shown).toContain(words);

    // …but not to the page.
    const seen = await readAsThePage(page);
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRootIsNull).toBe(true);
    expect(seen.text).toContain(OPINION.slice(0, 20));
    for (const words of GUIDEPOST_WORDS) expect(seen.text).not.toContain(words);
    expect(seen.clickPath[0]).toBe('GUIDEPOST-OVERLAY');
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

  async function open(): Promise<FirefoxPage> {
    const page = await firefox.openReplica('x-timeline');
    pages.push(page);
    return page;
  }

  /**
   * The overlay's shadow root. WebDriver BiDi serialises an element's shadow root, closed ones
   * included, but puppeteer has no public way to it: its BiDi element handle's remoteValue() holds
   * it and the handle class's from() wraps it. Should puppeteer change either, this throws.
   */
  async function overlayRoot(page: FirefoxPage): Promise<ElementHandle<ShadowRoot> | null> {
    const host = await page.$('guidepost-overlay');
    if (!host) return null;
    const bidi = host as unknown as {
      remoteValue(): { value?: { shadowRoot?: { value?: { mode?: string } } } };
      realm: unknown;
      constructor: { from(value: unknown, realm: unknown): ElementHandle<ShadowRoot> };
    };
    const root = bidi.remoteValue().value?.shadowRoot;
    if (!root) return null;
    expect(root.value?.mode).toBe('closed');
    return bidi.constructor.from(root, bidi.realm);
  }

  async function inOverlay(page: FirefoxPage, selector: string, text = ''): Promise<ElementHandle<Element> | null> {
    const root = await overlayRoot(page);
    for (const element of (await root?.$$(selector)) ?? []) {
      if ((await element.evaluate((e) => e.textContent ?? '')).includes(text)) return element;
    }
    return null;
  }

  async function badgeLabel(page: FirefoxPage): Promise<string | null> {
    return (await (await inOverlay(page, '[data-guidepost="badge"]'))?.evaluate((e) => e.getAttribute('aria-label'))) ?? null;
  }

  /** A real mouse click in the middle of the overlay element matching `selector` and `text`. */
  async function click(page: FirefoxPage, selector: string, text = ''): Promise<void> {
    await expect.poll(async () => (await inOverlay(page, selector, text)) !== null, { timeout: 10_000 }).toBe(true);
    const box = await (await inOverlay(page, selector, text))!.boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  }

  it('the writer still gets the nudge, and the page cannot read it', async () => {
    const page = await open();
    await listenAsThePage(page);
    await page.click(EDITOR_SELECTORS['x-timeline']);
    await page.keyboard.type(OPINION);
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/: 1 thing to check/);
    await click(page, '[data-guidepost="badge"]');
    await expect.poll(async () => (await inOverlay(page, 'article.gp-card h3', 'Personal opinion')) !== null).toBe(true);
    await saveFirefoxScreenshot(page, 'shipped-firefox-x-timeline-card');

    const seen = await readAsThePage(page);
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRootIsNull).toBe(true);
    expect(seen.text).toContain(OPINION.slice(0, 20));
    for (const words of GUIDEPOST_WORDS) expect(seen.text).not.toContain(words);
    expect(seen.clickPath[0]).toBe('GUIDEPOST-OVERLAY');

    await click(page, 'article.gp-card button', 'Add disclaimer');
    await expect.poll(() => page.evaluate(() => window.__replica!.getText())).toBe(`${OPINION} ${DEFAULT_DISCLAIMER}`);
  });
});
