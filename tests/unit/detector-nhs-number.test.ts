import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../rules/detectors/nhs-number';
import { detected } from '../fixtures/engine-harness';

/** The NHS modulus 11 check digit, written from the published algorithm, as an oracle. */
function checkDigit(nine: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const digit = 11 - (sum % 11);
  if (digit === 10) return null;
  return digit === 11 ? 0 : digit;
}

describe('nhs-number detector', () => {
  it.each([
    ['943 476 5919', 'spaced 3-3-4'],
    ['943-476-5919', 'hyphenated'],
    ['9434765919', 'run together'],
    ['401 023 2137', 'another valid number'],
    ['987 654 3210', 'check digit 0 (remainder 11)'],
    ['450 557 7104', 'check digit 4'],
  ])('finds a valid NHS number %s (%s)', (number) => {
    expect(detected('nhs-number', `Her NHS no is ${number} if anyone asks`)).toEqual([number]);
  });

  it.each([
    ['943 476 5918', 'last digit off by one'],
    ['401 023 2130', 'wrong check digit'],
    ['123 456 7890', 'a sequence whose check digit would be 10: never issued'],
    ['943 476 591', 'nine digits'],
    ['94347659190', 'eleven digits'],
  ])('ignores %s (%s)', (number) => {
    expect(detected('nhs-number', `Reference ${number} on the form`)).toEqual([]);
  });

  it('does not take ten digits out of a longer number', () => {
    expect(detected('nhs-number', 'Order 19434765919 shipped')).toEqual([]);
  });

  it('agrees with the published check-digit algorithm across many numbers', () => {
    let valid = 0;
    for (let seed = 100_000_007; seed < 1_000_000_000; seed += 37_123_459) {
      const nine = String(seed);
      const digit = checkDigit(nine);
      for (let last = 0; last <= 9; last++) {
        const expected = digit !== null && digit === last;
        expect(isValidNhsNumber(`${nine}${last}`), `${nine}${last}`).toBe(expected);
        if (expected) valid += 1;
      }
    }
    expect(valid).toBeGreaterThan(10);
  });
});
