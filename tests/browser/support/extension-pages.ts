// Opening Guidepost's own pages (popup, options) as tabs, and the checks every such page gets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');

export type ColourScheme = 'light' | 'dark';

/** Opens `chrome-extension://<id>/<path>` in a new tab, sized like the real popup or a settings tab. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  path: string,
  colorScheme: ColourScheme = 'light',
): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize(path.startsWith('popup') ? { width: 380, height: 600 } : { width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core itself inside the page and returns the serious and critical violations.
 * The source goes in through the DevTools protocol: the extension's CSP rightly blocks inline scripts.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

interface TabInfo {
  id?: number;
  url?: string;
}
declare const chrome: { tabs: { query(info: object): Promise<TabInfo[]> } };

/**
 * The id of a site tab as the extension sees it: the one new tab that appeared while `open` ran,
 * not counting Guidepost's own pages (an onboarding tab may open on install). Site tabs show no
 * URL to the extension (it has no "tabs" permission), hence the before/after comparison.
 */
export async function openTracked(extensionPage: Page, open: () => Promise<Page>): Promise<{ page: Page; tabId: number }> {
  const siteTabs = () =>
    extensionPage.evaluate(async () =>
      (await chrome.tabs.query({})).filter((t) => !t.url?.startsWith('chrome-extension://')).map((t) => t.id!),
    );
  const before = new Set(await siteTabs());
  const page = await open();
  const added = (await siteTabs()).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new site tab, found ${added.length}`);
  return { page, tabId: added[0]! };
}
