import type { Group, Root } from 'ret';
import { contains, MAX_CODE_POINT, normaliseRanges, type Ranges, type Substitutes } from './char-ranges';
import { buildAutomaton, SEARCH_STATE, TooComplexError, type Assertion, type PositionAutomaton, type Transition } from './regex-automaton';

/**
 * How a backtracking engine can be made slow by a pattern, found on its position automaton
 * (after Weideman, van der Merwe, Berglund and Watson, "Analyzing matching time behavior of
 * backtracking regular expression matchers by using ambiguity of NFA", 2016):
 *
 * - **exponential**: some state can return to itself on the same text by two different paths
 *   (`(a|aa)+`, `(\w+\s?)*`);
 * - **polynomial**: two repeating states, one after the other, can each repeat on the same text
 *   and the path from one to the other can read it too, so the engine tries every way to share a
 *   run between them (`\d+\d+x`, `a.*b.*c` with the `s` flag). The search for a match is itself
 *   such a repetition, since the engine starts again at every index: that is why `\s+$` and
 *   `\d+x` take time growing with the square of the draft.
 *
 * Each repetition counts for as many times as the shared run can go round it (a bounded `{3,200}`
 * for 200, an unbounded one for the whole draft), so a chain is refused only when the steps it can
 * cost exceed `workLimit`.
 */
export type Backtracking = 'exponential' | 'polynomial' | 'too-complex' | null;

export interface BacktrackingOptions {
  flags: string;
  /** Lookaround groups that the parser saw as lookaheads but were lookbehinds. */
  lookbehinds: ReadonlySet<Group>;
  substitutes: Substitutes;
  /** The longest text the engine is given: no repetition runs more often than this. */
  textCap: number;
  /** Steps a chain of repetitions may cost before the pattern counts as slow. */
  workLimit: number;
  /** Analysis work allowed before giving up with 'too-complex'. */
  analysisBudget: number;
}

export function backtrackingRisk(root: Root, options: BacktrackingOptions): Backtracking {
  const budget = { left: options.analysisBudget };
  try {
    return analyse(root, options, budget);
  } catch (error) {
    if (error instanceof TooComplexError) return 'too-complex';
    throw error;
  }
}

function analyse(root: Root, options: BacktrackingOptions, budget: { left: number }): Backtracking {
  const automaton = buildAutomaton(root, {
    ignoreCase: options.flags.includes('i'),
    lookbehinds: options.lookbehinds,
    substitutes: options.substitutes,
    budget,
  });
  const alphabet = new Alphabet(automaton, options.flags);
  const graph = new ProductSearch(automaton, alphabet, budget);
  if (graph.exponential()) return 'exponential';
  if (graph.polynomial(options.textCap, options.workLimit)) return 'polynomial';
  for (const body of automaton.lookarounds) {
    const verdict = analyse(body, options, budget);
    if (verdict) return verdict;
  }
  return null;
}

const WORD: Ranges = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const LINE_TERMINATORS: Ranges = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];

interface CharClass {
  word: boolean;
  lineTerminator: boolean;
  /** Membership in each one-character lookaround's set. */
  inSet: boolean[];
}

/**
 * The characters split into elementary intervals (no label or assertion set cuts through one),
 * so labels intersect exactly as bit sets; and those intervals grouped into the few classes the
 * assertions can tell apart (word, line terminator, in each lookaround's set), which is all a
 * path needs to remember of the character before.
 */
class Alphabet {
  readonly words: number;
  readonly labelBits: Uint32Array[];
  readonly classOf: Uint16Array;
  readonly classes: CharClass[] = [];
  readonly setIndex = new Map<Assertion, number>();
  private readonly multiline: boolean;

  constructor(automaton: PositionAutomaton, flags: string) {
    this.multiline = flags.includes('m');
    const word = flags.includes('i') && flags.includes('u') ? normaliseRanges([...WORD, [0x17f, 0x17f], [0x212a, 0x212a]]) : WORD;
    const sets: Ranges[] = [];
    for (const transitions of automaton.transitions) {
      for (const t of transitions) {
        for (const a of t.assertions) {
          if ((a.kind === 'previous' || a.kind === 'next') && !this.setIndex.has(a)) {
            this.setIndex.set(a, sets.length);
            sets.push(a.set);
          }
        }
      }
    }
    const cuts = new Set<number>([0]);
    for (const ranges of [...automaton.labels, ...sets, word, LINE_TERMINATORS]) {
      for (const [from, to] of ranges) {
        cuts.add(from);
        if (to < MAX_CODE_POINT) cuts.add(to + 1);
      }
    }
    const starts = [...cuts].sort((a, b) => a - b);
    this.words = Math.ceil(starts.length / 32);
    this.classOf = new Uint16Array(starts.length);
    const classKeys = new Map<string, number>();
    starts.forEach((start, i) => {
      const cls: CharClass = { word: contains(word, start), lineTerminator: contains(LINE_TERMINATORS, start), inSet: sets.map((s) => contains(s, start)) };
      const key = `${+cls.word}${+cls.lineTerminator}${cls.inSet.map(Number).join('')}`;
      let index = classKeys.get(key);
      if (index === undefined) {
        index = this.classes.length;
        classKeys.set(key, index);
        this.classes.push(cls);
      }
      this.classOf[i] = index;
    });
    this.labelBits = automaton.labels.map((label) => {
      const bits = new Uint32Array(this.words);
      for (const [from, to] of label) {
        for (let i = firstAtOrAfter(starts, from); i < starts.length && starts[i]! <= to; i++) bits[i >>> 5]! |= 1 << (i & 31);
      }
      return bits;
    });
  }

  /** The classes of the characters in `bits`, into `out` (cleared first). */
  classesIn(bits: Uint32Array, out: number[] = []): number[] {
    out.length = 0;
    const all = this.classes.length;
    let seen = 0;
    for (let w = 0; w < bits.length && out.length < all; w++) {
      let word = bits[w]!;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        const cls = this.classOf[w * 32 + bit]!;
        if (cls < 31 ? (seen & (1 << cls)) === 0 : !out.includes(cls)) {
          if (cls < 31) seen |= 1 << cls;
          out.push(cls);
        }
        word &= word - 1;
      }
    }
    return out;
  }

  private readonly passTables = new Map<Assertion, Uint8Array>();

  /** Whether the assertion holds between a character of class `previous` and one of class `next`. */
  passes(assertion: Assertion, previous: number, next: number): boolean {
    let table = this.passTables.get(assertion);
    if (!table) {
      const count = this.classes.length;
      table = new Uint8Array(count * count);
      for (let p = 0; p < count; p++) for (let n = 0; n < count; n++) table[p * count + n] = this.decide(assertion, p, n) ? 1 : 0;
      this.passTables.set(assertion, table);
    }
    return table[previous * this.classes.length + next] === 1;
  }

  private decide(assertion: Assertion, previous: number, next: number): boolean {
    const before = this.classes[previous]!;
    const after = this.classes[next]!;
    switch (assertion.kind) {
      case 'line-start':
        return this.multiline && before.lineTerminator;
      case 'line-end':
        return this.multiline && after.lineTerminator;
      case 'word-boundary':
        return before.word !== after.word !== assertion.negate;
      case 'previous':
        return before.inSet[this.setIndex.get(assertion)!] !== assertion.negate;
      case 'next':
        return after.inSet[this.setIndex.get(assertion)!] !== assertion.negate;
      case 'unknown':
        return true;
    }
  }
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Strongly connected components (iterative Tarjan), in reverse topological order. */
function components(count: number, successors: (v: number) => readonly number[]): { of: Int32Array; list: number[][] } {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const of = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const list: number[][] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      const succ = successors(v);
      if (i < succ.length) {
        frame[1]++;
        const w = succ[i]!;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          of[w] = list.length;
          members.push(w);
        } while (w !== v);
        list.push(members);
      }
    }
  }
  return { of, list };
}

/** Products of the automaton with itself: several copies reading the same text at once. */
class ProductSearch {
  private readonly n: number;
  private readonly successors: number[][];
  private readonly predecessors: number[][];
  /** Scratch space for `step`, reused so the search allocates little. */
  private readonly masks: Uint32Array[];
  private readonly chosen: number[] = [];
  private readonly chosenTransitions: Transition[] = [];
  private readonly found: number[] = [];
  private readonly scc: { of: Int32Array; list: number[][] };
  private readonly cyclic: boolean[];

  constructor(
    private readonly automaton: PositionAutomaton,
    private readonly alphabet: Alphabet,
    private readonly budget: { left: number },
  ) {
    this.n = automaton.labels.length;
    this.successors = automaton.transitions.map((ts) => [...new Set(ts.map((t) => t.to))]);
    this.predecessors = this.successors.map(() => []);
    this.successors.forEach((succ, from) => succ.forEach((to) => this.predecessors[to]!.push(from)));
    this.scc = components(this.n, (v) => this.successors[v]!);
    this.cyclic = this.scc.list.map((members) => members.length > 1 || this.successors[members[0]!]!.includes(members[0]!));
    this.masks = [0, 1, 2].map(() => new Uint32Array(alphabet.words));
  }

  private spend(units = 1): void {
    this.budget.left -= units;
    if (this.budget.left < 0) throw new TooComplexError();
  }

  /**
   * Every way the copies in `states` can read one more character together, given the class of the
   * character before: their next states (a reused array: copy what you keep), the class of the
   * character read, and whether a copy took a transition the pattern reaches in more than one way.
   */
  private step(states: readonly number[], previous: number, allowed: (copy: number, t: Transition) => boolean, emit: (next: readonly number[], cls: number, ambiguous: boolean) => void): void {
    const { alphabet, automaton, masks, chosen, chosenTransitions } = this;
    const copies = states.length;
    chosen.length = copies;
    chosenTransitions.length = copies;
    const choose = (copy: number): void => {
      if (copy === copies) {
        let ambiguous = false;
        for (const t of chosenTransitions) ambiguous ||= t.ambiguous;
        for (const cls of alphabet.classesIn(masks[copy - 1]!, this.found)) {
          let ok = true;
          for (let i = 0; i < copies && ok; i++) for (const a of chosenTransitions[i]!.assertions) if (!alphabet.passes(a, previous, cls)) ok = false;
          if (ok) emit(chosen, cls, ambiguous);
        }
        return;
      }
      for (const t of automaton.transitions[states[copy]!]!) {
        this.spend();
        if (!allowed(copy, t)) continue;
        const label = alphabet.labelBits[t.to]!;
        const mask = masks[copy]!;
        const before = copy === 0 ? label : masks[copy - 1]!;
        let any = 0;
        for (let w = 0; w < mask.length; w++) any |= mask[w] = before[w]! & label[w]!;
        if (any === 0) continue;
        chosen[copy] = t.to;
        chosenTransitions[copy] = t;
        choose(copy + 1);
      }
    };
    choose(0);
  }

  /** Some state returns to itself on one text by two different paths. */
  exponential(): boolean {
    const { scc, cyclic, alphabet } = this;
    const classes = alphabet.classes.length;
    for (let c = 0; c < scc.list.length; c++) {
      const members = scc.list[c]!;
      if (!cyclic[c] || members.includes(SEARCH_STATE)) continue;
      const inside = (_copy: number, t: Transition) => scc.of[t.to] === c;
      const ids = new Map<number, number>();
      const nodes: [number, number, number][] = [];
      const edges: number[][] = [];
      const ambiguousEdges: [number, number][] = [];
      const id = (a: number, b: number, cls: number) => {
        const key = (a * this.n + b) * classes + cls;
        let found = ids.get(key);
        if (found === undefined) {
          found = nodes.length;
          ids.set(key, found);
          nodes.push([a, b, cls]);
          edges.push([]);
        }
        return found;
      };
      for (const q of members) for (const cls of alphabet.classesIn(alphabet.labelBits[q]!)) id(q, q, cls);
      for (let i = 0; i < nodes.length; i++) {
        const [a, b, cls] = nodes[i]!;
        this.step([a, b], cls, inside, ([x, y], next, ambiguous) => {
          const to = id(x!, y!, next);
          edges[i]!.push(to);
          if (a === b && x === y && ambiguous) ambiguousEdges.push([i, to]);
        });
      }
      const product = components(nodes.length, (v) => edges[v]!);
      for (const group of product.list) {
        if (group.length < 2) continue;
        const diagonal = group.some((v) => nodes[v]![0] === nodes[v]![1]);
        const apart = group.some((v) => nodes[v]![0] !== nodes[v]![1]);
        if (diagonal && apart) return true;
      }
      if (ambiguousEdges.some(([from, to]) => product.of[from] === product.of[to])) return true;
    }
    return false;
  }

  /** The costliest chain of repetitions that can share a run of text exceeds `limit` steps. */
  polynomial(textCap: number, limit: number): boolean {
    const { scc, cyclic } = this;
    const search = scc.of[SEARCH_STATE]!;
    const chainCost = new Map<number, number>([[search, textCap]]);
    // Tarjan lists components sinks first; walk them sources first.
    for (let c = scc.list.length - 1; c >= 0; c--) {
      if (!cyclic[c] || c === search) continue;
      const members = scc.list[c]!;
      const reachesHere = this.statesReaching(members);
      // Alone, a repetition runs at most as often as it may, or as the draft is long.
      let cost = Math.min(textCap, Math.max(...members.flatMap((s) => this.automaton.transitions[s]!.filter((t) => scc.of[t.to] === c).map((t) => t.bound))));
      for (const [earlier, before] of chainCost) {
        if (before * textCap <= cost || !reachesHere[scc.list[earlier]![0]!]) continue;
        const times = this.shareRun(scc.list[earlier]!, members, reachesHere);
        cost = Math.max(cost, Math.min(before * Math.min(times, textCap), Number.MAX_VALUE));
      }
      chainCost.set(c, cost);
      if (cost > limit) return true;
    }
    return false;
  }

  private statesReaching(targets: readonly number[]): Uint8Array {
    const { predecessors } = this;
    const seen = new Uint8Array(this.n);
    const queue = [...targets];
    for (const t of targets) seen[t] = 1;
    while (queue.length > 0) {
      const v = queue.pop()!;
      for (const p of predecessors[v]!) {
        if (seen[p]) continue;
        seen[p] = 1;
        queue.push(p);
      }
    }
    return seen;
  }

  /**
   * How often some text w can be pumped (0 if there is none) where w takes a state of `first` back
   * to itself, the same state into a state of `second`, and that state back to itself, ending on
   * a character of the class it began after: then x w w … w can be split between the two in as
   * many ways as it has copies of w. The cycle of `second` must not pass a state after which the
   * rest of the pattern surely matches: the engine, going round it greedily to the end of the run,
   * would match there and the search would go on after the run, not into it. (A state of `first`
   * may: the search state's own success is an empty match, and the next try starts inside the
   * run.) A cycle through a bounded repetition's restart (`{0,3}`) can be pumped only as often as
   * it allows.
   */
  private shareRun(first: readonly number[], second: readonly number[], reachesSecond: Uint8Array): number {
    const { automaton, scc } = this;
    const firstId = scc.of[first[0]!];
    const secondId = scc.of[second[0]!];
    const bounds = new Set<number>();
    for (const state of [...first, ...second]) for (const t of automaton.transitions[state]!) bounds.add(t.bound);
    for (const times of [...bounds].sort((a, b) => b - a)) {
      const allowed = (copy: number, t: Transition) =>
        copy === 0
          ? scc.of[t.to] === firstId && t.bound >= times
          : copy === 1
            ? reachesSecond[t.to] === 1
            : scc.of[t.to] === secondId && t.bound >= times && !automaton.surelyMatches[t.to];
      if (this.pumpable(first, second, allowed)) return times;
    }
    return 0;
  }

  private pumpable(first: readonly number[], second: readonly number[], allowed: (copy: number, t: Transition) => boolean): boolean {
    const { alphabet, automaton } = this;
    const open = (state: number) => !automaton.surelyMatches[state];
    const classesOf = (state: number) => (state === SEARCH_STATE ? alphabet.classes.map((_, i) => i) : alphabet.classesIn(alphabet.labelBits[state]!));
    const starts = first;
    const ends = second.filter(open);
    const endClasses = ends.map(classesOf);
    for (const a of starts) {
      for (const start of classesOf(a)) {
        const sources = ends.filter((_, i) => endClasses[i]!.includes(start));
        // Every source at once first, with a weaker goal: most patterns fail it, and then no source can succeed.
        if (sources.length === 0 || !this.reaches(a, sources, start, false, allowed)) continue;
        if (sources.some((b) => this.reaches(a, [b], start, true, allowed))) return true;
      }
    }
    return false;
  }

  /**
   * Breadth-first over copies (x, y, z) reading one text from (a, a, b) for b in `sources`, after
   * a character of class `start`, to (a, b, b) with that class again (`exact`), or to any
   * (a, c, c) with c in `sources`' component.
   */
  private reaches(a: number, sources: readonly number[], start: number, exact: boolean, allowed: (copy: number, t: Transition) => boolean): boolean {
    const { alphabet, scc } = this;
    const classes = alphabet.classes.length;
    const target = scc.of[sources[0]!];
    const seen = new Set<number>();
    const queue: number[] = [];
    const visit = (x: number, y: number, z: number, cls: number) => {
      const key = ((x * this.n + y) * this.n + z) * classes + cls;
      if (seen.has(key)) return;
      seen.add(key);
      queue.push(x, y, z, cls);
    };
    for (const b of sources) visit(a, a, b, start);
    const goal = exact ? sources[0]! : -1;
    let found = false;
    const arrive = (next: readonly number[], cls: number) => {
      const [x, y, z] = next as [number, number, number];
      if (x === a && y === z && cls === start && (exact ? y === goal : scc.of[y] === target)) found = true;
      visit(x, y, z, cls);
    };
    for (let i = 0; i < queue.length && !found; i += 4) this.step([queue[i]!, queue[i + 1]!, queue[i + 2]!], queue[i + 3]!, allowed, arrive);
    return found;
  }
}
