import { z } from 'zod';
import { defineRuleKind } from './rule-kind';
import { ruleCommonShape } from '../schema/rule-common';
import type { CompileEnv, Evaluate, Match } from '../engine/types';

/**
 * A fact about the draft's context rather than its words (an attached photo, a reply), so
 * other rules can count it as evidence. It matches the whole draft when the flag holds.
 */
export const contextFlagRuleSchema = z.object({
  ...ruleCommonShape,
  kind: z.literal('context-flag'),
  flag: z.enum(['media', 'reply', 'profileDisclaimer']),
});
export type ContextFlagRule = z.infer<typeof contextFlagRuleSchema>;

const NONE: readonly Match[] = [];

/**
 * The matches that stand for a context fact rather than words. They cover the whole draft, so
 * co-occurrence must not treat them as using up the words under them ("our tenant" + a photo).
 */
const CONTEXT_FACTS = new WeakSet<Match>();

export function isContextFact(match: Match): boolean {
  return CONTEXT_FACTS.has(match);
}

export function compileContextFlag(rule: ContextFlagRule, _env: CompileEnv): Evaluate {
  return (draft, context) => {
    if (!context[rule.flag]) return NONE;
    const fact = { start: 0, end: draft.text.length };
    CONTEXT_FACTS.add(fact);
    return [fact];
  };
}

export const contextFlagKind = defineRuleKind({
  name: 'context-flag',
  schema: contextFlagRuleSchema,
  compile: compileContextFlag,
});
