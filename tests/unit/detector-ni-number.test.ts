import { describe, expect, it } from 'vitest';
import { detected } from '../fixtures/engine-harness';

describe('ni-number detector', () => {
  it.each([
    ['AB123456C', 'run together'],
    ['JG 10 37 86 A', 'spaced in pairs'],
    ['KR 55 20 19 D', 'suffix D'],
    ['WP120934B', 'suffix B'],
  ])('finds %s (%s)', (number) => {
    expect(detected('ni-number', `NI number ${number} on the claim`)).toEqual([number]);
  });

  it.each([
    ['BG123456A', 'BG is never issued'],
    ['GB123456A', 'GB is never issued'],
    ['NK123456A', 'NK is never issued'],
    ['KN123456A', 'KN is never issued'],
    ['TN123456A', 'TN is never issued'],
    ['NT123456A', 'NT is never issued'],
    ['ZZ123456A', 'ZZ is never issued'],
    ['DA123456A', 'D never starts a number'],
    ['FY123456A', 'F never starts a number'],
    ['QQ123456C', 'Q never starts a number (the example prefix)'],
    ['AO123456A', 'O is never the second letter'],
    ['AB123456E', 'the suffix is A to D'],
    ['AB12345C', 'five digits'],
  ])('ignores %s (%s)', (number) => {
    expect(detected('ni-number', `Ref ${number} here`)).toEqual([]);
  });
});
