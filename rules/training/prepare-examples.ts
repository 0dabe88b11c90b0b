import type { Rule } from '../kinds';
import type { ClassifierRule } from '../kinds/classifier';
import { compileRules } from '../engine/compile-rules';
import { prepareDraft } from '../engine/prepare-draft';
import { ruleApplies } from '../engine/rule-applies';
import type { Evaluate, MatchTable } from '../engine/types';
import { readDraft, resolveReading } from '../model/read-draft';
import type { ReadingSpec } from '../model/reading-spec';
import type { PackSource } from '../schema/pack';
import { GENERIC_PROFILE, type OrgProfile } from '../schema/profile';
import type { DraftContext } from '../schema/context';
import type { RuleExample } from '../schema/rule-common';
import { fillExample } from '../engine/run-examples';
import type { LabelledSet } from './labelled-draft';

/** A head of the model: a name the pack's classifier rules use, and the category its labels come from. */
export interface Head {
  name: string;
  learns: string;
}

/** A labelled draft read once for training: its features and what each verdict of the heads would report. */
export interface PreparedDraft {
  /** Which labelled set it came from, or FROM_EXAMPLES. */
  set: number;
  /** For a lesson from the pack's examples: the set whose profile filled it in (-1: the generic profile). */
  filledFor?: number;
  features: string[];
  /** Words the draft writes in lower case, where a name would be capitalised: evidence a word is not a name. */
  lowerCaseWords: string[];
  expect: ReadonlySet<string>;
  /** Per head: 1 where the draft has the head's category. */
  targets: Uint8Array;
  /** Per head: 1 where this head's verdict alone changes whether its category is reported (the pack's certain rules decide the rest). */
  counts: Uint8Array;
  /** Categories the pack reports for each combination of verdicts (bit k set: head k fires). */
  outcomes: readonly (readonly string[])[];
}

/** The model's heads, in the order the pack's classifier rules first name them. */
export function headsOf(rules: readonly Rule[]): Head[] {
  const heads: Head[] = [];
  for (const rule of rules) {
    if (rule.kind !== 'classifier' || heads.some((h) => h.name === rule.head)) continue;
    const learns = rule.learns ?? rule.category;
    if (!learns) throw new Error(`classifier rule "${rule.id}" has no category and no "learns": which labels should it learn from?`);
    heads.push({ name: rule.head, learns });
  }
  return heads;
}

const WHOLE_DRAFT = (text: string) => [{ start: 0, end: text.length }];

/** Where a draft came from: one of the labelled sets, or the base pack's own examples. */
export const FROM_EXAMPLES = -1;

/**
 * Runs the pack over every labelled draft with each head's verdict forced both ways, so training
 * knows, draft by draft, where a head's judgement matters: an organisation account is never
 * judged on employer comment, a draft with a disclaimer never needs one — those are the pack's
 * certain rules, not something the model should learn. Also reads each draft's features.
 *
 * The examples of the pack's classifier rules are lessons too, filled with every profile (and the
 * generic one): each teaches its own head only. They state plainly what a rule means, so an
 * author who sees an obvious miss adds an example and trains again.
 */
export function prepareExamples(
  base: PackSource,
  reads: ReadingSpec,
  sets: readonly LabelledSet[],
): { heads: Head[]; drafts: PreparedDraft[]; lessons: PreparedDraft[] } {
  const heads = headsOf(base.rules);
  const firstClassifier = base.rules.findIndex((r) => r.kind === 'classifier');
  const verdicts = new Uint8Array(heads.length);
  const index = new Map(base.rules.map((r, i) => [r.id, i]));
  const reading = resolveReading(reads, (id) => index.get(id)!);

  const readerFor = (profile: OrgProfile) => {
    const compiled = compileRules(base.rules, profile, undefined, (rule: ClassifierRule): Evaluate => {
      const head = heads.findIndex((h) => h.name === rule.head);
      return (draft) => (verdicts[head] ? WHOLE_DRAFT(draft.text) : []);
    });
    return (text: string, context: DraftContext) => {
      const draft = prepareDraft(text);
      const table: MatchTable = new Array(base.rules.length).fill([]);
      const run = (from: number) => {
        for (let i = from; i < base.rules.length; i++) {
          table[i] = ruleApplies(base.rules[i]!.when, context) ? compiled.evaluators[i]!(draft, context, table) : [];
        }
      };
      verdicts.fill(0);
      run(0);
      const { units, features } = readDraft(draft, context, table, reading, false);
      const outcomes: string[][] = [];
      for (let mask = 0; mask < 1 << heads.length; mask++) {
        heads.forEach((_, k) => (verdicts[k] = (mask >> k) & 1));
        run(firstClassifier);
        outcomes.push([...new Set(base.rules.flatMap((r, i) => (r.category !== undefined && table[i]!.length > 0 ? [r.category] : [])))].sort());
      }
      const lowerCaseWords = units.filter((u) => !u.evidence && text.slice(u.start, u.end) === u.text).map((u) => u.text);
      return { features, lowerCaseWords, outcomes };
    };
  };
  const matters = (outcomes: readonly (readonly string[])[], k: number) =>
    outcomes[1 << k]!.includes(heads[k]!.learns) !== outcomes[0]!.includes(heads[k]!.learns) ? 1 : 0;

  const drafts: PreparedDraft[] = [];
  sets.forEach((set, setIndex) => {
    const read = readerFor(set.profile);
    for (const labelled of set.drafts) {
      const { features, lowerCaseWords, outcomes } = read(labelled.text, labelled.context);
      const expect = new Set(labelled.expect);
      drafts.push({
        set: setIndex,
        features,
        lowerCaseWords,
        expect,
        targets: Uint8Array.from(heads, (h) => (expect.has(h.learns) ? 1 : 0)),
        counts: Uint8Array.from(heads, (_, k) => matters(outcomes, k)),
        outcomes,
      });
    }
  });

  const lessons: PreparedDraft[] = [];
  [GENERIC_PROFILE, ...sets.map((s) => s.profile)].forEach((profile, p) => {
    const read = readerFor(profile);
    for (const rule of base.rules) {
      if (rule.kind !== 'classifier') continue;
      const k = heads.findIndex((h) => h.name === rule.head);
      const teach = (examples: readonly RuleExample[], target: number) => {
        for (const example of examples) {
          const filled = fillExample(example, profile);
          if ('skip' in filled) continue;
          const { features, lowerCaseWords, outcomes } = read(filled.text, filled.context);
          lessons.push({
            set: FROM_EXAMPLES,
            filledFor: p - 1,
            features,
            lowerCaseWords,
            expect: new Set(),
            targets: Uint8Array.from(heads, (_, j) => (j === k ? target : 0)),
            counts: Uint8Array.from(heads, (_, j) => (j === k ? matters(outcomes, k) : 0)),
            outcomes,
          });
        }
      };
      teach(rule.examples.match, 1);
      teach(rule.examples.noMatch, 0);
    }
  });
  return { heads, drafts, lessons };
}
