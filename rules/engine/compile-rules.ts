import type { Rule } from '../kinds';
import { compileRuleOrSkip, type SkippedRule } from './compile-rule-or-skip';
import type { ClassifierRule } from '../kinds/classifier';
import { compileModel, type CompiledModel } from '../model/compile-model';
import type { TextModel } from '../model/model-schema';
import type { OrgProfile } from '../schema/profile';
import type { DraftContext } from '../schema/context';
import { ruleApplies } from './rule-applies';
import type { Draft, Evaluate, MatchTable } from './types';

export interface CompiledRules {
  rules: readonly Rule[];
  evaluators: readonly Evaluate[];
  /** Rules left out for this profile (its words would make a pattern unsafe), where and why. */
  skipped: readonly SkippedRule[];
}

/**
 * Compiles each rule once, in pack order, so a rule can read the rules above it; the model is
 * compiled the first time a classifier asks for it. The checker, the examples and the bench all
 * run rules through this, so what an example proves is what a check does. Training, which has
 * no model yet, stands in its own verdicts for the classifiers (`classifierVerdict`).
 */
export function compileRules(
  rules: readonly Rule[],
  profile: OrgProfile,
  model: TextModel | undefined,
  classifierVerdict?: (rule: ClassifierRule) => Evaluate,
): CompiledRules {
  const index = new Map<string, number>();
  let compiledModel: CompiledModel | undefined;
  const ref = (from: string) => (id: string) => {
    const at = index.get(id);
    if (at === undefined) throw new Error(`rule "${from}" refers to "${id}", which is not above it`);
    return at;
  };
  const skipped: SkippedRule[] = [];
  const evaluators = rules.map((rule, i) => {
    if (rule.kind === 'classifier' && classifierVerdict) {
      index.set(rule.id, i);
      return classifierVerdict(rule);
    }
    const { evaluate, skipped: left } = compileRuleOrSkip(rule, i, {
      profile,
      ref: ref(rule.id),
      model() {
        if (!model) throw new Error(`rule "${rule.id}" needs the pack's model, and the pack has none`);
        compiledModel ??= compileModel(model, ref(rule.id));
        return compiledModel;
      },
    });
    if (left) skipped.push(left);
    index.set(rule.id, i);
    return evaluate;
  });
  return { rules, evaluators, skipped };
}

/** Runs rules 0…last on a draft, in order, into a fresh match table. */
export function runRules(compiled: CompiledRules, draft: Draft, context: DraftContext, last = compiled.rules.length - 1): MatchTable {
  const table: MatchTable = new Array(compiled.rules.length).fill([]);
  for (let i = 0; i <= last; i++) {
    table[i] = ruleApplies(compiled.rules[i]!.when, context) ? compiled.evaluators[i]!(draft, context, table) : [];
  }
  return table;
}
