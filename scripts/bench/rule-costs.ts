import { performance } from 'node:perf_hooks';
import { compileRules } from '../../rules/engine/compile-rules';
import { prepareDraft } from '../../rules/engine/prepare-draft';
import { ruleApplies } from '../../rules/engine/rule-applies';
import type { MatchTable } from '../../rules/engine/types';
import type { RulePack } from '../../rules/schema/pack';
import type { OrgProfile } from '../../rules/schema/profile';
import type { DraftContext } from '../../rules/schema/context';
import { median } from './stats';

/**
 * Median time of each rule's own step in a check (what `check` does, rule by rule, with the same
 * match table), plus `prepareDraft`: tells which rule to look at when a budget is missed.
 */
export function ruleCosts(pack: RulePack, profile: OrgProfile, drafts: readonly string[], context: DraftContext, rounds: number): Record<string, number> {
  const { evaluators } = compileRules(pack.rules, profile, pack.model);
  const samples = new Map<string, number[]>([['(prepare draft)', []], ...pack.rules.map((r) => [r.id, []] as [string, number[]])]);
  for (let r = 0; r < rounds; r++) {
    for (const text of drafts) {
      let start = performance.now();
      const draft = prepareDraft(text);
      samples.get('(prepare draft)')!.push(performance.now() - start);
      const table: MatchTable = new Array(evaluators.length);
      pack.rules.forEach((rule, i) => {
        start = performance.now();
        table[i] = ruleApplies(rule.when, context) ? evaluators[i]!(draft, context, table) : [];
        samples.get(rule.id)!.push(performance.now() - start);
      });
    }
  }
  return Object.fromEntries([...samples].map(([id, s]) => [id, median(s)]));
}
