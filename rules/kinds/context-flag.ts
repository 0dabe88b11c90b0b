import { z } from 'zod';
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

export function compileContextFlag(rule: ContextFlagRule, _env: CompileEnv): Evaluate {
  return (draft, context) => (context[rule.flag] ? [{ start: 0, end: draft.text.length }] : NONE);
}
