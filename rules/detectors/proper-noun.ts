import type { Detector } from './detector';
import { GIVEN_NAMES } from './given-names';

const NOT_AGENTS = new Set(
  `I I'm I've I'd I'll Mon Monday Tue Tuesday Wed Wednesday Thu Thursday Fri Friday Sat Saturday Sun Sunday January
  February March April May June July August September October November December Christmas Easter Mr Mrs Ms Miss Dr`.split(/\s+/),
);

const PLACE_WORDS = new Set('on in at from near to outside of around across round into towards via the off past behind opposite'.split(' '));

const PLACE_ENDINGS = new Set(
  'Road Rd Street St Lane Close Avenue Ave Drive Court House Way Crescent Gardens Terrace Grove Place Square Walk Row Mews Park Estate Green Hill Ward Primary Academy School College Hospital Centre'.split(' '),
);

/**
 * A capitalised name in mid-sentence ("… cancelled by Southern", "… as usual, Evri"): usually another
 * organisation or brand that a complaint may be about. People's given names are left out, so
 * criticism of a named colleague still counts.
 */
export const properNoun: Detector = {
  id: 'proper-noun',
  description: 'a capitalised name in mid-sentence, such as another organisation or brand',
  pattern: /(?:\b(?<before>\p{Ll}+)|[,;:)]) (?<span>\p{Lu}[\p{L}’'&-]+(?: \p{Lu}[\p{L}’'&-]+)*)/gu,
  validate: (m) => {
    // After a preposition or "the", a capitalised name is usually a place ("on Station Road", "the Riverside tip").
    if (PLACE_WORDS.has(m.groups?.['before'] ?? '')) return false;
    const words = (m.groups?.['span'] ?? '').split(' ');
    if (words.length > 1 && PLACE_ENDINGS.has(words[words.length - 1]!)) return false;
    return !words.every((w) => {
      const bare = w.replace(/['’]?s$/, '');
      return NOT_AGENTS.has(w) || NOT_AGENTS.has(bare) || GIVEN_NAMES.has(bare.toLowerCase());
    });
  },
};
