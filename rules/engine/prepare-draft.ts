import type { Draft, Match } from './types';

// A sentence ends at . ! ? … or a line break, when followed by space; runs of them stay together.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)|\n+/g;

/** Titles and Latin abbreviations whose full stop does not end a sentence ("Mr. Khan", "e.g. this"). */
const ABBREVIATION = /(?:^|[^\p{L}.])(?:mrs?|ms|mx|dr|prof|rev|cllr|sgt|insp|st|vs|approx|e\.g|i\.e)$/iu;
/** A capital letter on its own is an initial: "J. Smith" is one person, not two sentences. */
const INITIAL = /(?:^|[^\p{L}])\p{Lu}$/u;

function abbreviationBefore(text: string, stop: number): boolean {
  const before = text.slice(Math.max(0, stop - 8), stop);
  return ABBREVIATION.test(before) || INITIAL.test(before);
}

/** Splits the draft into sentences once per check; every sentence-scoped rule shares them. */
export function prepareDraft(text: string): Draft {
  const sentences: Match[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    if (m[0] === '.' && abbreviationBefore(text, m.index)) continue;
    const end = m.index + m[0].length;
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  if (start < text.length || sentences.length === 0) sentences.push({ start, end: text.length });
  return {
    text,
    sentences,
    sentenceAt(position) {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sentences[mid]!.start <= position) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}
