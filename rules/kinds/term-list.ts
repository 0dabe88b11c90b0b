import { z } from 'zod';
import { ruleCommonShape } from '../schema/rule-common';
import { compileTermMatcher } from '../engine/term-matcher';
import { expandTerms } from '../engine/profile-terms';
import type { CompileEnv, Evaluate, Match } from '../engine/types';

/** Words and phrases, with profile variables such as `{profile.names}`; all compiled into one matcher. */
export const termListRuleSchema = z.object({
  ...ruleCommonShape,
  kind: z.literal('term-list'),
  terms: z.array(z.string().min(1)).min(1),
  caseSensitive: z.boolean().default(false),
});
export type TermListRule = z.infer<typeof termListRuleSchema>;

export function compileTermList(rule: TermListRule, env: CompileEnv): Evaluate {
  const { anyCase, exactCase } = expandTerms(rule.terms, env.profile);
  const loose = compileTermMatcher(anyCase, { caseSensitive: rule.caseSensitive });
  const exact = compileTermMatcher(exactCase, { caseSensitive: true });
  return (draft) => {
    const out: Match[] = [];
    loose.find(draft.text, out);
    if (exactCase.length > 0) {
      exact.find(draft.text, out);
      out.sort((a, b) => a.start - b.start);
    }
    return out;
  };
}
