import { pick, type Random } from '../../rules/training/seeded-random';
import { SENTENCE_POOL } from './sentence-pool';

/**
 * A draft of exactly `length` characters (UTF-16 units, as X and Facebook count), built from
 * pool sentences with an occasional paragraph break; the last sentence is cut where the limit
 * falls, as a draft being written would be.
 */
export function makeDraft(length: number, random: Random): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const separator = parts.length === 0 ? '' : random() < 0.15 ? '\n\n' : ' ';
    const sentence = pick(SENTENCE_POOL, random);
    parts.push(separator, sentence);
    size += separator.length + sentence.length;
  }
  let draft = parts.join('').slice(0, length);
  // Never end on half of a surrogate pair (an emoji cut in two).
  const last = draft.charCodeAt(draft.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) draft = `${draft.slice(0, -1)}.`;
  return draft;
}

export function makeDrafts(count: number, length: number, random: Random): string[] {
  return Array.from({ length: count }, () => makeDraft(length, random));
}
