import { z } from 'zod';
import { coOccurrenceRuleSchema, compileCoOccurrence } from './co-occurrence';
import { conditionalRuleSchema, compileConditional } from './conditional';
import { contextFlagRuleSchema, compileContextFlag } from './context-flag';
import { entityRuleSchema, compileEntity } from './entity';
import { patternRuleSchema, compilePattern } from './pattern';
import { sentimentGatedRuleSchema, compileSentimentGated } from './sentiment-gated';
import { termListRuleSchema, compileTermList } from './term-list';
import { classifierRuleSchema, compileClassifier } from './classifier';
import type { CompileEnv, Evaluate } from '../engine/types';

/** The fixed set of rule kinds. Packs are data; only these are code. */
export const ruleSchema = z.discriminatedUnion('kind', [
  termListRuleSchema,
  patternRuleSchema,
  entityRuleSchema,
  contextFlagRuleSchema,
  coOccurrenceRuleSchema,
  conditionalRuleSchema,
  sentimentGatedRuleSchema,
  classifierRuleSchema,
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
export type RuleKind = Rule['kind'];

type Compiler<K extends RuleKind> = (rule: Extract<Rule, { kind: K }>, env: CompileEnv) => Evaluate;

export const COMPILERS: { [K in RuleKind]: Compiler<K> } = {
  'term-list': compileTermList,
  pattern: compilePattern,
  entity: compileEntity,
  'context-flag': compileContextFlag,
  'co-occurrence': compileCoOccurrence,
  conditional: compileConditional,
  'sentiment-gated': compileSentimentGated,
  classifier: compileClassifier,
};

export const RULE_KINDS = Object.keys(COMPILERS) as RuleKind[];

/** The ids of other rules a rule reads, so the pack can be ordered and checked for cycles. */
export function ruleReferences(rule: Rule): string[] {
  switch (rule.kind) {
    case 'co-occurrence':
      return [...rule.all.flat(), ...rule.none];
    case 'conditional':
      return [...rule.if, ...rule.require];
    case 'sentiment-gated':
      return [...rule.target, ...rule.negative, ...rule.positive, ...rule.sarcasm, ...rule.distractors, ...rule.ignoreWithin];
    default:
      return [];
  }
}

export function compileRule(rule: Rule, env: CompileEnv): Evaluate {
  return (COMPILERS[rule.kind] as Compiler<typeof rule.kind>)(rule as never, env);
}
