import parseRegex, { types, type Root, type Set as RetSet, type SetToken, type Token } from 'ret';
import safeRegex from 'safe-regex2';

/**
 * Why a pack's regular expression may not be used, or null when it may. A pattern is refused when
 * it does not compile, or when it can backtrack catastrophically and so hang the page it checks:
 * nested quantifiers (`(a+)+`, found by safe-regex2's star-height test) and repeated groups whose
 * alternatives can match the same text in more than one way (`(a|aa)+`, `(\w|\d)+`), which star
 * height alone misses.
 */
export function regexProblem(source: string, flags: string): string | null {
  try {
    new RegExp(source, flags);
  } catch (error) {
    return `not a valid regular expression: ${(error as Error).message}`;
  }
  const normalised = normaliseForParser(source);
  let tree: Root;
  try {
    tree = parseRegex(normalised);
  } catch (error) {
    return `pattern could not be checked for catastrophic backtracking (${(error as Error).message}); simplify it`;
  }
  // No cap on the number of quantifiers: a long pattern of plain `?`s is harmless, and length is capped elsewhere.
  if (!safeRegex(normalised, { limit: Number.MAX_SAFE_INTEGER })) {
    return 'pattern may backtrack catastrophically (nested quantifiers, as in (a+)+); rewrite it';
  }
  if (hasAmbiguousRepetition(tree, flags.includes('i'))) {
    return 'pattern may backtrack catastrophically (alternatives inside a repeated group can match the same text, as in (a|aa)+); rewrite it';
  }
  return null;
}

/**
 * The parser (ret, as safe-regex2 uses) predates lookbehind and `\p{…}`/`\u{…}`. Lookbehinds
 * become lookaheads (same structure, same quantifiers), property escapes become "any character"
 * (which can only make the check stricter), and `\u{…}` becomes the character itself.
 */
function normaliseForParser(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const escape = /^\\([pP])\{[^}]*\}|^\\u\{([0-9a-fA-F]+)\}/.exec(source.slice(i));
      if (escape?.[1]) out += inClass ? '\\s\\S' : '[\\s\\S]';
      else if (escape?.[2]) out += codePointLiteral(Number.parseInt(escape[2], 16));
      else out += source.slice(i, i + 2);
      i += escape ? escape[0].length - 1 : 1;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source.startsWith('(?<=', i) || source.startsWith('(?<!', i))) {
      out += `(?${source[i + 3]}`;
      i += 3;
      continue;
    }
    out += c;
  }
  return out;
}

function codePointLiteral(code: number): string {
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : String.fromCodePoint(code);
}

// ---- character sets as sorted, disjoint [from, to] code point ranges ----

type Ranges = [number, number][];
const MAX_CODE_POINT = 0x10ffff;

function normalise(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function complement(ranges: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [from, to] of ranges) {
    if (from > next) out.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

function withOtherCase(ranges: Ranges): Ranges {
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
  return normalise([...ranges, ...extra]);
}

function setRanges(token: SetToken): Ranges {
  if (token.type === types.CHAR) return [[token.value, token.value]];
  if (token.type === types.RANGE) return [[token.from, token.to]];
  return classRanges(token);
}

function classRanges(set: RetSet): Ranges {
  const union = normalise(set.set.flatMap(setRanges));
  return set.not ? complement(union) : union;
}

function intersects(a: Ranges, b: Ranges): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]![1] < b[j]![0]) i++;
    else if (b[j]![1] < a[i]![0]) j++;
    else return true;
  }
  return false;
}

// ---- repeated alternations: can two different sequences of alternatives spell the same text? ----

/** A fixed-length alternative: one character set per position. */
type Word = Ranges[];
const MAX_WORDS = 64;

/** The fixed-length texts a token sequence can match, or null when it has a variable part (then star height covers it). */
function wordsOf(tokens: readonly Token[], ignoreCase: boolean): Word[] | null {
  let words: Word[] = [[]];
  for (const token of tokens) {
    let next: Word[] | null;
    switch (token.type) {
      case types.CHAR:
      case types.SET: {
        const ranges = token.type === types.CHAR ? [[token.value, token.value] as [number, number]] : classRanges(token);
        const set = ignoreCase ? withOtherCase(ranges) : ranges;
        next = [[set]];
        break;
      }
      case types.POSITION:
        continue;
      case types.GROUP:
        if (token.followedBy || token.notFollowedBy) continue;
        next = token.options ? alternativesOf(token.options, ignoreCase) : wordsOf(token.stack ?? [], ignoreCase);
        break;
      case types.REPETITION:
        next = token.min === token.max ? repeatWords(wordsOf([token.value], ignoreCase), token.min) : null;
        break;
      default:
        next = null;
    }
    if (next === null || words.length * next.length > MAX_WORDS) return null;
    words = words.flatMap((head) => next.map((tail) => [...head, ...tail]));
  }
  return words;
}

function alternativesOf(options: readonly Token[][], ignoreCase: boolean): Word[] | null {
  const words: Word[] = [];
  for (const option of options) {
    const optionWords = wordsOf(option, ignoreCase);
    if (optionWords === null) return null;
    words.push(...optionWords);
  }
  return words.length > MAX_WORDS ? null : words;
}

function repeatWords(words: Word[] | null, times: number): Word[] | null {
  if (words === null || words.length !== 1) return null;
  return [Array.from({ length: times }, () => words[0]!).flat()];
}

/** Some text matches `a` and also the start of `b`, position by position. */
function prefixCompatible(a: Word, b: Word): boolean {
  return a.length <= b.length && a.every((set, i) => intersects(set, b[i]!));
}

/**
 * Sardinas–Patterson over character-set words: the repeated group is ambiguous exactly when some
 * dangling suffix comes out empty. Dangling suffixes are suffixes of the words, so this ends.
 */
function isAmbiguous(words: readonly Word[]): boolean {
  const seen = new Set<string>();
  const queue: [number, number][] = [];
  const push = (word: number, offset: number) => {
    const key = `${word}:${offset}`;
    if (!seen.has(key)) {
      seen.add(key);
      queue.push([word, offset]);
    }
  };
  for (let i = 0; i < words.length; i++) {
    for (let j = 0; j < words.length; j++) {
      if (i === j || !prefixCompatible(words[i]!, words[j]!)) continue;
      if (words[i]!.length === words[j]!.length) return true;
      push(j, words[i]!.length);
    }
  }
  while (queue.length > 0) {
    const [word, offset] = queue.shift()!;
    const suffix = words[word]!.slice(offset);
    for (let w = 0; w < words.length; w++) {
      const other = words[w]!;
      if (prefixCompatible(suffix, other)) {
        if (suffix.length === other.length) return true;
        push(w, suffix.length);
      } else if (prefixCompatible(other, suffix)) {
        push(word, offset + other.length);
      }
    }
  }
  return false;
}

function hasAmbiguousRepetition(token: Root | Token, ignoreCase: boolean): boolean {
  const children: Token[] = [];
  if (token.type === types.REPETITION) {
    if (token.max > 1) {
      const body = token.value;
      const words = body.type === types.GROUP && body.options ? alternativesOf(body.options, ignoreCase) : wordsOf([body], ignoreCase);
      if (words && isAmbiguous(words.filter((w) => w.length > 0))) return true;
    }
    children.push(token.value);
  } else if (token.type === types.GROUP || token.type === types.ROOT) {
    children.push(...(token.stack ?? []), ...(token.options ?? []).flat());
  }
  return children.some((child) => hasAmbiguousRepetition(child, ignoreCase));
}
