import type { CoachConfig } from '../../rules/coach/coach-schema';
import type { RulePack } from '../../rules/schema/pack';
import type { DraftContext } from '../../rules/schema/context';
import type { PassInputs } from '../../utils/messages';
import type { Settings } from '../../utils/settings-table';
import type { PassOutcome, PassRunner } from './pass-runner';

/**
 * The coach a draft's tone tips come from, or null when it gets none: the pack has a coach, and the
 * draft goes out as one of the organisation's accounts or the writer asked for tips on their own posts too.
 */
export function coachFor(pack: RulePack, context: DraftContext, settings: Settings): CoachConfig | null {
  return pack.coach && (context.account === 'organisation' || settings.coachPersonal) ? pack.coach : null;
}

export interface CoachPass {
  /**
   * Loads the coach for this input unless it already is. The first call starts its worker, which
   * loads retext: made as soon as a draft that wants tips is seen (even empty), never otherwise.
   */
  prepare(input: PassInputs['coach']): void;
  /** Tips for a draft, within the coach's own budget; `prepare` first. */
  check(text: string, context: DraftContext): Promise<PassOutcome>;
  /** True once a draft has wanted tips in this tab. */
  readonly started: boolean;
}

/** The coach pass, its runner made the first time a draft wants tips. */
export function createCoachPass(startRunner: () => PassRunner<'coach'>): CoachPass {
  let runner: PassRunner<'coach'> | null = null;
  let loaded: PassInputs['coach'] | null = null;
  return {
    prepare(input) {
      if (loaded?.coach === input.coach && loaded.profile === input.profile) return;
      runner ??= startRunner();
      loaded = input;
      void runner.load(input);
    },
    check(text, context) {
      return runner ? runner.check(text, context) : Promise.resolve({ state: 'unchecked', reason: 'failed' });
    },
    get started() {
      return runner !== null;
    },
  };
}
