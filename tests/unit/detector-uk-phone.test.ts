import { describe, expect, it } from 'vitest';
import { detected } from '../fixtures/engine-harness';

describe('uk-phone detector', () => {
  it.each([
    ['07700 900123', 'mobile with a space'],
    ['07700900123', 'mobile run together'],
    ['07700-900-123', 'mobile with hyphens'],
    ['+44 7700 900123', 'international mobile'],
    ['+447700900123', 'international, run together'],
    ['+44 (0)20 7946 0958', 'international with the (0)'],
    ['020 7946 0958', 'London landline'],
    ['0113 496 0000', 'city landline'],
    ['01632 960 001', 'area code landline'],
    ['0808 157 0192', 'freephone'],
  ])('finds %s (%s)', (number) => {
    expect(detected('uk-phone', `Ring her on ${number} after six`)).toEqual([number]);
  });

  it.each([
    ['call 999 now', 'an emergency number'],
    ['ring 111 for advice', 'a short number'],
    ['order 12345 678901', 'does not start with 0'],
    ['ref 0770090012345', 'too many digits'],
    ['0770 090', 'too few digits'],
    ['between 2019 and 2024', 'years'],
  ])('ignores %s (%s)', (text) => {
    expect(detected('uk-phone', text)).toEqual([]);
  });
});
