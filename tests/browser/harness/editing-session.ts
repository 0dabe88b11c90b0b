// The random editing sessions the editor-integrity tests play in both browsers, and the fix the
// engine offers at their "fix" step.
import { compile } from '../../../rules/engine/compile';
import { DEFAULT_PACK } from '../../../rules/packs/default-pack';
import { DEFAULT_CONTEXT, type DraftContext } from '../../../rules/schema/context';
import type { OrgProfile } from '../../../rules/schema/profile';
import { seededRandom } from '../../../rules/training/seeded-random';
import type { ReplicaScenario } from './replicas';

const WORDS = ['bins', 'Tuesday', 'the', 'library', 'opens', 'at', 'nine', 'café', 'naïve', '🙂', 'résumé', 'and', 'resident', 'parking', 'council', 'meeting', 'my', 'manager', 'said', 'lovely', 'walk', 'عربي', 'e\u0301', 'tea'];
const PASTES = ['Swim times change in May.', ' (see the notice board) ', 'Road closed:\nuse the bypass', '👩🏽‍⚕️ clinic ', 'Views welcome.'];
const OPINION = ' I think the council should fix the parking.';

export type Step =
  | { kind: 'type'; text: string }
  | { kind: 'backspace'; times: number }
  | { kind: 'left'; times: number }
  | { kind: 'end' }
  | { kind: 'enter' }
  | { kind: 'paste'; text: string }
  | { kind: 'undo' }
  | { kind: 'fix' };

/** A seeded session: the same steps for the same seed, so a failing one can be replayed. */
export function editingSession(seed: number, length: number): Step[] {
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

export function contextFor(scenario: ReplicaScenario): DraftContext {
  return scenario.startsWith('fb-') ? { ...DEFAULT_CONTEXT, site: 'facebook', audience: 'friends' } : { ...DEFAULT_CONTEXT };
}

/** The findings for `text` in the scenario's context, with `profile`'s words. */
export function findingsFor(text: string, scenario: ReplicaScenario, profile: OrgProfile) {
  return compile(DEFAULT_PACK, profile).check(text, contextFor(scenario));
}

/** The disclaimer fix the engine offers for `text`, which is what Guidepost pastes. */
export function disclaimerFix(text: string, scenario: ReplicaScenario, profile: OrgProfile): string {
  const findings = findingsFor(text, scenario, profile);
  const fix = findings.find((f) => f.category === 'opinion-disclaimer')?.fixes.find((f) => f.kind === 'append');
  if (!fix) throw new Error(`no disclaimer is offered for ${JSON.stringify(text)}`);
  return fix.text;
}


/** Where two runs' traces part, for the failure message. */
export function firstDifference(steps: readonly Step[], without: readonly string[], withGuidepost: readonly string[]): string {
  const first = without.findIndex((text, i) => text !== withGuidepost[i]);
  return first < 0 ? 'nowhere' : `step ${first} ${JSON.stringify(steps[first] ?? 'final pause')}, after ${JSON.stringify(without[first - 1] ?? '')}`;
}

/** What a browser test does for each kind of step, through its own driver (Playwright or puppeteer). */
export interface EditingDriver {
  type(text: string): Promise<void>;
  press(key: 'Backspace' | 'ArrowLeft'): Promise<void>;
  /** Control+End, Shift+Enter, Control+Z. */
  chord(modifier: 'Control' | 'Shift', key: 'End' | 'Enter' | 'z'): Promise<void>;
  paste(text: string): Promise<void>;
  /** The disclaimer fix: through Guidepost's card when it is loaded, else the same paste by hand. */
  fix(): Promise<void>;
  /** The editor's text, once the editor has settled after the step. */
  read(): Promise<string>;
}

/** Plays the steps and returns the editor's text after each one, so a difference can be traced to its step. */
export async function playSession(steps: readonly Step[], driver: EditingDriver): Promise<string[]> {
  const trace: string[] = [];
  for (const step of steps) {
    switch (step.kind) {
      case 'type':
        await driver.type(step.text);
        break;
      case 'backspace':
        for (let i = 0; i < step.times; i++) await driver.press('Backspace');
        break;
      case 'left':
        for (let i = 0; i < step.times; i++) await driver.press('ArrowLeft');
        break;
      case 'end':
        await driver.chord('Control', 'End');
        break;
      case 'enter':
        await driver.chord('Shift', 'Enter');
        break;
      case 'paste':
        await driver.paste(step.text);
        break;
      case 'undo':
        await driver.chord('Control', 'z');
        break;
      case 'fix':
        await driver.fix();
        break;
    }
    trace.push(await driver.read());
  }
  // Let any check Guidepost has pending run before reading the final state.
  await new Promise((resolve) => setTimeout(resolve, 600));
  trace.push(await driver.read());
  return trace;
}
