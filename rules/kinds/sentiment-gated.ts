import { z } from 'zod';
import { defineRuleKind } from './rule-kind';
import { ruleCommonShape, ruleIdSchema, ruleRefsSchema } from '../schema/rule-common';
import { compileTermMatcher } from '../engine/term-matcher';
import { collect, resolveRefs } from './refs';
import { byStart, firstFrom } from '../engine/match-index';
import type { CompileEnv, Draft, Evaluate, Match, MatchTable } from '../engine/types';

/**
 * Fires on a target (the employer, a decision) when the words around it lean the given way.
 * Sentiment words come from other rules (term lists the pack owns); a negator just before a
 * word flips it ("not great"), and a sarcasm marker in scope turns praise into criticism
 * ("great work 🙄"). With `distractors` (other things people complain about: trains, airlines,
 * the government), each sentiment word counts only when the nearest thing it could be about
 * is a target.
 */
export const sentimentGatedRuleSchema = z.object({
  ...ruleCommonShape,
  kind: z.literal('sentiment-gated'),
  target: ruleRefsSchema,
  negative: ruleRefsSchema,
  positive: z.array(ruleIdSchema).default([]),
  sarcasm: z.array(ruleIdSchema).default([]),
  distractors: z.array(ruleIdSchema).default([]),
  /** Target mentions inside these matches do not count ("not <employer>'s" in a disclaimer). */
  ignoreWithin: z.array(ruleIdSchema).default([]),
  negators: z.array(z.string().min(1)).default([]),
  /** `any`: fires on any view about the target, for or against (an opinion). */
  polarity: z.enum(['negative', 'positive', 'any']).default('negative'),
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

/**
 * What a sentiment word is about: the nearest mention in its own sentence (before it, else after
 * it); otherwise the first mention of the nearest earlier sentence that has one — the subject,
 * usually ("My manager told me … before the inspection. Furious."); otherwise the next mention.
 */
function aboutTarget(draft: Draft, mentions: readonly Match[], targets: ReadonlySet<Match>, word: Match): boolean {
  const sentence = draft.sentenceAt(word.start);
  const { start, end } = draft.sentences[sentence]!;
  let before: Match | undefined;
  let after: Match | undefined;
  for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
    const m = mentions[i]!;
    // A phrase that names the target itself ("why does <employer> …??") is about it.
    if (targets.has(m) && m.start < word.end && word.start < m.end) return true;
    if (m.end <= word.start) before = m;
    else if (m.start >= word.end && !after) after = m;
  }
  const local = before ?? after;
  if (local) return targets.has(local);
  const previous = mentions[firstFrom(mentions, start) - 1];
  if (previous) {
    const from = draft.sentences[draft.sentenceAt(previous.start)]!.start;
    return targets.has(mentions[firstFrom(mentions, from)]!);
  }
  const next = mentions[firstFrom(mentions, end)];
  return next === undefined || targets.has(next);
}

export function compileSentimentGated(rule: SentimentGatedRule, env: CompileEnv): Evaluate {
  const targets = resolveRefs(rule.target, env);
  const negative = resolveRefs(rule.negative, env);
  const positive = resolveRefs(rule.positive, env);
  const sarcasm = resolveRefs(rule.sarcasm, env);
  const distractors = resolveRefs(rule.distractors, env);
  const ignoreWithin = resolveRefs(rule.ignoreWithin, env);
  const negators = compileTermMatcher(rule.negators);
  const wantNegative = rule.polarity === 'negative';

  return (draft: Draft, _context, table: MatchTable) => {
    let found: Match[] = [];
    collect(table, targets, found);
    if (ignoreWithin.length > 0 && found.length > 0) {
      const shields: Match[] = [];
      collect(table, ignoreWithin, shields);
      if (shields.length > 0) found = found.filter((t) => !shields.some((s) => s.start <= t.start && t.end <= s.end));
    }
    if (found.length === 0) return [];
    const neg: Match[] = [];
    const pos: Match[] = [];
    const sarc: Match[] = [];
    collect(table, negative, neg);
    collect(table, positive, pos);
    collect(table, sarcasm, sarc);
    if (distractors.length > 0) {
      const others: Match[] = [];
      collect(table, distractors, others);
      found.sort(byStart);
      // A word that is both (the organisation's name in capitals) is the target.
      const overlapsTarget = (o: Match) => {
        const i = firstFrom(found, o.start);
        for (let j = Math.max(0, i - 2); j < found.length && found[j]!.start < o.end; j++) if (found[j]!.end > o.start) return true;
        return false;
      };
      const targetSet = new Set(found);
      const mentions = found.concat(others.filter((o) => !overlapsTarget(o))).sort(byStart);
      const keep = (list: Match[]) => list.filter((w) => aboutTarget(draft, mentions, targetSet, w));
      neg.splice(0, neg.length, ...keep(neg));
      pos.splice(0, pos.length, ...keep(pos));
      sarc.splice(0, sarc.length, ...keep(sarc));
    }
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
    // Targets in the same sentence share a scope: judge each scope once (a long post mentions
    // work topics hundreds of times).
    const verdicts = new Map<number, readonly Match[] | null>();
    for (const target of found) {
      const scope = scopeOf(rule, draft, target);
      const key = scope.start * 1_000_003 + scope.end;
      const known = verdicts.get(key);
      if (known !== undefined) {
        if (known !== null) out.push(target);
        continue;
      }
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
      const fires = rule.polarity === 'any' ? evidence.length > 0 : wantNegative ? score < 0 : score > 0;
      verdicts.set(key, fires ? evidence : null);
      if (fires) out.push(target, ...evidence);
    }
    return dedupe(out);
  };
}

function dedupe(matches: Match[]): Match[] {
  matches.sort((a, b) => a.start - b.start || a.end - b.end);
  return matches.filter((m, i) => i === 0 || m.start !== matches[i - 1]!.start || m.end !== matches[i - 1]!.end);
}

export const sentimentGatedKind = defineRuleKind({
  name: 'sentiment-gated',
  schema: sentimentGatedRuleSchema,
  compile: compileSentimentGated,
  references: (rule) => [...rule.target, ...rule.negative, ...rule.positive, ...rule.sarcasm, ...rule.distractors, ...rule.ignoreWithin],
});
