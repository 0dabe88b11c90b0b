// The prefilter lets a check skip word lists that cannot match. Skipping a list that could match
// would silently lose a finding, so the property here is soundness: whenever a list's own matcher
// finds a word, the prefilter has marked that list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTermMatcher } from '../../rules/engine/term-matcher';
import { buildTermPrefilter, termKey } from '../../rules/engine/term-prefilter';
import type { Match } from '../../rules/engine/types';
import { GENERIC_PROFILE } from '../../rules/schema/profile';
import { checkerOf, contextOf, reported } from '../fixtures/engine-harness';

/** Letters and the characters the matcher treats specially, so terms and drafts collide often. */
const piece = fc.constantFrom('a', 'b', 'ab', 'K', 'k', '\u212a', 's', '\u017f', 'é', 'É', ' ', '  ', '\u00a0', '-', '–', "'", '’', '`', '.', '#', '@', '\n', '😀', 'x', 'y');
const word = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const term = fc.tuple(word, fc.boolean()).map(([w, prefix]) => (prefix ? `${w}*` : w)).filter((t) => t.trim() !== '' && t.trim() !== '*');
const draft = fc.array(fc.oneof(word, piece), { maxLength: 30 }).map((parts) => parts.join(''));

function matches(terms: string[], caseSensitive: boolean, text: string): Match[] {
  const out: Match[] = [];
  compileTermMatcher(terms, { caseSensitive }).find(text, out);
  return out;
}

describe('term-list prefilter', () => {
  it('toRun every list whose own matcher finds a word in the draft', () => {
    let found = 0;
    let skipped = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(term, { minLength: 1, maxLength: 4 }), fc.boolean()), { minLength: 1, maxLength: 6 }), draft, (lists, text) => {
        const prefilter = buildTermPrefilter(
          lists.length,
          lists.map(([terms], index) => ({ index, terms })),
          1,
        );
        const toRun = prefilter?.candidates(text) ?? null;
        lists.forEach(([terms, caseSensitive], index) => {
          const hit = matches(terms, caseSensitive, text).length > 0;
          if (hit) found += 1;
          if (hit) expect(toRun === null || toRun.includes(index), `${JSON.stringify(terms)} in ${JSON.stringify(text)}`).toBe(true);
          if (toRun !== null && !toRun.includes(index)) skipped += 1;
        });
      }),
      { numRuns: 600, seed: 20261124 },
    );
    // The property is only worth something if both sides happened often.
    expect(found).toBeGreaterThan(60);
    expect(skipped).toBeGreaterThan(60);
  }, 60_000);

  it.each([
    ['kelvin', 'the \u212aelvin sign folds to k'],
    ['last', 'the la\u017ft one: long s folds to s'],
    ["o'neill", 'curly O\u2019Neill'],
    ['well-being', 'our well being day'],
    ['well-being', 'our well\u2013being day'],
    ['a b c', 'A\u00a0B\tC'],
    ['#tag', 'see #TAG'],
    ['pre*', 'PREVIOUSLY'],
  ])('toRun %j in %j, where its matcher finds it', (term, text) => {
    expect(matches([term], false, text).length).toBeGreaterThan(0);
    const toRun = buildTermPrefilter(
      2,
      [
        { index: 0, terms: [term] },
        { index: 1, terms: ['zzz'] },
      ],
      1,
    )!.candidates(text);
    expect(toRun).toEqual([0]);
  });

  it('keys a term by its first letters, whatever the spacing, apostrophes, hyphens and case', () => {
    expect(termKey('Well-Being')).toBe('wellbe');
    expect(termKey("O'Brien")).toBe('obrien');
    expect(termKey('a b')).toBe('ab');
    expect(termKey('restructur*')).toBe('restru');
    expect(termKey('#NHS')).toBe('#nhs');
    // Case folding of non-ASCII letters differs between regular expressions and toLowerCase.
    expect(termKey('Élan')).toBeNull();
  });

  it('skips a list none of whose words can be in the draft, and finds the same as before when one is', () => {
    const rules = Array.from({ length: 100 }, (_, i) => reported({ id: `list-${i}`, kind: 'term-list', terms: [`zorb${i}ix`, `quell ${i}`] }));
    const checker = checkerOf(rules, GENERIC_PROFILE);
    expect(checker.check('Nothing here at all.', contextOf())).toEqual([]);
    const found = checker.check('A word: QUELL\u00a07 and zorb84ix.', contextOf());
    expect(found.map((f) => f.rule)).toEqual(['list-7']);
    expect(found[0]!.spans).toEqual([
      { start: 8, end: 15 },
      { start: 20, end: 28 },
    ]);
  });
});
