import type { CoachTip } from '../coach-tip';
import { COMMON_WORDS } from './common-words';

const ACRONYM = /\b[A-Z][A-Z&]{1,5}s?\b/g;

/** Initials everyone reads without thinking; the pack and the profile add their audience's own. */
const EVERYONE_KNOWS = [
  'OK', 'UK', 'TV', 'NHS', 'BBC', 'ITV', 'GP', 'MP', 'PM', 'AM', 'FAQ', 'DM', 'ID', 'PS', 'USA', 'EU', 'UN', 'RIP', 'LOL', 'ASAP',
  'PDF', 'URL', 'IT', 'A&E', 'CV', 'BBQ', 'DIY', 'ATM', 'PIN', 'SMS', 'VIP', 'RSVP', 'DVD', 'CCTV', 'MOT', 'GCSE', 'HQ', 'RAF', 'QR', 'HGV', 'HM', 'HMP',
];

/**
 * Whether the draft spells the acronym out anywhere: words whose initials make it ("Local Housing
 * Allowance … LHA", "Anti-social behaviour? … ASB", "PD Bramble, our police dog").
 */
function explained(text: string, acronym: string): boolean {
  const letters = acronym.replace(/s$/, '').replace(/&/g, '');
  // Each letter starts a word or a hyphenated part; small joining words may sit between.
  const spelled = [...letters].map((c) => `${c}[\\p{L}'’]*`).join(`(?:[\\s-]+(?:and|of|for|the|in|&)\\b)*[\\s-]+`);
  return new RegExp(`(?<![\\p{L}])${spelled}`, 'iu').test(text.replaceAll(acronym, ' '));
}

/**
 * Acronyms the post never explains: plain to staff, a wall to the people the organisation
 * serves. Counted once each, on first use; shouting in capitals ("SO proud") is not an acronym.
 */
export function unexplainedAcronym(known: readonly string[]): (text: string) => CoachTip[] {
  const knownSet = new Set([...EVERYONE_KNOWS, ...known].map((k) => k.toUpperCase()));
  return (text) => {
    const tips: CoachTip[] = [];
    const seen = new Set<string>();
    ACRONYM.lastIndex = 0;
    for (let m = ACRONYM.exec(text); m !== null; m = ACRONYM.exec(text)) {
      const word = m[0];
      const bare = word.replace(/s$/, '');
      if (seen.has(bare) || knownSet.has(word) || knownSet.has(bare)) continue;
      seen.add(bare);
      // An everyday word in capitals is emphasis ("ROAD CLOSED", "a LOT of tea"), not an acronym.
      if (COMMON_WORDS.has(word.toLowerCase()) || COMMON_WORDS.has(bare.toLowerCase())) continue;
      // Capitals all around: the writer is shouting, not abbreviating.
      const around = text.slice(Math.max(0, m.index - 12), m.index + word.length + 12);
      if ((around.match(/\b[A-Z]{2,}\b/g) ?? []).length >= 3) continue;
      if (explained(text, word)) continue;
      tips.push({ start: m.index, end: m.index + word.length, words: word, replacements: [] });
    }
    return tips;
  };
}
