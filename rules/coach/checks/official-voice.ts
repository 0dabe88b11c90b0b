import { compileTermMatcher } from '../../engine/term-matcher';
import type { CoachTip } from '../coach-tip';

/**
 * Phrases that make an organisation sound like a letter from an institution ("It has been
 * decided that…", "Service users are advised…"), from the pack's list: a person would say who
 * decided, and talk to "you".
 */
export function officialVoice(phrases: readonly string[]): (text: string) => CoachTip[] {
  const matcher = compileTermMatcher(phrases);
  return (text) => {
    const found: { start: number; end: number }[] = [];
    matcher.find(text, found);
    return found.map((m) => ({ start: m.start, end: m.end, words: text.slice(m.start, m.end), replacements: [] }));
  };
}
