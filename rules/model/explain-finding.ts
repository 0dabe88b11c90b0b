import type { Match } from '../engine/types';
import type { Unit } from './read-draft';
import { STOP_WORDS } from './stop-words';

/** The most words a card names as the reason for one finding. */
export const MAX_EXPLAINING_SPANS = 5;
/** A signal longer than this (a whole rhetorical question) is context, not "the words". */
const LONGEST_SPAN = 60;

function canExplain(unit: Unit): boolean {
  if (unit.sentence < 0 || unit.end - unit.start > LONGEST_SPAN) return false;
  if (unit.evidence) return unit.text !== 'PROPER';
  return /[\p{L}\p{Extended_Pictographic}]/u.test(unit.text) && !STOP_WORDS.has(unit.text) && unit.text !== 'URL' && unit.text !== 'HANDLE';
}

/**
 * The words that drove a decision: each feature's push is shared among the units it came from;
 * the units that pushed most (whole words or whole matches, never a stop word alone) become at
 * most five spans, in reading order, neighbours joined.
 */
export function explainingSpans(text: string, units: readonly Unit[], sources: readonly number[][], pushes: ArrayLike<number>): Match[] {
  const weight = new Float64Array(units.length);
  sources.forEach((from, i) => {
    const push = pushes[i]!;
    if (push <= 0 || from.length === 0) return;
    for (const u of from) weight[u] = weight[u]! + push / from.length;
  });
  // The heaviest units one at a time, rather than sorting every unit of a long draft.
  const chosen: Match[] = [];
  const used = new Uint8Array(units.length);
  while (chosen.length < MAX_EXPLAINING_SPANS) {
    let best = -1;
    for (let i = 0; i < units.length; i++) {
      if (used[i] || !(weight[i]! > 0)) continue;
      if (best < 0 || weight[i]! > weight[best]! || (weight[i] === weight[best] && units[i]!.start < units[best]!.start)) best = i;
    }
    if (best < 0) break;
    used[best] = 1;
    const unit = units[best]!;
    if (!canExplain(unit) || chosen.some((c) => unit.start < c.end && c.start < unit.end)) continue;
    chosen.push({ start: unit.start, end: unit.end });
  }
  chosen.sort((a, b) => a.start - b.start);
  const joined: Match[] = [];
  for (const span of chosen) {
    const last = joined[joined.length - 1];
    if (last && /^[\s\u00a0]*$/.test(text.slice(last.end, span.start))) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}
