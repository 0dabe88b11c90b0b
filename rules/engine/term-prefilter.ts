import { startsWord } from './term-matcher';

/**
 * Tells `check` which term-list rules could match a draft, from one walk over the text, so a pack
 * of thousands of small word lists costs about what one list of all those words costs: a rule whose
 * words cannot occur is skipped without its regular expression ever reading the text.
 *
 * Each term is keyed by its first few letters, with the characters the term matcher lets vary or
 * drop (spaces, apostrophes, hyphens) taken out and ASCII lower-cased. Wherever a term matches,
 * the text from the match's start, treated the same way, begins with that key; so collecting the
 * keys at every word start in the draft finds every rule that can match, and possibly a few that
 * cannot (their own matcher then finds nothing). Never fewer: a rule with any term that cannot be
 * keyed safely (a non-ASCII first letter, whose case folding differs from `toLowerCase`) is always
 * run.
 */
export interface TermPrefilter {
  /**
   * The indices of the rules to run on `text`, in pack order: every rule that is not a keyed term
   * list, and the keyed term lists that may match. Null when every rule must run.
   */
  candidates(text: string): number[] | null;
}

/** Long enough that a key seldom stands for more than a few rules, short enough for short words. */
const KEY_LENGTH = 6;
/**
 * Below this many term lists the regular expressions are cheaper than the walk: the default pack
 * has a dozen or two, and a 63,206-character draft would pay for the walk for nothing.
 */
export const PREFILTER_MIN_RULES = 64;
/** A draft with this many separators in a row at a word start is not keyed: every rule runs. */
const MAX_GAP = 32;

const NORMALISED_APOSTROPHE = /[’‘`]/g;
/** Characters the term matcher treats as interchangeable or optional (see `charPattern`). */
const SEPARATORS = /[\s'’‘`\-‐‑–]/gu;

function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x27 || // '
    code === 0x60 || // `
    code === 0x2d || // -
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2010 || // ‐
    code === 0x2011 || // ‑
    code === 0x2013 || // –
    code === 0x2018 || // ‘
    code === 0x2019 || // ’
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The lower-case ASCII letter a draft's character can stand for under the `iu` flags, or the
 * character itself. Two non-ASCII characters fold to ASCII letters: the Kelvin sign and long s.
 */
function foldCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code === 0x212a) return 0x6b; // K → k
  if (code === 0x17f) return 0x73; // ſ → s
  return code;
}

/** The key of one term, or null when it cannot be keyed safely. */
export function termKey(term: string): string | null {
  let compact = term.trim().replace(NORMALISED_APOSTROPHE, "'");
  if (compact.endsWith('*')) compact = compact.slice(0, -1);
  compact = compact.replace(SEPARATORS, '');
  if (compact === '') return null;
  const key = compact.slice(0, KEY_LENGTH);
  // Printable ASCII only: outside it, case folding in a regular expression and toLowerCase differ.
  if (!/^[\x21-\x7e]+$/.test(key)) return null;
  return key.toLowerCase();
}

/**
 * Builds the prefilter for the term-list rules given (their index in the pack and their terms as
 * expanded for the profile). Returns null when too few rules can be keyed for skipping to pay.
 */
export function buildTermPrefilter(
  ruleCount: number,
  rules: readonly { index: number; terms: readonly string[] }[],
  minRules = PREFILTER_MIN_RULES,
): TermPrefilter | null {
  const byKey = new Map<string, number[]>();
  const always = new Uint8Array(ruleCount).fill(1);
  let keyed = 0;
  for (const { index, terms } of rules) {
    const keys = new Set<string>();
    let safe = terms.length > 0;
    for (const term of terms) {
      const key = termKey(term);
      if (key === null) {
        safe = false;
        break;
      }
      keys.add(key);
    }
    if (!safe) continue;
    keyed += 1;
    always[index] = 0;
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    }
  }
  if (keyed === 0 || keyed < minRules) return null;
  const alwaysRun: number[] = [];
  always.forEach((flag, index) => flag === 1 && alwaysRun.push(index));
  // Only the key lengths some term has are looked up at each word start.
  const lengths = [...new Set([...byKey.keys()].map((key) => key.length))].sort((a, b) => a - b);

  return {
    candidates(text) {
      const hits = new Set<number>();
      const seen = new Set<string>();
      for (let p = 0; p < text.length; p++) {
        if (!startsWord(text, p)) continue;
        let key = '';
        for (let i = p; key.length < KEY_LENGTH && i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (isSeparator(code)) {
            if (i - p >= MAX_GAP) return null;
            continue;
          }
          key += String.fromCharCode(foldCode(code));
        }
        for (const n of lengths) {
          if (n > key.length) break;
          const prefix = n === key.length ? key : key.slice(0, n);
          if (seen.has(prefix)) continue;
          seen.add(prefix);
          const indices = byKey.get(prefix);
          if (indices) for (const index of indices) hits.add(index);
        }
      }
      // Loop over the few rules that run, not over every rule of a large pack.
      return hits.size === 0 ? alwaysRun : mergeSorted(alwaysRun, [...hits].sort((a, b) => a - b));
    },
  };
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
