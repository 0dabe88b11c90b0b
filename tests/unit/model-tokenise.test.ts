import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOKEN, tokenise } from '../../rules/model/tokenise';

const byRegex = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
const byScan = (text: string) => {
  const out: number[][] = [];
  tokenise(text, (start, end) => out.push([start, end]));
  return out;
};

const PIECES = ['word', 'Word', "don't", 'don’t', 'fly-tipping', 'a-', '-b', '--', 'x-y-z', 'café', 'naïve-ish', 'señor', '42', '3rd', 'http://x.example/a?b', 'https://', 'http', 'h', '@Fernvale_BC', '@', '@ü', '!', '?!', '!!!', '.', '..', '...', '…', '😡', '👩‍⚕️', '🙄', '\u{1F600}x', ' ', '\n', ',', "'", '’', '_', 'Ω', '日本', '١٢', '\uD83D'];

describe('tokenise', () => {
  it('finds exactly the tokens of the regular expression that defines them', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
