import { z } from 'zod';
import { defineRuleKind } from './rule-kind';
import { ruleCommonShape, ruleIdSchema, ruleRefsSchema } from '../schema/rule-common';
import { collect, overlaps, resolveRefs } from './refs';
import { byStart, firstFrom } from '../engine/match-index';
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

/** How many candidates per group the search tries before giving up on a scope; keeps worst cases bounded. */
const MAX_TRIES = 32;

/**
 * Finds, for each group (sorted by start), a match in scope such that no two picked matches
 * overlap: one word cannot be both the person and the detail about them. A small bounded search,
 * because taking the first candidate greedily can use up the only word another group needed.
 */
function pick(groups: readonly Match[][], scope: Scope, chosen: Match[], depth = 0): boolean {
  if (depth === groups.length) return true;
  const group = groups[depth]!;
  let tries = 0;
  for (let i = firstFrom(group, scope.start); i < group.length && group[i]!.start < scope.end; i++) {
    const m = group[i]!;
    if (!inScope(m, scope) || chosen.some((c) => overlaps(c, m))) continue;
    chosen.push(m);
    if (pick(groups, scope, chosen, depth + 1)) return true;
    chosen.pop();
    if (++tries >= MAX_TRIES) break;
  }
  return false;
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
      return out.sort(byStart);
    });
    if (matches.some((g) => g.length === 0)) return [];
    const blockers: Match[] = [];
    collect(table, none, blockers);
    blockers.sort(byStart);
    const out: Match[] = [];
    for (const scope of scopesFor(rule, draft, matches[0]!)) {
      const b = firstFrom(blockers, scope.start);
      if (b < blockers.length && blockers[b]!.end <= scope.end && blockers[b]!.start < scope.end) continue;
      const chosen: Match[] = [];
      if (pick(matches, scope, chosen)) for (const c of chosen) if (!out.some((o) => o.start === c.start && o.end === c.end)) out.push(c);
    }
    return out.sort((a, b) => a.start - b.start);
  };
}

export const coOccurrenceKind = defineRuleKind({
  name: 'co-occurrence',
  schema: coOccurrenceRuleSchema,
  compile: compileCoOccurrence,
  references: (rule) => [...rule.all.flat(), ...rule.none],
});
