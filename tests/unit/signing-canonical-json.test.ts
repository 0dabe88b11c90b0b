import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from '../../rules/signing/canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('matches the RFC 8785 §3.2.2 example', () => {
    // RFC 8785 §3.2.2: the "numbers, literals, string" sample and its canonical form.
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3 example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Read the order from the text: JSON.parse would move the integer-like key "1" first.
    const text = canonicalJson(input);
    const positions = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'].map((k) => text.indexOf(JSON.stringify(k)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it.each([
    [{ b: 1, a: [1, 2, { d: true, c: null }] }, '{"a":[1,2,{"c":null,"d":true}],"b":1}'],
    [{ nested: { z: 'é', y: '' } }, '{"nested":{"y":"","z":"é"}}'],
    [[-0, 1e21, 1e-7, 0.1 + 0.2], '[0,1e+21,1e-7,0.30000000000000004]'],
    [{ skipped: undefined, kept: 1 }, '{"kept":1}'],
    ['tab\there', '"tab\\there"'],
  ])('serialises %j as %s', (input, expected) => {
    expect(canonicalJson(input)).toBe(expected);
  });

  it('gives the same text whatever order keys were written in', () => {
    expect(canonicalJson({ id: 'a', rules: [{ x: 1, y: 2 }] })).toBe(canonicalJson({ rules: [{ y: 2, x: 1 }], id: 'a' }));
  });

  it.each([
    [{ n: Number.NaN }, 'n: NaN is not a JSON number'],
    [{ a: [Infinity] }, 'a[0]: Infinity is not a JSON number'],
    [{ s: 'bad \ud800 surrogate' }, 's: string holds a lone surrogate'],
    [{ f: () => 1 }, 'f: a function has no JSON form'],
  ])('refuses %s', (input, message) => {
    expect(() => canonicalJson(input)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(input)).toThrow(message);
  });
});
