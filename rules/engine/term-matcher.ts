import { stepPast } from './step-past';
import type { Match } from './types';

/**
 * Compiles a list of terms into one regular expression shaped like a trie, so matching
 * costs about the same for ten terms or ten thousand: at each position only the branch for
 * the next character is tried. A term ending in `*` matches any word continuing it
 * ("restructur*" finds "restructure", "restructuring").
 */
export interface TermMatcherOptions {
  caseSensitive?: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
  prefix: boolean;
}

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
/** Longer terms are skipped: no real word or phrase is this long, and each character is a trie level. */
export const MAX_TERM_LENGTH = 200;
const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

function newNode(): TrieNode {
  return { children: new Map(), end: false, prefix: false };
}

/**
 * Typographic apostrophes and spacing vary; terms match any of them. Spaces around a hyphen and
 * runs of hyphens are one hyphen: each space and hyphen becomes a run-matching group below, and
 * two such groups side by side could split a long run of spaces in the draft in many ways, which
 * is how a regular expression hangs a page.
 */
function normaliseTerm(term: string): string {
  return term
    .trim()
    .replace(/[’‘`]/g, "'")
    .replace(/\s*-[\s-]*/g, '-')
    .replace(/\s+/g, ' ');
}

const SPACE_RUN = String.raw`[\s\u00a0]+`;
/** "fly-tipping" also matches "fly tipping", "flytipping" and "fly – tipping": one hyphen or a space, or nothing. */
const HYPHEN = String.raw`(?:[\s\u00a0]*[-‐‑–][\s\u00a0]*|[\s\u00a0]+)?`;

function charPattern(ch: string): string {
  if (ch === "'") return "['’‘]";
  if (ch === ' ') return SPACE_RUN;
  if (ch === '-') return HYPHEN;
  return ch.replace(SPECIAL, '\\$&');
}

function toPattern(node: TrieNode): string {
  const branches: string[] = [];
  for (const [ch, first] of node.children) {
    // Follow a chain of single children iteratively: one branch, however long the term.
    let chain = charPattern(ch);
    let child = first;
    while (child.children.size === 1 && !child.end && !child.prefix) {
      const [next, grandchild] = child.children.entries().next().value!;
      chain += charPattern(next);
      child = grandchild;
    }
    branches.push(chain + toPattern(child));
  }
  if (node.prefix) branches.push(`${WORD_CHAR}*`);
  const optional = node.end && !node.prefix;
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!optional) return body;
  return branches.length === 1 && body.length > 1 ? `(?:${body})?` : `${body}?`;
}

export function buildTermPattern(terms: readonly string[], options: TermMatcherOptions = {}): string | null {
  const root = newNode();
  let count = 0;
  for (const raw of terms) {
    let term = normaliseTerm(raw);
    const prefix = term.endsWith('*');
    if (prefix) term = term.slice(0, -1);
    if (!term || term.length > MAX_TERM_LENGTH) continue;
    if (!options.caseSensitive) term = term.toLowerCase();
    let node = root;
    for (const ch of term) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = newNode()));
      node = next;
    }
    if (prefix) node.prefix = true;
    else node.end = true;
    count += 1;
  }
  if (count === 0) return null;
  // No leading lookbehind: it would defeat the regex engine's first-character scan. The start
  // boundary is checked in `find` instead.
  return `(?:${toPattern(root)})(?!${WORD_CHAR})`;
}

const WORD_BEFORE = /[\p{L}\p{N}_]/u;

/** True when the match starts a word: a term never begins inside another word. */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  // Fast path for ASCII; the Unicode test only for the rest.
  if (before < 128) return !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95);
  return !WORD_BEFORE.test(text[index - 1]!);
}

/** An emoji is a word of its own: "work😡" has the angry face in it, though it follows a letter. */
const PICTOGRAPH = /^\p{Extended_Pictographic}/u;

export interface TermMatcher {
  find(text: string, out: Match[]): void;
}

export function compileTermMatcher(terms: readonly string[], options: TermMatcherOptions = {}): TermMatcher {
  const pattern = buildTermPattern(terms, options);
  if (pattern === null) return { find() {} };
  const regex = new RegExp(pattern, options.caseSensitive ? 'gu' : 'giu');
  return {
    find(text, out) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        if (m[0].length === 0 || !(startsWord(text, m.index) || PICTOGRAPH.test(m[0]))) {
          regex.lastIndex = stepPast(text, m.index);
          continue;
        }
        out.push({ start: m.index, end: m.index + m[0].length });
      }
    },
  };
}
