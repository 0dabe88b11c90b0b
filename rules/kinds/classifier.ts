import { z } from 'zod';
import { defineRuleKind } from './rule-kind';
import { ruleCommonShape } from '../schema/rule-common';
import { categorySchema } from '../schema/finding';
import { headNameSchema } from '../model/model-schema';
import type { CompileEnv, Evaluate, Match } from '../engine/types';

/**
 * A judgement learned from labelled drafts of many organisations (does this draft identify
 * someone the organisation serves? criticise the employer? give an opinion on a work matter?):
 * fires when the pack's model gives its `head` a probability at or above that head's threshold.
 * Its matches are the words that drove the decision.
 */
export const classifierRuleSchema = z.object({
  ...ruleCommonShape,
  kind: z.literal('classifier'),
  head: headNameSchema,
  /**
   * The category whose labels `train` teaches this head, when it is not the rule's own (a signal
   * that a reported rule builds on, such as "an opinion on a work matter").
   */
  learns: categorySchema.optional(),
});
export type ClassifierRule = z.infer<typeof classifierRuleSchema>;

const NONE: readonly Match[] = [];

export function compileClassifier(rule: ClassifierRule, env: CompileEnv): Evaluate {
  const model = env.model();
  const head = model.head(rule.head);
  return (draft, context, table) => (model.fires(draft, context, table, head) ? model.explain(draft, context, table, head) : NONE);
}

export const classifierKind = defineRuleKind({
  name: 'classifier',
  schema: classifierRuleSchema,
  compile: compileClassifier,
  refine(rule, pack, issue) {
    if (pack.heads && !pack.heads.includes(rule.head)) issue(['head'], `the model has no head "${rule.head}" (it has ${pack.heads.join(', ')})`);
  },
});
