import { z } from 'zod';
import { ruleCommonShape, ruleIdSchema, ruleRefsSchema } from '../schema/rule-common';
import { compileTermMatcher } from '../engine/term-matcher';
import { collect, resolveRefs } from './refs';
import { byStart, firstFrom } from '../engine/match-index';
import type { CompileEnv, Draft, Evaluate, Match, MatchTable } from '../engine/types';

/**
 * Fires on a target (the employer, a decision) when the words around it lean the given way.
 * Sentiment words come from other rules (term lists the pack owns); a negator just before a
 * word flips it ("not great"), and a sarcasm marker in scope turns praise into criticism
 * ("great work 🙄").
 */
export const sentimentGatedRuleSchema = z.object({
  ...ruleCommonShape,
  kind: z.literal('sentiment-gated'),
  target: ruleRefsSchema,
  negative: ruleRefsSchema,
  positive: z.array(ruleIdSchema).default([]),
  sarcasm: z.array(ruleIdSchema).default([]),
  negators: z.array(z.string().min(1)).default([]),
  polarity: z.enum(['negative', 'positive']).default('negative'),
  within: z.union([
    z.literal('sentence'),
    z.object({ sentences: z.number().int().min(0).max(5) }),
    z.object({ chars: z.number().int().positive().max(10000) }),
  ]),
});
export type SentimentGatedRule = z.infer<typeof sentimentGatedRuleSchema>;

/** How far before a sentiment word a negator still applies to it. */
const NEGATION_REACH = 12;

function scopeOf(rule: SentimentGatedRule, draft: Draft, target: Match): Match {
  const within = rule.within;
  if (typeof within === 'object' && 'chars' in within) {
    const { chars } = within;
    return { start: Math.max(0, target.start - chars), end: Math.min(draft.text.length, target.end + chars) };
  }
  const reach = within === 'sentence' ? 0 : within.sentences;
  const first = Math.max(0, draft.sentenceAt(target.start) - reach);
  const last = Math.min(draft.sentences.length - 1, draft.sentenceAt(Math.max(target.start, target.end - 1)) + reach);
  return { start: draft.sentences[first]!.start, end: draft.sentences[last]!.end };
}

export function compileSentimentGated(rule: SentimentGatedRule, env: CompileEnv): Evaluate {
  const targets = resolveRefs(rule.target, env);
  const negative = resolveRefs(rule.negative, env);
  const positive = resolveRefs(rule.positive, env);
  const sarcasm = resolveRefs(rule.sarcasm, env);
  const negators = compileTermMatcher(rule.negators);
  const wantNegative = rule.polarity === 'negative';

  return (draft: Draft, _context, table: MatchTable) => {
    const found: Match[] = [];
    collect(table, targets, found);
    if (found.length === 0) return [];
    const neg: Match[] = [];
    const pos: Match[] = [];
    const sarc: Match[] = [];
    collect(table, negative, neg);
    collect(table, positive, pos);
    collect(table, sarcasm, sarc);
    neg.sort(byStart);
    pos.sort(byStart);
    sarc.sort(byStart);
    if (neg.length + pos.length + sarc.length === 0) return [];
    const nots: Match[] = [];
    if (rule.negators.length > 0) negators.find(draft.text, nots);

    // A negator applies to the sentiment word just after it, never across a sentence end.
    const negated = (m: Match, scope: Match) => {
      for (let i = firstFrom(nots, Math.max(scope.start, m.start - NEGATION_REACH - 16)); i < nots.length; i++) {
        const n = nots[i]!;
        if (n.end > m.start) break;
        if (m.start - n.end <= NEGATION_REACH && draft.sentenceAt(n.start) === draft.sentenceAt(m.start)) return true;
      }
      return false;
    };
    const inScope = (list: Match[], scope: Match): Match[] => {
      const hits: Match[] = [];
      for (let i = firstFrom(list, scope.start); i < list.length && list[i]!.start < scope.end; i++) {
        if (list[i]!.end <= scope.end) hits.push(list[i]!);
      }
      return hits;
    };
    const out: Match[] = [];
    for (const target of found) {
      const scope = scopeOf(rule, draft, target);
      const sarcastic = inScope(sarc, scope);
      let score = 0;
      const evidence: Match[] = [...sarcastic];
      for (const m of inScope(neg, scope)) {
        score += negated(m, scope) ? 1 : -1;
        evidence.push(m);
      }
      for (const m of inScope(pos, scope)) {
        // Praise beside a sarcasm marker is mockery, not praise.
        score += negated(m, scope) || sarcastic.length > 0 ? -1 : 1;
        evidence.push(m);
      }
      if (sarcastic.length > 0) score -= 1;
      if (wantNegative ? score < 0 : score > 0) out.push(target, ...evidence);
    }
    return dedupe(out);
  };
}

function dedupe(matches: Match[]): Match[] {
  matches.sort((a, b) => a.start - b.start || a.end - b.end);
  return matches.filter((m, i) => i === 0 || m.start !== matches[i - 1]!.start || m.end !== matches[i - 1]!.end);
}
