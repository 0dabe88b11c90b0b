// The backtracking check on generated patterns, not only the known bad ones: a pattern it accepts
// must run in linear time, by the step count of a backtracking matcher that follows the engine's
// semantics (tests/unit/support/backtracking-oracle.ts); and the shapes that make V8 slow —
// repetitions sharing a run, the search itself counting as one, and repeated alternatives that
// overlap — are refused however they are dressed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regexProblem } from '../../rules/schema/regex-safety';
import { attackTexts, backtrackingSteps, generatedPattern, patternSource, type PatternNode } from './support/backtracking-oracle';

const STEP_CAP = 400_000;
const SHORT = attackTexts(32);
const LONG = attackTexts(64);

/** How much more work the longer texts take than the shorter ones, at worst: about 2 when linear, 4 when quadratic. */
function growth(node: PatternNode): number {
  let worst = 0;
  SHORT.forEach((text, i) => {
    const short = backtrackingSteps(node, text, STEP_CAP);
    const long = backtrackingSteps(node, LONG[i]!, STEP_CAP);
    worst = Math.max(worst, long === Infinity ? Infinity : long / Math.max(short, 1));
  });
  return worst;
}

/** Character sets of the generated shapes, with a character of each and whether they can meet. */
const SETS = [
  { source: 'a', sample: 'a', test: (c: string) => c === 'a' },
  { source: '[ab]', sample: 'b', test: (c: string) => /[ab]/.test(c) },
  { source: '[a-z]', sample: 'q', test: (c: string) => /[a-z]/.test(c) },
  { source: '\\w', sample: 'w', test: (c: string) => /\w/.test(c) },
  { source: '\\d', sample: '7', test: (c: string) => /\d/.test(c) },
  { source: '[^\\s]', sample: 'n', test: (c: string) => /[^\s]/.test(c) },
  { source: '.', sample: '.', test: (c: string) => c !== '\n' },
  { source: '\\s', sample: ' ', test: (c: string) => /\s/.test(c) },
];
const PROBES = ['a', 'b', 'q', 'w', '7', 'n', '.', ' ', '!', '_'];
const meet = (a: (typeof SETS)[number], b: (typeof SETS)[number]) => PROBES.find((c) => a.test(c) && b.test(c));
const overlappingPair = fc
  .tuple(fc.constantFrom(...SETS), fc.constantFrom(...SETS))
  .filter(([a, b]) => meet(a, b) !== undefined)
  .map(([a, b]) => ({ a, b, shared: meet(a, b)! }));
const unbounded = fc.constantFrom('+', '*', '{2,}');
/** A tail some run of the shared character cannot satisfy, so the engine fails and backtracks. */
const failingTail = fc.constantFrom('!', '$', '\\b!', 'xyz', '(?:!|\\?)');
/** Ways to dress a part without changing what it matches. */
const dressed = (part: string) => fc.constantFrom(part, `(?:${part})`, `(?:${part}|(?!))`, `(?:(?:${part}))`);

describe('generated patterns', () => {
  it('every generated pattern the check accepts runs in linear time (and it refuses some, accepts most)', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(generatedPattern, (node) => {
        const source = patternSource(node);
        fc.pre(isValid(source));
        if (regexProblem(source, '') !== null) {
          seen.refused++;
          return;
        }
        seen.accepted++;
        expect(growth(node), source).toBeLessThanOrEqual(3);
      }),
      { numRuns: 200 },
    );
    expect(seen.refused).toBeGreaterThan(10);
    expect(seen.accepted).toBeGreaterThan(seen.refused);
  });

  it('two unbounded repetitions over overlapping sets, with only what both can read between them, are refused', () => {
    fc.assert(
      fc.property(overlappingPair, unbounded, unbounded, fc.nat(3), failingTail, fc.boolean(), ({ a, b, shared }, q1, q2, between, tail, anchored) => {
        const middle = between === 0 ? '' : shared.replace(/[.]/, '\\.').repeat(between);
        const first = `${a.source}${q1}`;
        const second = `${b.source}${q2}`;
        fc.pre(q1 !== '*' || q2 !== '*' || middle !== '');
        const source = `${anchored ? '^' : ''}${first}${middle}${second}${tail}`;
        expect(regexProblem(source, ''), source).toMatch(/repetitions one after the other can match the same run/);
      }),
      { numRuns: 150 },
    );
  });

  it('one unbounded repetition the search can start anywhere in, before something that can fail, is refused (the \\s+$ shape)', () => {
    const part = fc.constantFrom(...SETS).chain((set) => dressed(`${set.source}+`));
    fc.assert(
      fc.property(part, failingTail, (repeated, tail) => {
        expect(regexProblem(`${repeated}${tail}`, ''), `${repeated}${tail}`).toMatch(/backtrack catastrophically/);
      }),
      { numRuns: 80 },
    );
  });

  it('the same repetition after something it cannot read, or behind a lookbehind that keeps it from starting mid-run, is accepted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SETS), unbounded.filter((q) => q !== '*'), failingTail, (set, q, tail) => {
        const guarded = `(?<!${set.source})${set.source}${q}${tail}`;
        expect(regexProblem(guarded, ''), guarded).toBeNull();
        const stranger = PROBES.find((c) => !set.test(c) && c !== '.');
        fc.pre(stranger !== undefined);
        const afterStranger = `${stranger}${set.source}${q}${tail}`;
        expect(regexProblem(afterStranger, ''), afterStranger).toBeNull();
      }),
      { numRuns: 80 },
    );
  });

  it('a repeated group whose alternatives can spell the same text two ways is refused, whatever else it holds', () => {
    const word = fc.array(fc.constantFrom(...SETS), { minLength: 1, maxLength: 3 }).map((sets) => sets.map((set) => set.source).join(''));
    const options = fc
      .tuple(word, fc.array(word, { maxLength: 2 }))
      // unit and unit+unit spell "unit unit" two ways, as Fern + vale and Fernvale do.
      .chain(([unit, others]) => fc.shuffledSubarray([unit, `${unit}${unit}`, ...others], { minLength: others.length + 2 }));
    fc.assert(
      fc.property(options, unbounded.filter((q) => q !== '*'), fc.constantFrom('', '!', '$'), (alternatives, q, tail) => {
        const source = `(?:${alternatives.join('|')})${q}${tail}`;
        expect(regexProblem(source, ''), source).toMatch(/more than one way/);
      }),
      { numRuns: 150 },
    );
  });

  it('the shapes above are slow in the step-counting matcher too, so refusing them is not a false alarm', () => {
    const slow: PatternNode[] = [
      seq(rep(SETS[4]!, 1), rep(SETS[4]!, 1), char('x')),
      seq(rep(SETS[7]!, 1), { kind: 'assert', which: '$' }),
      seq(rep({ kind: 'alt', options: [char('a'), seq(char('a'), char('a'))] }, 1), char('!')),
    ];
    for (const node of slow) expect(growth(node), patternSource(node)).toBeGreaterThan(3);
  });
});

function isValid(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

function char(c: string): PatternNode {
  return { kind: 'char', source: c, test: (x) => x === c };
}
function rep(body: PatternNode | (typeof SETS)[number], min: number): PatternNode {
  const node: PatternNode = 'kind' in body ? body : { kind: 'char', source: body.source, test: body.test };
  return { kind: 'repeat', body: node, min, max: Infinity };
}
function seq(...items: PatternNode[]): PatternNode {
  return { kind: 'seq', items };
}
