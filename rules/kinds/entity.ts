import { z } from 'zod';
import { defineRuleKind } from './rule-kind';
import { ruleCommonShape } from '../schema/rule-common';
import { findPersonNames } from '../detectors/person-name';
import type { CompileEnv, Evaluate, Match } from '../engine/types';

/** Named entities found by the built-in recognisers; words listed in `ignore` never count. */
export const entityRuleSchema = z.object({
  ...ruleCommonShape,
  kind: z.literal('entity'),
  entity: z.enum(['person-name']),
  ignore: z.array(z.string()).default([]),
});
export type EntityRule = z.infer<typeof entityRuleSchema>;

export function compileEntity(rule: EntityRule, env: CompileEnv): Evaluate {
  // The organisation's own names are never a person's name ("Fenwick Council").
  const ignore = new Set(
    [...rule.ignore, env.profile.name, ...env.profile.aliases].flatMap((s) => s.toLowerCase().split(/\s+/)),
  );
  return (draft) => {
    const out: Match[] = [];
    findPersonNames(draft.text, ignore, out);
    return out;
  };
}

export const entityKind = defineRuleKind({
  name: 'entity',
  schema: entityRuleSchema,
  compile: compileEntity,
});
