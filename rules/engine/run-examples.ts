import { compileRule } from '../kinds';
import { DEFAULT_CONTEXT, type DraftContext } from '../schema/context';
import type { RulePack } from '../schema/pack';
import type { OrgProfile } from '../schema/profile';
import type { RuleExample } from '../schema/rule-common';
import { prepareDraft } from './prepare-draft';
import { ruleApplies } from './rule-applies';
import type { Evaluate, MatchTable } from './types';

export interface ExampleFailure {
  rule: string;
  /** Where the example sits in the pack, e.g. `rules[4].examples.match[1]`. */
  path: string;
  expected: 'match' | 'no match';
  text: string;
  /** One line for people: `rules[4].examples.match[1] (rule "age"): expected a match: "…"`. */
  message: string;
}

function exampleOf(example: RuleExample): { text: string; context: DraftContext } {
  if (typeof example === 'string') return { text: example, context: DEFAULT_CONTEXT };
  return { text: example.text, context: { ...DEFAULT_CONTEXT, ...example.context } };
}

/**
 * Runs every rule's own examples against the rule itself (a signal rule is judged on its matches,
 * a reported rule on whether it fires), so a pack proves what it means before it is switched on.
 */
export function runExamples(pack: RulePack, profile: OrgProfile): ExampleFailure[] {
  const index = new Map<string, number>();
  const evaluators: Evaluate[] = pack.rules.map((rule, i) => {
    const evaluate = compileRule(rule, { profile, ref: (id) => index.get(id)! });
    index.set(rule.id, i);
    return evaluate;
  });
  const failures: ExampleFailure[] = [];
  const fires = (ruleIndex: number, text: string, context: DraftContext): boolean => {
    const draft = prepareDraft(text);
    const table: MatchTable = new Array(evaluators.length);
    for (let i = 0; i <= ruleIndex; i++) table[i] = ruleApplies(pack.rules[i]!.when, context) ? evaluators[i]!(draft, context, table) : [];
    return table[ruleIndex]!.length > 0;
  };
  pack.rules.forEach((rule, i) => {
    const check = (examples: RuleExample[], want: boolean, key: 'match' | 'noMatch') =>
      examples.forEach((example, j) => {
        const { text, context } = exampleOf(example);
        if (fires(i, text, context) === want) return;
        const path = `rules[${i}].examples.${key}[${j}]`;
        const expected = want ? 'match' : 'no match';
        const message = `${path} (rule "${rule.id}"): expected ${want ? 'a match' : 'no match'}: ${JSON.stringify(text)}`;
        failures.push({ rule: rule.id, path, expected, text, message });
      });
    check(rule.examples.match, true, 'match');
    check(rule.examples.noMatch, false, 'noMatch');
  });
  return failures;
}
