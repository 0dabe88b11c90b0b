import parseRegex, { types, type Group, type Root, type Token } from 'ret';
import { MAX_CHECKED_CHARS } from '../engine/limits';
import type { Ranges } from './char-ranges';
import { propertyRanges } from './unicode-property-ranges';
import { backtrackingRisk } from './regex-backtracking';

/**
 * Steps a chain of repetitions may cost on the longest draft checked: about a thousand per
 * character, which V8 runs in well under a second. A bounded repetition such as `[^?]{3,200}`
 * after the search costs 200 per character and passes; an unbounded one costs as many as the
 * draft has characters and does not.
 */
const WORK_LIMIT = MAX_CHECKED_CHARS * 1000;
/** Analysis steps allowed per pattern; a pattern that needs more is refused as too complex to check. */
const ANALYSIS_BUDGET = 2_000_000;

const REWRITE_HINT = 'bound the repetition ({1,50}) or let it start only where the character before cannot belong to it (\\b, (?<!\\s))';

/**
 * Why a pack's regular expression may not be used, or null when it may. A pattern is refused when
 * it does not compile, or when it can backtrack catastrophically and so hang the page it checks
 * (rules/schema/regex-backtracking.ts): a repeated part that can match the same text in more than
 * one way (`(a+)+`, `(a|aa)+`, `(\w|\d)+`), or repetitions that can share a run of text
 * (`\d+\d+x`, `a.*b.*c` with the `s` flag, and `\s+$`, where the search itself is the first).
 */
export function regexProblem(source: string, flags: string): string | null {
  const key = `${flags}/${source}`;
  let problem = verdicts.get(key);
  if (problem === undefined) {
    problem = findProblem(source, flags);
    // The same patterns come back with every compile (each change of profile or settings): remember a few.
    if (verdicts.size >= MAX_REMEMBERED) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(key, problem);
  }
  return problem;
}

const MAX_REMEMBERED = 64;
const verdicts = new Map<string, string | null>();

function findProblem(source: string, flags: string): string | null {
  try {
    new RegExp(source, flags);
  } catch (error) {
    return `not a valid regular expression: ${(error as Error).message}`;
  }
  const { normalised, lookbehindOrdinals, substitutes } = normaliseForParser(source, flags);
  let tree: Root;
  try {
    tree = parseRegex(normalised);
  } catch (error) {
    return `pattern could not be checked for catastrophic backtracking (${(error as Error).message}); simplify it`;
  }
  const risk = backtrackingRisk(tree, {
    flags,
    lookbehinds: lookaroundGroups(tree, lookbehindOrdinals),
    substitutes,
    textCap: MAX_CHECKED_CHARS,
    workLimit: WORK_LIMIT,
    analysisBudget: ANALYSIS_BUDGET,
  });
  switch (risk) {
    case 'exponential':
      return 'pattern may backtrack catastrophically (a repeated part can match the same text in more than one way, as in (a+)+ or (a|aa)+); rewrite it';
    case 'polynomial':
      return `pattern may backtrack catastrophically (repetitions one after the other can match the same run of text, as in \\d+\\d+x, or \\s+$ where the search itself repeats, so the time grows with the square of the draft or faster); ${REWRITE_HINT}`;
    case 'too-complex':
      return 'pattern is too complex to check for catastrophic backtracking; simplify it';
    case null:
      return null;
  }
}

/** A pattern rewritten for the parser, and what the analysis must know to read it as the engine does. */
interface ParserInput {
  normalised: string;
  /** Lookaround groups, by their order in the source, that were lookbehinds. */
  lookbehindOrdinals: Set<number>;
  substitutes: Map<number, Ranges>;
}

const ASTRAL = 0x10000;

/**
 * The parser (ret) predates lookbehind, `\p{…}`, `\u{…}` and `\k<name>`, reads astral characters
 * as two halves, and knows no flags. Lookbehinds become lookaheads (same structure, same
 * quantifiers; their ordinals are kept so the analysis can tell them apart again); property
 * escapes and, under the `u` flag, astral characters and ranges become private-use characters
 * standing for their code points; `\u{…}` becomes the character itself; `\k<name>` the group's
 * number; and with the `s` flag `.` becomes any character.
 */
function normaliseForParser(source: string, flags: string): ParserInput {
  const names = captureNames(source);
  const unicode = flags.includes('u');
  const substitutes = new Map<number, Ranges>();
  const byKey = new Map<string, number>();
  let nextPlaceholder = 0xe000;
  const substitute = (key: string, ranges: () => Ranges): string => {
    let code = byKey.get(key);
    if (code === undefined) {
      while (source.includes(String.fromCharCode(nextPlaceholder))) nextPlaceholder++;
      code = nextPlaceholder++;
      byKey.set(key, code);
      substitutes.set(code, ranges());
    }
    return String.fromCharCode(code);
  };
  /** A character, written as the parser should read it. */
  const literal = (code: number): string => (code >= ASTRAL ? substitute(`${code}`, () => [[code, code]]) : codePointLiteral(code));

  const lookbehindOrdinals = new Set<number>();
  let lookarounds = 0;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    const rest = source.slice(i, i + 24);
    const atom = unicode ? readCodePoint(source, i) : null;
    if (atom && atom.code >= ASTRAL && inClass && source[i + atom.length] === '-') {
      const end = readCodePoint(source, i + atom.length + 1);
      if (end) {
        out += substitute(`${atom.code}-${end.code}`, () => [[atom.code, end.code]]);
        i += atom.length + 1 + end.length;
        continue;
      }
    }
    if (atom && atom.code >= ASTRAL) {
      out += literal(atom.code);
      i += atom.length;
      continue;
    }
    const c = source[i]!;
    if (c === '\\') {
      const property = unicode ? /^\\[pP]\{[^}]*\}/.exec(source.slice(i)) : null;
      const named = inClass ? null : /^\\k<([^>]+)>/.exec(rest);
      if (property) {
        out += substitute(property[0], () => propertyRanges(property[0], flags));
        i += property[0].length;
      } else if (atom) {
        out += literal(atom.code);
        i += atom.length;
      } else if (named && names.has(named[1]!)) {
        out += `\\${names.get(named[1]!)}`;
        i += named[0].length;
      } else {
        out += source.slice(i, i + 2);
        i += 2;
      }
      continue;
    }
    i++;
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '.' && flags.includes('s')) {
      out += '[\\s\\S]';
      continue;
    } else if (c === '(' && /^\(\?<?[=!]/.test(rest)) {
      if (rest[2] === '<') {
        lookbehindOrdinals.add(lookarounds++);
        out += `(?${rest[3]}`;
        i += 3;
        continue;
      }
      lookarounds++;
    }
    out += c;
  }
  return { normalised: out, lookbehindOrdinals, substitutes };
}

/**
 * Under the `u` flag, the code point written at `i` when it is an astral character or a `\u{…}`
 * or surrogate-pair escape, which the parser cannot read as one character; null otherwise.
 */
function readCodePoint(source: string, i: number): { code: number; length: number } | null {
  const code = source.codePointAt(i)!;
  if (code >= ASTRAL) return { code, length: 2 };
  const braced = /^\\u\{([0-9a-fA-F]+)\}/.exec(source.slice(i, i + 12));
  if (braced) return { code: Number.parseInt(braced[1]!, 16), length: braced[0].length };
  const pair = /^\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})/i.exec(source.slice(i, i + 12));
  if (pair) return { code: String.fromCharCode(Number.parseInt(pair[1]!, 16), Number.parseInt(pair[2]!, 16)).codePointAt(0)!, length: 12 };
  return null;
}

/** Named groups' numbers, counted by opening parenthesis as the engine counts them. */
function captureNames(source: string): Map<string, number> {
  const names = new Map<string, number>();
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || /^\(\?<[^=!]/.test(source.slice(i, i + 4)))) {
      count++;
      const name = /^\(\?<([^>]+)>/.exec(source.slice(i))?.[1];
      if (name) names.set(name, count);
    }
  }
  return names;
}

/** The lookaround groups at the given ordinals, counted in source order as the parser nests them. */
function lookaroundGroups(root: Root, ordinals: ReadonlySet<number>): Set<Group> {
  const found = new Set<Group>();
  let ordinal = 0;
  const visit = (token: Root | Token) => {
    if (token.type === types.GROUP && (token.followedBy || token.notFollowedBy) && ordinals.has(ordinal++)) found.add(token);
    if (token.type === types.GROUP || token.type === types.ROOT) {
      for (const child of token.options ? token.options.flat() : (token.stack ?? [])) visit(child);
    } else if (token.type === types.REPETITION) visit(token.value);
  };
  visit(root);
  return found;
}

/** The character itself, escaped when it means something to the parser (which misreads escapes at the end of a range). */
function codePointLiteral(code: number): string {
  const char = String.fromCodePoint(code);
  return code < 0x20 || /[\\^$.|?*+()[\]{}-]/.test(char) ? `\\x${code.toString(16).padStart(2, '0')}` : char;
}
