import type { Match } from './types';

/** Index of the first match starting at or after `position`, in matches sorted by start. */
export function firstFrom(matches: readonly Match[], position: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function byStart(a: Match, b: Match): number {
  return a.start - b.start || a.end - b.end;
}
