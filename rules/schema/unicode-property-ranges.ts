import { normaliseRanges, type Ranges } from './char-ranges';

/**
 * Planes with characters assigned in them (Unicode 16): the Basic Multilingual Plane, the
 * Supplementary Multilingual and Ideographic planes, the Tertiary Ideographic Plane and the
 * Supplementary Special-purpose Plane. The others are unassigned or private use throughout, so
 * one character stands for each of them.
 */
const SCANNED_PLANES = [0, 1, 2, 3, 14];
const OTHER_PLANES = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16];
const NONCHARACTER = 0xfffe;
const cache = new Map<string, Ranges>();

/**
 * The code points a `\p{…}` or `\P{…}` escape matches under `flags`, found by asking the engine
 * itself: each plane is written out as one string and the escape's runs are read off with one
 * search, which takes milliseconds where testing each code point would take a second.
 */
export function propertyRanges(escape: string, flags: string): Ranges {
  const ignoreCase = flags.includes('i');
  const key = `${escape}/${ignoreCase}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const runs = new RegExp(`${escape}+`, ignoreCase ? 'giu' : 'gu');
  const single = new RegExp(`^${escape}$`, ignoreCase ? 'iu' : 'u');
  const ranges: Ranges = [];
  for (const plane of SCANNED_PLANES) {
    const base = plane * 0x10000;
    const width = plane === 0 ? 1 : 2;
    for (const run of planeText(base).matchAll(runs)) {
      ranges.push([base + run.index / width, base + (run.index + run[0].length) / width - 1]);
    }
  }
  for (const plane of OTHER_PLANES) {
    const base = plane * 0x10000;
    if (single.test(String.fromCodePoint(base + 0x100))) ranges.push([base, base + 0xffff]);
  }
  const result = normaliseRanges(ranges);
  cache.set(key, result);
  return result;
}

/** Every code point of a plane in order; surrogates, which are not characters, as a noncharacter. */
function planeText(base: number): string {
  let text = '';
  const chunk = new Array<number>(4096);
  for (let offset = 0; offset < 0x10000; offset += chunk.length) {
    for (let k = 0; k < chunk.length; k++) {
      const code = base + offset + k;
      chunk[k] = code >= 0xd800 && code <= 0xdfff ? NONCHARACTER : code;
    }
    text += String.fromCodePoint(...chunk);
  }
  return text;
}
