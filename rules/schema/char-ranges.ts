import { types, type Set as RetSet, type SetToken } from 'ret';

/** A set of characters as sorted, disjoint, inclusive [from, to] code point ranges. */
export type Ranges = [number, number][];

export const MAX_CODE_POINT = 0x10ffff;
export const ANY_CHARACTER: Ranges = [[0, MAX_CODE_POINT]];

export function normaliseRanges(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export function complement(ranges: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [from, to] of ranges) {
    if (from > next) out.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

/** The set with the other case of each letter added, as the `i` flag matches it. */
export function withOtherCase(ranges: Ranges): Ranges {
  const extra: Ranges = [];
  for (const [from, to] of ranges) {
    const upper: [number, number] = [Math.max(from, 0x41), Math.min(to, 0x5a)];
    const lower: [number, number] = [Math.max(from, 0x61), Math.min(to, 0x7a)];
    if (upper[0] <= upper[1]) extra.push([upper[0] + 32, upper[1] + 32]);
    if (lower[0] <= lower[1]) extra.push([lower[0] - 32, lower[1] - 32]);
    if (from === to && from > 0x7f) {
      for (const variant of [String.fromCodePoint(from).toLowerCase(), String.fromCodePoint(from).toUpperCase()]) {
        const code = variant.codePointAt(0)!;
        if (variant.length === String.fromCodePoint(code).length) extra.push([code, code]);
      }
    }
  }
  return normaliseRanges([...ranges, ...extra]);
}

/** Characters the parser was shown in place of something it cannot read (`\p{L}`, an astral character), with what they stand for. */
export type Substitutes = ReadonlyMap<number, Ranges>;

export function charRanges(code: number, substitutes: Substitutes): Ranges {
  return substitutes.get(code) ?? [[code, code]];
}

function setTokenRanges(token: SetToken, substitutes: Substitutes): Ranges {
  if (token.type === types.CHAR) return charRanges(token.value, substitutes);
  if (token.type === types.RANGE) return [[token.from, token.to]];
  return classRanges(token, substitutes);
}

/** The characters a parsed character class (`[a-z]`, `\d`, `[^\s]`, `.`) stands for. */
export function classRanges(set: RetSet, substitutes: Substitutes): Ranges {
  const union = normaliseRanges(set.set.flatMap((token) => setTokenRanges(token, substitutes)));
  return set.not ? complement(union) : union;
}

export function intersects(a: Ranges, b: Ranges): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]![1] < b[j]![0]) i++;
    else if (b[j]![1] < a[i]![0]) j++;
    else return true;
  }
  return false;
}

export function contains(ranges: Ranges, code: number): boolean {
  return ranges.some(([from, to]) => from <= code && code <= to);
}
