import { compileRule, type Rule } from '../kinds';
import { RuleRefusedError } from './rule-refused-error';
import type { CompileEnv, Evaluate, Match } from './types';

/** A rule left out for this profile, where it is in the pack and why. */
export interface SkippedRule {
  rule: string;
  /** e.g. `rules[3].regex`. */
  path: string;
  problem: string;
}

const NO_MATCHES: readonly Match[] = [];
const matchesNothing: Evaluate = () => NO_MATCHES;

/** The rule compiled for this profile, or, when the profile's words make it unsafe, a rule that matches nothing and why. */
export function compileRuleOrSkip(rule: Rule, index: number, env: CompileEnv): { evaluate: Evaluate; skipped?: SkippedRule } {
  try {
    return { evaluate: compileRule(rule, env) };
  } catch (error) {
    if (!(error instanceof RuleRefusedError)) throw error;
    return { evaluate: matchesNothing, skipped: { rule: rule.id, path: `rules[${index}].${error.field}`, problem: error.problem } };
  }
}
