// Editor integrity in Firefox ESR: the same seeded sessions of typing, deleting, caret moves, new
// lines, pastes, undo and the disclaimer fix, played with Guidepost and again without it, must end
// with exactly the same editor text. In Firefox the fix goes through the page-world paste bridge,
// so this is where a difference between the two paths would show. Guidepost runs as on a fresh
// install (the generic profile), so the fix is the default disclaimer.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { GENERIC_PROFILE } from '../../rules';
import { disclaimerFix, editingSession, findingsFor, firstDifference, type Step } from './harness/editing-session';
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
  await chord(page, 'Control', 'End');
}

/** Plays the steps and returns the editor's text after each one, so a difference can be traced to its step. */
async function play(scenario: ReplicaScenario, steps: readonly Step[], withExtension: boolean): Promise<string[]> {
  const firefox = await launchFirefox({ extension: withExtension });
  try {
    const page = await firefox.openReplica(scenario);
    await backToEnd(page, scenario);
    const trace: string[] = [];
    for (const step of steps) {
      switch (step.kind) {
        case 'type':
          await page.keyboard.type(step.text);
          break;
        case 'backspace':
          for (let i = 0; i < step.times; i++) await page.keyboard.press('Backspace');
          break;
        case 'left':
          for (let i = 0; i < step.times; i++) await page.keyboard.press('ArrowLeft');
          break;
        case 'end':
          await chord(page, 'Control', 'End');
          break;
        case 'enter':
          await chord(page, 'Shift', 'Enter');
          break;
        case 'paste':
          await pasteAtCaret(page, step.text);
          break;
        case 'undo':
          await chord(page, 'Control', 'z');
          break;
        case 'fix': {
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
          }
          await backToEnd(page, scenario);
          break;
        }
      }
      // A writer's keys are tens of milliseconds apart; the editors settle between them.
      await settle(page);
      trace.push(await replicaText(page));
    }
    // Let any check Guidepost has pending run before reading the final state.
    await new Promise((resolve) => setTimeout(resolve, 600));
    trace.push(await replicaText(page));
    return trace;
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
