import { z } from 'zod';
import { ruleCommonShape, ruleIdSchema, ruleRefsSchema } from '../schema/rule-common';
import { collect, overlaps, resolveRefs } from './refs';
import type { CompileEnv, Draft, Evaluate, Match, MatchTable } from '../engine/types';

/**
 * Fires where every group in `all` has a match within the same scope (a sentence, a window of
 * characters, or the whole draft), each on different words, and nothing in `none` is in that scope.
 */
export const coOccurrenceRuleSchema = z.object({
  ...ruleCommonShape,
  kind: z.literal('co-occurrence'),
  all: z.array(ruleRefsSchema).min(2),
  none: z.array(ruleIdSchema).default([]),
  within: z.union([z.enum(['sentence', 'draft']), z.object({ chars: z.number().int().positive().max(10000) })]),
});
export type CoOccurrenceRule = z.infer<typeof coOccurrenceRuleSchema>;

interface Scope {
  start: number;
  end: number;
}

function inScope(m: Match, scope: Scope): boolean {
  return m.start >= scope.start && m.end <= scope.end;
}

/** Picks, for each group, a match in scope that does not overlap one already picked. */
function pick(groups: readonly Match[][], scope: Scope, chosen: Match[]): boolean {
  for (const group of groups) {
    const found = group.find((m) => inScope(m, scope) && !chosen.some((c) => overlaps(c, m)));
    if (!found) return false;
    chosen.push(found);
  }
  return true;
}

function scopesFor(rule: CoOccurrenceRule, draft: Draft, anchors: readonly Match[]): Scope[] {
  if (rule.within === 'draft') return [{ start: 0, end: draft.text.length }];
  if (rule.within === 'sentence') {
    const seen = new Set<number>();
    const scopes: Scope[] = [];
    for (const a of anchors) {
      const first = draft.sentenceAt(a.start);
      const last = draft.sentenceAt(Math.max(a.start, a.end - 1));
      if (seen.has(first)) continue;
      seen.add(first);
      scopes.push({ start: draft.sentences[first]!.start, end: draft.sentences[last]!.end });
    }
    return scopes;
  }
  const { chars } = rule.within;
  return anchors.map((a) => ({ start: Math.max(0, a.start - chars), end: Math.min(draft.text.length, a.end + chars) }));
}

export function compileCoOccurrence(rule: CoOccurrenceRule, env: CompileEnv): Evaluate {
  const groups = rule.all.map((ids) => resolveRefs(ids, env));
  const none = resolveRefs(rule.none, env);
  return (draft: Draft, _context, table: MatchTable) => {
    const matches: Match[][] = groups.map((refs) => {
      const out: Match[] = [];
      collect(table, refs, out);
      return out;
    });
    if (matches.some((g) => g.length === 0)) return [];
    const blockers: Match[] = [];
    collect(table, none, blockers);
    const out: Match[] = [];
    for (const scope of scopesFor(rule, draft, matches[0]!)) {
      if (blockers.some((b) => inScope(b, scope))) continue;
      const chosen: Match[] = [];
      if (pick(matches, scope, chosen)) for (const c of chosen) if (!out.some((o) => o.start === c.start && o.end === c.end)) out.push(c);
    }
    return out.sort((a, b) => a.start - b.start);
  };
}
