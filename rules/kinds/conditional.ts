import { z } from 'zod';
import { defineRuleKind } from './rule-kind';
import { ruleCommonShape, ruleRefsSchema } from '../schema/rule-common';
import { anyMatches, collect, resolveRefs } from './refs';
import type { CompileEnv, Evaluate, Match } from '../engine/types';

/**
 * "A requires B": fires on the matches of `if` when none of `require` is anywhere in the draft
 * and no context flag in `satisfiedBy` is set (e.g. the profile already carries a disclaimer).
 */
export const conditionalRuleSchema = z.object({
  ...ruleCommonShape,
  kind: z.literal('conditional'),
  if: ruleRefsSchema,
  require: ruleRefsSchema,
  satisfiedBy: z.array(z.enum(['profileDisclaimer', 'reply', 'media'])).default([]),
});
export type ConditionalRule = z.infer<typeof conditionalRuleSchema>;

export function compileConditional(rule: ConditionalRule, env: CompileEnv): Evaluate {
  const when = resolveRefs(rule.if, env);
  const required = resolveRefs(rule.require, env);
  return (_draft, context, table) => {
    if (rule.satisfiedBy.some((flag) => context[flag])) return [];
    if (!anyMatches(table, when) || anyMatches(table, required)) return [];
    const out: Match[] = [];
    collect(table, when, out);
    return out.sort((a, b) => a.start - b.start);
  };
}

export const conditionalKind = defineRuleKind({
  name: 'conditional',
  schema: conditionalRuleSchema,
  compile: compileConditional,
  references: (rule) => [...rule.if, ...rule.require],
});
