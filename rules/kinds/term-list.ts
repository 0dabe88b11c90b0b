import { z } from 'zod';
import { ruleCommonShape } from '../schema/rule-common';
import { compileTermMatcher, MAX_TERM_LENGTH } from '../engine/term-matcher';
import { expandTerms } from '../engine/profile-terms';
import type { CompileEnv, Evaluate, Match } from '../engine/types';

/** Words and phrases, with profile variables such as `{profile.names}`; all compiled into one matcher. */
export const termListRuleSchema = z.object({
  ...ruleCommonShape,
  kind: z.literal('term-list'),
  terms: z.array(z.string().min(1).max(MAX_TERM_LENGTH)).min(1),
  caseSensitive: z.boolean().default(false),
  /** Words that cancel a match when they come just before it ("in" before a place-like name). */
  notAfter: z.array(z.string().min(1)).default([]),
});
export type TermListRule = z.infer<typeof termListRuleSchema>;

export function compileTermList(rule: TermListRule, env: CompileEnv): Evaluate {
  const { anyCase, exactCase } = expandTerms(rule.terms, env.profile);
  const loose = compileTermMatcher(anyCase, { caseSensitive: rule.caseSensitive });
  const exact = compileTermMatcher(exactCase, { caseSensitive: true });
  const before = precededBy(rule.notAfter);
  return (draft) => {
    const out: Match[] = [];
    loose.find(draft.text, out);
    if (exactCase.length > 0) {
      exact.find(draft.text, out);
      out.sort((a, b) => a.start - b.start);
    }
    return before ? out.filter((m) => !before.test(draft.text.slice(Math.max(0, m.start - 40), m.start))) : out;
  };
}

function precededBy(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${escaped.join('|')})\\s+$`, 'iu');
}
