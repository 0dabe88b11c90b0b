// A small backtracking matcher that counts its steps, for generated patterns: the oracle for
// whether a pattern makes a backtracking engine (V8's, here as in the browsers) slow. It follows
// the ECMAScript semantics the patterns use: greedy repetition, alternatives in order, an
// iteration that matches nothing ends the loop, \b, ^ and $ without the m flag, one-character
// lookbehinds; and, as the engine checks with the g flag, it searches again after each match.
import fc from 'fast-check';

export type PatternNode =
  | { kind: 'char'; source: string; test: (c: string) => boolean }
  | { kind: 'seq'; items: PatternNode[] }
  | { kind: 'alt'; options: PatternNode[] }
  | { kind: 'repeat'; body: PatternNode; min: number; max: number }
  | { kind: 'assert'; which: '\\b' | '\\B' | '^' | '$' }
  | { kind: 'behind'; negate: boolean; atom: Extract<PatternNode, { kind: 'char' }> };

export function patternSource(node: PatternNode): string {
  switch (node.kind) {
    case 'char':
      return node.source;
    case 'seq':
      return node.items.map((item) => (item.kind === 'alt' ? `(?:${patternSource(item)})` : patternSource(item))).join('');
    case 'alt':
      return node.options.map(patternSource).join('|');
    case 'repeat': {
      const body = node.body.kind === 'char' ? patternSource(node.body) : `(?:${patternSource(node.body)})`;
      const count =
        node.max === Infinity ? (node.min === 0 ? '*' : node.min === 1 ? '+' : `{${node.min},}`) : node.min === 0 && node.max === 1 ? '?' : `{${node.min},${node.max}}`;
      return `${body}${count}`;
    }
    case 'assert':
      return node.which;
    case 'behind':
      return `(?<${node.negate ? '!' : '='}${node.atom.source})`;
  }
}

class TooManySteps extends Error {}

const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);

/** Steps a backtracking search for every match of `node` in `text` takes, or Infinity past `cap`. */
export function backtrackingSteps(node: PatternNode, text: string, cap: number): number {
  let steps = 0;
  const n = text.length;
  const match = (at: PatternNode, i: number, k: (j: number) => boolean): boolean => {
    if (++steps > cap) throw new TooManySteps();
    switch (at.kind) {
      case 'char':
        return i < n && at.test(text[i]!) && k(i + 1);
      case 'seq': {
        const go = (index: number, j: number): boolean => (index === at.items.length ? k(j) : match(at.items[index]!, j, (next) => go(index + 1, next)));
        return go(0, i);
      }
      case 'alt':
        return at.options.some((option) => match(option, i, k));
      case 'repeat': {
        const again = (count: number, j: number): boolean =>
          (count < at.max && match(at.body, j, (next) => (next === j && count >= at.min ? false : again(count + 1, next)))) || (count >= at.min && k(j));
        return again(0, i);
      }
      case 'assert': {
        const holds =
          at.which === '^' ? i === 0 : at.which === '$' ? i === n : (isWord(text[i - 1]) !== isWord(text[i])) === (at.which === '\\b');
        return holds && k(i);
      }
      case 'behind':
        return (i > 0 && at.atom.test(text[i - 1]!)) !== at.negate && k(i);
    }
  };
  try {
    for (let start = 0; start <= n; ) {
      let end = -1;
      if (match(node, start, (j) => ((end = j), true))) start = end > start ? end : start + 1;
      else start++;
    }
  } catch (error) {
    if (error instanceof TooManySteps) return Infinity;
    throw error;
  }
  return steps;
}

/** Characters the atoms are drawn from, and the ones attack texts are made of. */
const ATOMS: Extract<PatternNode, { kind: 'char' }>[] = [
  ['a', /a/],
  ['b', /b/],
  [' ', / /],
  ['1', /1/],
  ['x', /x/],
  ['[ab]', /[ab]/],
  ['[a-z]', /[a-z]/],
  ['\\d', /\d/],
  ['\\s', /\s/],
  ['\\w', /\w/],
  ['.', /./],
  ['[^a]', /[^a]/],
  ['[^\\s]', /[^\s]/],
].map(([source, re]) => ({ kind: 'char' as const, source: source as string, test: (c: string) => (re as RegExp).test(c) }));

export const ATTACK_CHARACTERS = ['a', 'b', ' ', '1', 'x', '!'];

/** Random patterns over a few overlapping and disjoint character sets, with small or unbounded repetitions. */
export const generatedPattern: fc.Arbitrary<PatternNode> = fc.letrec<{ node: PatternNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: fc.constantFrom(...ATOMS), weight: 5 },
    { arbitrary: fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((items): PatternNode => ({ kind: 'seq', items })), weight: 4 },
    { arbitrary: fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((options): PatternNode => ({ kind: 'alt', options })), weight: 2 },
    {
      arbitrary: fc
        .record({ body: tie('node'), count: fc.constantFrom<[number, number]>([0, Infinity], [1, Infinity], [0, 1], [1, 3], [2, Infinity], [0, 2]) })
        .map(({ body, count: [min, max] }): PatternNode => ({ kind: 'repeat', body, min, max })),
      weight: 4,
    },
    { arbitrary: fc.constantFrom('\\b', '\\B', '^', '$').map((which): PatternNode => ({ kind: 'assert', which: which as '\\b' })), weight: 1 },
    {
      arbitrary: fc.record({ negate: fc.boolean(), atom: fc.constantFrom(...ATOMS) }).map(({ negate, atom }): PatternNode => ({ kind: 'behind', negate, atom })),
      weight: 1,
    },
  ),
})).node;

/** Texts that make slow patterns show it: runs of one character or of two alternating, with or without a character at the end that most patterns cannot match. */
export function attackTexts(length: number): string[] {
  const texts: string[] = [];
  for (const a of ATTACK_CHARACTERS) {
    for (const b of ATTACK_CHARACTERS) {
      const run = (a === b ? a : a + b).repeat(Math.ceil(length / (a === b ? 1 : 2))).slice(0, length);
      texts.push(run, `${run}!`, `${run}\u0000`);
    }
  }
  return [...new Set(texts)];
}
