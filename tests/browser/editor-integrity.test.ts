// Guidepost must never change what the writer's editor holds except by the fix the writer asked
// for. A seeded random session of typing, deleting, moving the caret, pasting, undo and applying
// the disclaimer runs twice in a fresh browser each time — with Guidepost and without it — and must
// end with exactly the same editor-state text. Without Guidepost, the fix step pastes the same
// disclaimer text through the same path (a text/plain paste at the end of the draft).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { DEFAULT_CONTEXT, type DraftContext } from '../../rules/schema/context';
import type { OrgProfile } from '../../rules/schema/profile';
import { seededRandom } from '../../scripts/bench/seeded-random';
import { launchChromium } from './harness/chromium';
import { EDITOR_SELECTORS, openReplica, replicaText, type ReplicaScenario } from './harness/replicas';
import { card, closeCards, expectBadge, openCards, SAMPLE_PROFILE, setExtensionStorage } from './composer-steps';

const WORDS = ['bins', 'Tuesday', 'the', 'library', 'opens', 'at', 'nine', 'café', 'naïve', '🙂', 'résumé', 'and', 'resident', 'parking', 'council', 'meeting', 'my', 'manager', 'said', 'lovely', 'walk', 'عربي', 'e\u0301', 'tea'];
const PASTES = ['Swim times change in May.', ' (see the notice board) ', 'Road closed:\nuse the bypass', '👩🏽‍⚕️ clinic ', 'Views welcome.'];
const OPINION = ' I think the council should fix the parking.';

type Step =
  | { kind: 'type'; text: string }
  | { kind: 'backspace'; times: number }
  | { kind: 'left'; times: number }
  | { kind: 'end' }
  | { kind: 'enter' }
  | { kind: 'paste'; text: string }
  | { kind: 'undo' }
  | { kind: 'fix' };


function session(seed: number, length: number): Step[] {
  // mulberry32, as the bench uses: the same everywhere, so a failing seed can be replayed.
  const next = seededRandom(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const count = (max: number) => 1 + Math.floor(next() * max);
  const step = (): Step => {
    const roll = next();
    if (roll < 0.4) return { kind: 'type', text: `${Array.from({ length: count(4) }, () => pick(WORDS)).join(' ')} ` };
    if (roll < 0.55) return { kind: 'backspace', times: count(6) };
    if (roll < 0.65) return { kind: 'left', times: count(8) };
    if (roll < 0.7) return { kind: 'end' };
    if (roll < 0.75) return { kind: 'enter' };
    if (roll < 0.87) return { kind: 'paste', text: pick(PASTES) };
    return { kind: 'undo' };
  };
  const before = Array.from({ length: length }, step);
  const after = Array.from({ length: Math.floor(length / 2) }, step);
  // The fix needs an opinion about the employer at the end of the draft to be offered.
  return [...before, { kind: 'end' }, { kind: 'type', text: OPINION }, { kind: 'fix' }, ...after];
}

function contextFor(scenario: ReplicaScenario): DraftContext {
  return scenario.startsWith('fb-') ? { ...DEFAULT_CONTEXT, site: 'facebook', audience: 'friends' } : { ...DEFAULT_CONTEXT };
}

/** The disclaimer fix the engine offers for `text`, which is what Guidepost pastes. */
function disclaimerFix(text: string, scenario: ReplicaScenario): string {
  const findings = compile(DEFAULT_PACK, SAMPLE_PROFILE as OrgProfile).check(text, contextFor(scenario));
  const fix = findings.find((f) => f.category === 'opinion-disclaimer')?.fixes.find((f) => f.kind === 'append');
  if (!fix) throw new Error(`no disclaimer is offered for ${JSON.stringify(text)}`);
  return fix.text;
}

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
  await page.keyboard.press('Control+End');
}

/** Plays the steps and returns the editor's text after each one, so a difference can be traced to its step. */
async function play(scenario: ReplicaScenario, steps: readonly Step[], withExtension: boolean): Promise<string[]> {
  const browser = await launchChromium({ extension: withExtension });
  try {
    if (withExtension) await setExtensionStorage(browser.context, { userProfile: SAMPLE_PROFILE });
    const page = await openReplica(browser.context, scenario);
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
          await page.keyboard.press('Control+End');
          break;
        case 'enter':
          await page.keyboard.press('Shift+Enter');
          break;
        case 'paste':
          await pasteAtCaret(page, step.text);
          break;
        case 'undo':
          await page.keyboard.press('Control+Z');
          break;
        case 'fix': {
          const text = await replicaText(page);
          const fix = disclaimerFix(text, scenario);
          if (withExtension) {
            await expectBadge(page, compile(DEFAULT_PACK, SAMPLE_PROFILE as OrgProfile).check(text, contextFor(scenario)).length);
            await openCards(page);
            await card(page, 'Personal opinion').getByRole('button', { name: 'Add disclaimer' }).click();
            await expect.poll(() => replicaText(page)).toBe(text + fix);
            await closeCards(page);
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
    await page.waitForTimeout(600);
    trace.push(await replicaText(page));
    return trace;
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
    const steps = session(seed, 24);
    const without = await play(scenario, steps, false);
    const withGuidepost = await play(scenario, steps, true);
    const first = without.findIndex((text, i) => text !== withGuidepost[i]);
    const where = first < 0 ? 'nowhere' : `step ${first} ${JSON.stringify(steps[first] ?? 'final pause')}, after ${JSON.stringify(without[first - 1] ?? '')}`;
    expect(withGuidepost.at(-1), `first difference: ${where}`).toBe(without.at(-1));
  }, 180_000);
});
