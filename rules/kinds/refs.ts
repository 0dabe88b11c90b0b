import { isContextFact } from './context-flag';
import type { CompileEnv, Match, MatchTable } from '../engine/types';

/** Resolves rule ids to table indices once, at compile time. */
export function resolveRefs(ids: readonly string[] | undefined, env: CompileEnv): number[] {
  return (ids ?? []).map((id) => env.ref(id));
}

export function anyMatches(table: MatchTable, refs: readonly number[]): boolean {
  for (const r of refs) if (table[r]!.length > 0) return true;
  return false;
}

export function collect(table: MatchTable, refs: readonly number[], out: Match[]): void {
  for (const r of refs) for (const m of table[r]!) out.push(m);
}

/** Whether two matches share words; a context fact (an attached photo) shares none. */
export function overlaps(a: Match, b: Match): boolean {
  return a.start < b.end && b.start < a.end && !isContextFact(a) && !isContextFact(b);
}
