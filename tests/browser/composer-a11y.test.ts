// Guidepost's in-page UI for keyboard and screen reader users: reachable without a mouse, and
// free of the problems axe-core can find, in both themes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replicaPosted, replicaText } from './harness/replicas';
import { editor, expectBadge, overlay, reviewPrompt, typeDraft, useComposerBrowser } from './composer-steps';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OPINION = 'I think the council should sort out the parking on our road.';

const chromium = useComposerBrowser();

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/** Runs axe-core on Guidepost's shadow root only: the replica page is not what is under test. */
async function axeViolations(p: Page): Promise<AxeViolation[]> {
  // Evaluated as a DevTools expression, which the page's CSP does not govern.
  await p.evaluate(AXE_SOURCE);
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ include: [{ fromShadowDom: ['guidepost-overlay', '.gp-root'] }] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

const focusedText = (p: Page) => overlay(p).evaluate((host) => host.shadowRoot?.activeElement?.textContent ?? null);

describe.each(['light', 'dark'] as const)('in-page UI, %s theme', (theme) => {
  it('opens the cards from the keyboard (Alt+Shift+G in the editor); Escape puts them away and returns to the editor', async () => {
    const p = await chromium.open('x-timeline', { theme });
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await p.keyboard.press('Alt+Shift+G');
    const panel = overlay(p).locator('[data-guidepost="panel"]');
    await panel.waitFor();
    await expect.poll(() => focusedText(p)).not.toBeNull();
    expect(await axeViolations(p)).toEqual([]);
    await p.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    // Back in the editor, caret where it was: typing carries on at the end.
    expect(await editor(p, 'x-timeline').evaluate((e) => e.contains(document.activeElement))).toBe(true);
    await p.keyboard.type(' Cheers');
    await expect.poll(() => replicaText(p)).toBe(`${OPINION} Cheers`);
  });

  it('has an accessible review prompt', async () => {
    const p = await chromium.open('fb-comment', { theme });
    await typeDraft(p, 'fb-comment', OPINION);
    await expectBadge(p, 1);
    await editor(p, 'fb-comment').press('Enter');
    await reviewPrompt(p).waitFor();
    expect(await axeViolations(p)).toEqual([]);
    // Keyboard only: Shift+Tab reaches "Comment anyway", Enter on it sends the comment once.
    await p.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedText(p)).toBe('Comment anyway');
    await p.keyboard.press('Enter');
    await expect.poll(() => replicaPosted(p)).toEqual([OPINION]);
  });
});
