import type { CoachTip } from '../coach-tip';

/** A paragraph ends at a blank line (or a line break after a full stop, as phones write them). */
const BREAK = /\n\s*\n|(?<=[.!?…])\s*\n/g;

/**
 * A long run of text with no paragraph break: on Facebook, a wall of text gets scrolled past.
 * The tip sits on the first sentence of the longest such run.
 */
export function wallOfText(maxChars: number): (text: string) => CoachTip[] {
  return (text) => {
    let start = 0;
    let longest = { start: 0, end: 0 };
    const consider = (end: number) => {
      if (end - start > longest.end - longest.start) longest = { start, end };
    };
    BREAK.lastIndex = 0;
    for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
      consider(m.index);
      start = m.index + m[0].length;
    }
    consider(text.length);
    if (longest.end - longest.start <= maxChars) return [];
    const firstStop = text.slice(longest.start, longest.end).search(/[.!?…](?:\s|$)/);
    const end = firstStop > 0 ? longest.start + firstStop + 1 : Math.min(longest.end, longest.start + 80);
    return [{ start: longest.start, end, words: text.slice(longest.start, end).trim(), replacements: [] }];
  };
}
