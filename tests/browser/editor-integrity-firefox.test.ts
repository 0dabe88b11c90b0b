// Editor integrity in Firefox ESR: the same seeded sessions of typing, deleting, caret moves, new
// lines, pastes, undo and the disclaimer fix, played with Guidepost and again without it, must end
// with exactly the same editor text. In Firefox the fix goes through the page-world paste bridge,
// so this is where a difference between the two paths would show. Guidepost runs as on a fresh
// install (the generic profile), so the fix is the default disclaimer.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { GENERIC_PROFILE } from '../../rules';
import { disclaimerFix, editingSession, findingsFor, firstDifference, playSession, type Step } from './harness/editing-session';
import { launchFirefox } from './harness/firefox';
import { EDITOR_SELECTORS, type ReplicaScenario } from './harness/replicas';
import { clickInOverlay, expectBadge, overlayText, replicaText } from './firefox-steps';

async function chord(page: Page, modifier: 'Control' | 'Shift', key: 'End' | 'Enter' | 'z'): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

/** A paste of text/plain at the caret, built in the page's own world as a site's handler reads it. */
async function pasteAtCaret(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
    paste.clipboardData!.setData('text/plain', t);
    document.activeElement!.dispatchEvent(paste);
  }, text);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30))));
}

/** Puts the caret back in the editor, at the end, the same way in both runs. */
async function backToEnd(page: Page, scenario: ReplicaScenario): Promise<void> {
  await page.click(EDITOR_SELECTORS[scenario], { offset: { x: 4, y: 4 } });
  // The editor takes the focus and updates its own selection a moment after the click; a writer's
  // next key comes later than a test's.
  await settle(page);
  await chord(page, 'Control', 'End');
  // Draft.js in Firefox takes in the caret's move some time after Ctrl+End, more while the page is
  // busy (here, Guidepost redrawing after the card closed): keys sent at once landed where the click
  // had put the caret, in about one run in four. A writer pauses longer than this before typing.
  await settle(page);
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Plays the steps in a fresh Firefox, with or without Guidepost, and returns the editor's text after each. */
async function play(scenario: ReplicaScenario, steps: readonly Step[], withExtension: boolean): Promise<string[]> {
  const firefox = await launchFirefox({ extension: withExtension });
  try {
    const page = await firefox.openReplica(scenario);
    await backToEnd(page, scenario);
    return await playSession(steps, {
      type: (text) => page.keyboard.type(text),
      press: (key) => page.keyboard.press(key),
      chord: (modifier, key) => chord(page, modifier, key),
      paste: (text) => pasteAtCaret(page, text),
      async fix() {
        const text = await replicaText(page);
        const fix = disclaimerFix(text, scenario, GENERIC_PROFILE);
        if (withExtension) {
          await expectBadge(page, findingsFor(text, scenario, GENERIC_PROFILE).length);
          await clickInOverlay(page, '[data-guidepost="badge"]');
          await clickInOverlay(page, 'article.gp-card button', 'Add disclaimer');
          await expect.poll(() => replicaText(page)).toBe(text + fix);
          // Away from the card, as a writer clicks back into the page; it closes.
          await page.mouse.click(5, 790);
          await expect.poll(() => overlayText(page, '[data-guidepost="panel"]')).toBeNull();
        } else {
          await pasteAtCaret(page, fix);
          await expect.poll(() => replicaText(page)).toBe(text + fix);
          // The same click away as the run with Guidepost makes to close the card: the editor
          // loses the focus in both runs, so what it does on getting it back is the same too.
          await page.mouse.click(5, 790);
        }
        await backToEnd(page, scenario);
      },
      async read() {
        // A writer's keys are tens of milliseconds apart; the editors settle between them.
        await settle(page);
        return replicaText(page);
      },
    });
  } finally {
    await firefox.close();
  }
}

describe('editor integrity (Firefox ESR)', () => {
  it.each([
    ['x-timeline', 5],
    ['fb-post', 6],
  ] as const)('%s, seed %i: the same session gives exactly the same editor text with and without Guidepost', async (scenario, seed) => {
    const steps = editingSession(seed, 24);
    const without = await play(scenario, steps, false);
    const withGuidepost = await play(scenario, steps, true);
    expect(withGuidepost.at(-1), `first difference: ${firstDifference(steps, without, withGuidepost)}`).toBe(without.at(-1));
  }, 180_000);
});
