import { z } from 'zod';
import { defineRuleKind } from './rule-kind';
import { ruleCommonShape } from '../schema/rule-common';
import { compileTermMatcher, MAX_TERM_LENGTH, type TermMatcher } from '../engine/term-matcher';
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
  // Built on first use: in a pack of thousands of small lists most never run (see term-prefilter).
  let matchers: { loose: TermMatcher; exact: TermMatcher; before: RegExp | null } | null = null;
  return (draft) => {
    matchers ??= {
      loose: compileTermMatcher(anyCase, { caseSensitive: rule.caseSensitive }),
      exact: compileTermMatcher(exactCase, { caseSensitive: true }),
      before: precededBy(rule.notAfter),
    };
    const { loose, exact, before } = matchers;
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

export const termListKind = defineRuleKind({
  name: 'term-list',
  schema: termListRuleSchema,
  compile: compileTermList,
});
