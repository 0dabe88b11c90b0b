import { describe, expect, it } from 'vitest';
import { detected } from '../fixtures/engine-harness';

describe('uk-postcode detector', () => {
  it.each([
    ['SW1A 1AA', 'letter-digit-letter outward code'],
    ['LS6 2HQ', 'two letters, one digit'],
    ['B33 8TH', 'one letter, two digits'],
    ['M1 1AE', 'shortest form'],
    ['CR2 6XH', 'two letters, one digit'],
    ['W1J 7NT', 'letter-digit-letter'],
    ['EH12 9QX', 'two letters, two digits'],
    ['SW1A1AA', 'without the space'],
    ['GIR 0AA', 'the one special case'],
  ])('finds %s (%s)', (postcode) => {
    expect(detected('uk-postcode', `They moved to ${postcode} last month`)).toEqual([postcode]);
  });

  it.each([
    ['QQ1 1AA', 'Q never starts a postcode'],
    ['X1 2AB', 'X never starts a postcode'],
    ['AB1 1CI', 'C and I never appear in the inward code'],
    ['SW1A', 'an outward code alone locates a district, not a home'],
    ['B2B 2024', 'business jargon'],
    ['A1 road', 'a road number'],
  ])('ignores %s (%s)', (text) => {
    expect(detected('uk-postcode', `Note: ${text} today`)).toEqual([]);
  });
});
