// Guidepost must never change what the writer's editor holds except by the fix the writer asked
// for. A seeded random session of typing, deleting, moving the caret, pasting, undo and applying
// the disclaimer runs twice in a fresh browser each time — with Guidepost and without it — and must
// end with exactly the same editor-state text. Without Guidepost, the fix step pastes the same
// disclaimer text through the same path (a text/plain paste at the end of the draft).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OrgProfile } from '../../rules/schema/profile';
import { launchChromium } from './harness/chromium';
import { disclaimerFix, editingSession, findingsFor, firstDifference, playSession, type Step } from './harness/editing-session';
import { EDITOR_SELECTORS, openReplica, replicaText, type ReplicaScenario } from './harness/replicas';
import { card, closeCards, expectBadge, openCards, SAMPLE_PROFILE, setExtensionStorage } from './composer-steps';

async function pasteAtCaret(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30))));
}

/** Puts the caret back in the editor, at the end, the same way in both runs. */
async function backToEnd(page: Page, scenario: ReplicaScenario): Promise<void> {
  await page.locator(EDITOR_SELECTORS[scenario]).first().click({ position: { x: 4, y: 4 } });
  // The editor takes the focus and updates its own selection a moment after the click; a writer's
  // next key comes later than a test's.
  await settle(page);
  await page.keyboard.press('Control+End');
  await settle(page);
}

/** Plays the steps in a fresh Chromium, with or without Guidepost, and returns the editor's text after each. */
async function play(scenario: ReplicaScenario, steps: readonly Step[], withExtension: boolean): Promise<string[]> {
  const browser = await launchChromium({ extension: withExtension });
  try {
    if (withExtension) await setExtensionStorage(browser.context, { userProfile: SAMPLE_PROFILE });
    const page = await openReplica(browser.context, scenario);
    await backToEnd(page, scenario);
    return await playSession(steps, {
      type: (text) => page.keyboard.type(text),
      press: (key) => page.keyboard.press(key),
      chord: (modifier, key) => page.keyboard.press(`${modifier}+${key === 'z' ? 'Z' : key}`),
      paste: (text) => pasteAtCaret(page, text),
      async fix() {
        const text = await replicaText(page);
        const fix = disclaimerFix(text, scenario, SAMPLE_PROFILE as OrgProfile);
        if (withExtension) {
          await expectBadge(page, findingsFor(text, scenario, SAMPLE_PROFILE as OrgProfile).length);
          await openCards(page);
          await card(page, 'Personal opinion').getByRole('button', { name: 'Add disclaimer' }).click();
          await expect.poll(() => replicaText(page)).toBe(text + fix);
          await closeCards(page);
        } else {
          await pasteAtCaret(page, fix);
          await expect.poll(() => replicaText(page)).toBe(text + fix);
          // The same click away as closeCards makes in the run with Guidepost: the editor loses
          // the focus in both runs, so what it does on getting it back is the same too.
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
    await browser.close();
  }
}

describe('editor integrity', () => {
  it.each([
    ['x-timeline', 1],
    ['x-timeline', 2],
    ['fb-post', 3],
    ['fb-post', 4],
  ] as const)('%s, seed %i: the same session gives exactly the same editor text with and without Guidepost', async (scenario, seed) => {
    const steps = editingSession(seed, 24);
    const without = await play(scenario, steps, false);
    const withGuidepost = await play(scenario, steps, true);
    expect(withGuidepost.at(-1), `first difference: ${firstDifference(steps, without, withGuidepost)}`).toBe(without.at(-1));
  }, 180_000);
});
