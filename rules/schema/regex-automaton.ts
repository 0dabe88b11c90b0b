import { types, type Group, type Root, type Token } from 'ret';
import { ANY_CHARACTER, charRanges, classRanges, normaliseRanges, withOtherCase, type Ranges, type Substitutes } from './char-ranges';

/**
 * What must hold between the character before and the character after a point in the pattern
 * for a path through it to go on. Lookarounds of one character are modelled exactly, because they
 * are how a pattern keeps a repetition from starting in the middle of a run (`(?<!\s)\s+$`).
 */
export type Assertion =
  | { kind: 'line-start' }
  | { kind: 'line-end' }
  | { kind: 'word-boundary'; negate: boolean }
  | { kind: 'previous' | 'next'; set: Ranges; negate: boolean }
  /** Any other lookaround: it may fail, and is checked as a pattern of its own. */
  | { kind: 'unknown' };

export interface Transition {
  to: number;
  assertions: readonly Assertion[];
  /** More than one way through the pattern leads here, so the engine may try each. */
  ambiguous: boolean;
  /**
   * The fewest iterations allowed by the repetitions this transition starts again (Infinity when
   * it starts none, or only unbounded ones): a cycle through it can be pumped at most this often.
   */
  bound: number;
}

/**
 * The pattern as a position automaton: state 0 is the search itself, which skips any character
 * before a match starts (the engine tries a match at every index); every other state is one
 * character of the pattern, entered by reading a character of its label.
 */
export interface PositionAutomaton {
  labels: Ranges[];
  transitions: Transition[][];
  /** A match can end right after this state with nothing left that could fail. */
  surelyMatches: boolean[];
  /** Lookaround bodies longer than one character, which run too and are checked on their own. */
  lookarounds: Root[];
}

export const SEARCH_STATE = 0;

/** Raised when a pattern is too large or tangled to analyse within the work budget. */
export class TooComplexError extends Error {
  constructor() {
    super('pattern too complex to check');
    this.name = 'TooComplexError';
  }
}

export interface AutomatonOptions {
  ignoreCase: boolean;
  /** Lookaround groups that were lookbehinds before the parser, which knows only lookaheads, saw them. */
  lookbehinds: ReadonlySet<Group>;
  substitutes: Substitutes;
  /** Work units left; building stops with TooComplexError when they run out. */
  budget: { left: number };
}

interface Edge {
  to: number;
  assertion?: Assertion;
  /** On the edge that starts a repetition's body again: its maximum. */
  loop?: number;
}

interface Position {
  source: number;
  target: number;
  label: Ranges;
}

/** Thompson construction over the parsed pattern, then ε-closure into a position automaton. */
export function buildAutomaton(root: Root, options: AutomatonOptions): PositionAutomaton {
  const edges: Edge[][] = [];
  const positionAt = new Map<number, number>();
  const positions: Position[] = [];
  const lookarounds: Root[] = [];
  const captures = captureGroups(root);
  const building = new Set<Group>();

  const spend = (units = 1) => {
    options.budget.left -= units;
    if (options.budget.left < 0) throw new TooComplexError();
  };
  const node = () => {
    spend();
    edges.push([]);
    return edges.length - 1;
  };
  const link = (from: number, to: number, extra: Omit<Edge, 'to'> = {}) => edges[from]!.push({ to, ...extra });

  const character = (label: Ranges): [number, number] => {
    const source = node();
    const target = node();
    positionAt.set(source, positions.length);
    positions.push({ source, target, label: options.ignoreCase ? withOtherCase(label) : label });
    return [source, target];
  };

  const sequence = (tokens: readonly Token[]): [number, number] => {
    const start = node();
    let end = start;
    for (let i = 0; i < tokens.length; i++) {
      const atomic = atomicGroup(tokens[i]!, tokens[i + 1], captures);
      const [s, e] = atomic ? body(atomic) : fragment(tokens[i]!);
      if (atomic) i++;
      link(end, s);
      end = e;
    }
    return [start, end];
  };

  const alternation = (options: readonly (readonly Token[])[]): [number, number] => {
    const start = node();
    const end = node();
    for (const option of options) {
      const [s, e] = sequence(option);
      link(start, s);
      link(e, end);
    }
    return [start, end];
  };

  const body = (group: Group | Root) => (group.options ? alternation(group.options) : sequence(group.stack ?? []));

  const lookaround = (group: Group): Assertion => {
    const behind = options.lookbehinds.has(group);
    const negate = group.notFollowedBy === true;
    const alternatives = group.options ?? [group.stack ?? []];
    const single = alternatives.every((a) => a.length === 1 && (a[0]!.type === types.CHAR || a[0]!.type === types.SET));
    if (!single) {
      lookarounds.push({ type: types.ROOT, stack: group.stack, options: group.options });
      return { kind: 'unknown' };
    }
    const set = normaliseRanges(alternatives.flatMap(([t]) => (t!.type === types.CHAR ? charRanges(t!.value, options.substitutes) : classRanges(t as never, options.substitutes))));
    return { kind: behind ? 'previous' : 'next', set: options.ignoreCase ? withOtherCase(set) : set, negate };
  };

  function fragment(token: Token): [number, number] {
    switch (token.type) {
      case types.CHAR:
        return character(charRanges(token.value, options.substitutes));
      case types.SET:
        return character(classRanges(token, options.substitutes));
      case types.POSITION: {
        const start = node();
        const end = node();
        const assertion: Assertion =
          token.value === '^' ? { kind: 'line-start' } : token.value === '$' ? { kind: 'line-end' } : { kind: 'word-boundary', negate: token.value === 'B' };
        link(start, end, { assertion });
        return [start, end];
      }
      case types.GROUP: {
        if (token.followedBy || token.notFollowedBy) {
          const start = node();
          const end = node();
          link(start, end, { assertion: lookaround(token) });
          return [start, end];
        }
        building.add(token);
        const result = body(token);
        building.delete(token);
        return result;
      }
      case types.REPETITION: {
        const max = token.max ?? Infinity;
        const [s, e] = fragment(token.value);
        const start = node();
        const end = node();
        link(start, s);
        link(e, end);
        if (token.min === 0) link(start, end);
        // One copy of the body, looping: a superset of what {m,n} matches, which is enough to find
        // ambiguity; the edge keeps the maximum, which limits how often a cycle through it can run.
        if (max > 1) link(e, s, { loop: max });
        return [start, end];
      }
      case types.REFERENCE: {
        // A backreference matches what its group matched (or nothing, if the group has not matched):
        // at most the group's own language, which is what the analysis needs.
        const start = node();
        const end = node();
        link(start, end);
        const group = captures[token.value];
        if (group && !building.has(group)) {
          building.add(group);
          const [s, e] = body(group);
          building.delete(group);
          link(start, s);
          link(e, end);
        }
        return [start, end];
      }
    }
  }

  const [start, final] = body(root);
  return closeOver(edges, positionAt, positions, start, final, lookarounds, spend);
}

/**
 * `(?=(…))\N`, the atomic group JavaScript lacks (how profile words are compiled): it matches
 * one of the group's texts, so it is read as the group itself, once, rather than as a lookahead
 * checked on its own and a backreference that repeats the group.
 */
function atomicGroup(token: Token, next: Token | undefined, captures: readonly Group[]): Group | null {
  if (token.type !== types.GROUP || !token.followedBy || next?.type !== types.REFERENCE) return null;
  const inner = token.stack?.length === 1 && !token.options ? token.stack[0] : undefined;
  return inner?.type === types.GROUP && inner.remember && captures[next.value] === inner ? inner : null;
}

/** Capturing groups by number, counted as the engine counts them: by opening parenthesis, left to right. */
function captureGroups(root: Root): Group[] {
  const groups: Group[] = [];
  let count = 0;
  const visit = (token: Root | Token) => {
    if (token.type === types.GROUP && token.remember) groups[++count] = token;
    if (token.type === types.GROUP || token.type === types.ROOT) {
      for (const child of token.options ? token.options.flat() : (token.stack ?? [])) visit(child);
    } else if (token.type === types.REPETITION) visit(token.value);
  };
  visit(root);
  return groups;
}

interface Reached {
  position: number;
  assertions: Assertion[];
  bound: number;
}

function closeOver(
  edges: Edge[][],
  positionAt: Map<number, number>,
  positions: Position[],
  start: number,
  final: number,
  lookarounds: Root[],
  spend: (units?: number) => void,
): PositionAutomaton {
  const onPath = new Uint8Array(edges.length);
  /** Every simple ε-path from `from` to a character or to the end: an empty loop iteration is not a path the engine takes. */
  const closure = (from: number) => {
    const reached: Reached[] = [];
    let surelyMatches = false;
    const assertions: Assertion[] = [];
    const walk = (at: number, bound: number) => {
      spend();
      const position = positionAt.get(at);
      if (position !== undefined) {
        reached.push({ position, assertions: [...assertions], bound });
        return;
      }
      if (at === final && assertions.length === 0) surelyMatches = true;
      onPath[at] = 1;
      for (const edge of edges[at]!) {
        if (onPath[edge.to]) continue;
        if (edge.assertion) assertions.push(edge.assertion);
        walk(edge.to, Math.min(bound, edge.loop ?? Infinity));
        if (edge.assertion) assertions.pop();
      }
      onPath[at] = 0;
    };
    walk(from, Infinity);
    return { reached, surelyMatches };
  };

  const toTransitions = (reached: Reached[]): Transition[] => {
    const count = new Map<number, number>();
    for (const r of reached) count.set(r.position, (count.get(r.position) ?? 0) + 1);
    return reached.map((r) => ({ to: r.position + 1, assertions: r.assertions, ambiguous: count.get(r.position)! > 1, bound: r.bound }));
  };

  const entry = closure(start);
  const labels: Ranges[] = [ANY_CHARACTER];
  const transitions: Transition[][] = [[{ to: SEARCH_STATE, assertions: [], ambiguous: false, bound: Infinity }, ...toTransitions(entry.reached)]];
  const surelyMatches: boolean[] = [entry.surelyMatches];
  for (const position of positions) {
    const next = closure(position.target);
    labels.push(position.label);
    transitions.push(toTransitions(next.reached));
    surelyMatches.push(next.surelyMatches);
  }
  return { labels, transitions, surelyMatches, lookarounds };
}
