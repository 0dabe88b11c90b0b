import { pick, type Random } from '../../rules/training/seeded-random';
import { SENTENCE_POOL } from './sentence-pool';

/**
 * Keyboard-typable text: typographic punctuation as a UK keyboard types it, and no emoji (a
 * keyboard cannot press one; it would be inserted, not typed).
 */
export function typable(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/…/g, '...')
    .replace(/£/g, 'GBP ')
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A one-paragraph draft of exactly `length` typable characters, for typing into a composer. */
export function makeTypingDraft(length: number, random: Random): string {
  let text = '';
  while (text.length < length) text += `${text ? ' ' : ''}${typable(pick(SENTENCE_POOL, random))}`;
  return text.slice(0, length);
}

/** Gaps between keys at human speed: 100–150 ms, the same sequence on every run. */
export function keyGaps(count: number, random: Random): number[] {
  return Array.from({ length: count }, () => 100 + Math.round(random() * 50));
}
