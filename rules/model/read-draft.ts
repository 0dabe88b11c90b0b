import { isContextFact } from '../kinds/context-flag';
import type { DraftContext } from '../schema/context';
import type { Draft, MatchTable } from '../engine/types';
import type { ReadingSpec } from './reading-spec';
import { FNV_START, fnvFold } from './feature-hash';
import { tokenise } from './tokenise';

/** The reading spec with rule ids resolved to the check's match table, once per compile. */
export interface ReadingRefs {
  /** In spec order: where matches overlap, the earlier entry names the words. */
  words: readonly { ref: number; name: string }[];
  signals: readonly { ref: number; name: string }[];
  absent: readonly { name: string; members: ReadonlySet<string> }[];
}

export function resolveReading(spec: ReadingSpec, ref: (ruleId: string) => number): ReadingRefs {
  return {
    words: Object.entries(spec.words).map(([id, name]) => ({ ref: ref(id), name })),
    signals: Object.entries(spec.signals).map(([id, name]) => ({ ref: ref(id), name })),
    absent: Object.entries(spec.absent).map(([name, members]) => ({ name, members: new Set(members) })),
  };
}

/** A word of the draft, or a stretch that stands for a kind of thing (ORG, PERSON, NEG…). */
export interface Unit {
  start: number;
  end: number;
  /** Index of the sentence; -1 for a fact about the whole draft (an attached photo). */
  sentence: number;
  /** The lower-case word, or the evidence name. */
  text: string;
  /** True for evidence names, which never read as a word of the draft. */
  evidence: boolean;
}

export interface DraftReading<Key> {
  units: Unit[];
  /** The features, as strings (`readDraft`) or as their hashes (`readDraftHashes`). */
  features: Key[];
  /** For each feature, the units it came from; only when asked for (to explain a finding). */
  sources: number[][] | null;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** A capital then a small letter, with the common (ASCII) case decided without a regular expression. */
function titleCase(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  return TITLE_CASE.test(word);
}

/** Plain lower-case letters, apostrophes and hyphens only: the form most words already have. */
function plainLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) return false;
  }
  return true;
}

/** How a word reads, the same in training and in checking: case, apostrophes, numbers, punctuation. */
function wordForm(raw: string): string {
  const first = raw.charCodeAt(0);
  // Most words are already plain lower case.
  if (first >= 97 && first <= 122 && plainLowerCase(raw)) return raw;
  if (raw.startsWith('http')) return 'URL';
  if (first === 64 /* @ */) return 'HANDLE';
  if (first === 33 /* ! */ || first === 63 /* ? */) {
    const mixed = raw.includes('!') && raw.includes('?');
    return mixed ? '?!' : raw.length > 1 ? raw[0]!.repeat(2) : raw;
  }
  if (/^\d+$/.test(raw)) return raw.length <= 2 ? 'NUM2' : 'NUM';
  return raw.toLowerCase().replace(/’/g, "'");
}

interface Stretch {
  start: number;
  end: number;
  name: string;
}

/** The word rules' matches, longest first where they start together, earlier rules first; no overlaps. */
function wordStretches(refs: ReadingRefs, table: MatchTable): Stretch[] {
  const all: (Stretch & { rank: number })[] = [];
  refs.words.forEach(({ ref, name }, rank) => {
    for (const m of table[ref]!) if (m.end > m.start && !isContextFact(m)) all.push({ start: m.start, end: m.end, name, rank });
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: Stretch[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/**
 * Reads a draft the way the model learned to: the organisation's words, people's names and
 * identifying details become evidence names (so what is learned carries to other organisations
 * and never holds a person's name); the pack's signal rules add evidence; then features:
 * words and word pairs, evidence present, evidence together in a sentence or the draft, evidence
 * whose companions are missing, and the context.
 */
export function readDraft(draft: Draft, context: DraftContext, table: MatchTable, refs: ReadingRefs, withSources: boolean): DraftReading<string> {
  return readWith(new StringSink(withSources), draft, context, table, refs);
}

/**
 * The same reading as `readDraft`, with each feature as its hash: what the checker looks up,
 * built without the strings. Given the model's vocabulary (`known`), keeps only the features in it.
 */
export function readDraftHashes(
  draft: Draft,
  context: DraftContext,
  table: MatchTable,
  refs: ReadingRefs,
  withSources: boolean,
  known: ReadonlyMap<number, number> | null = null,
): DraftReading<number> {
  return readWith(new HashSink(withSources, known), draft, context, table, refs);
}

function readWith<Key>(sink: FeatureSink<Key>, draft: Draft, context: DraftContext, table: MatchTable, refs: ReadingRefs): DraftReading<Key> {
  const { text } = draft;
  const units: Unit[] = [];
  const stretches = wordStretches(refs, table);
  const { sentences } = draft;
  let sentence = 0;
  // Units come in order, so the sentence only ever moves forward.
  const sentenceOf = (at: number) => {
    while (sentence + 1 < sentences.length && sentences[sentence + 1]!.start <= at) sentence++;
    return sentence;
  };
  let next = 0;
  tokenise(text, (start, end) => {
    while (next < stretches.length && stretches[next]!.end <= start) next++;
    const stretch = stretches[next];
    if (stretch && stretch.start < end) {
      const last = units[units.length - 1];
      if (!last || last.start !== stretch.start) {
        units.push({ start: stretch.start, end: stretch.end, sentence: sentenceOf(stretch.start), text: stretch.name, evidence: true });
      }
      return;
    }
    const raw = text.slice(start, end);
    const at = sentenceOf(start);
    // A capitalised word inside a sentence that no rule named is someone's or something's name:
    // the model learns that there is a name, never the name.
    const properName = titleCase(raw) && sentences[at]!.start < start && !startsClause(text, start);
    units.push({ start, end, sentence: at, text: properName ? 'PROPER' : wordForm(raw), evidence: properName });
  });
  const words = units.length;
  for (const { ref, name } of refs.signals) {
    for (const s of table[ref]!) {
      units.push({ start: s.start, end: s.end, sentence: isContextFact(s) ? -1 : draft.sentenceAt(s.start), text: name, evidence: true });
    }
  }
  featuresOf(sink, units, words, context, refs);
  const { keys, sources } = sink.result();
  return { units, features: keys, sources };
}

/** After a line break, a colon or a quote mark a capital starts a clause, not a name. */
function startsClause(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') continue;
    return c === '\n' || c === ':' || c === '"' || c === '“' || c === '(' || c === '-' || c === '–' || c === '•';
  }
  return true;
}

/** The most units a feature keeps as its sources: enough to explain it, bounded on long drafts. */
const MAX_SOURCES = 8;

/**
 * Collects each feature once, with the units it came from when a finding needs explaining. A
 * feature is up to four parts ("b:", "the", " ", "council"): training keeps the joined string
 * (to count it and to check its words), checking keeps only its hash, never building the string.
 */
abstract class FeatureSink<Key> {
  private readonly seen = new Map<Key, number[] | null>();
  constructor(private readonly withSources: boolean) {}

  protected abstract key(first: string, second: string, third: string, fourth: string): Key;

  /** Whether a feature is worth keeping at all. */
  protected keeps(_key: Key): boolean {
    return true;
  }

  add(first: string, second = '', third = '', fourth = '', a = -1, b = -1): void {
    const key = this.key(first, second, third, fourth);
    if (!this.keeps(key)) return;
    const known = this.seen.get(key);
    if (known === undefined) {
      if (!this.withSources) this.seen.set(key, null);
      else this.seen.set(key, a < 0 ? [] : b < 0 ? [a] : [a, b]);
    } else if (known !== null && known.length < MAX_SOURCES) {
      if (a >= 0 && !known.includes(a)) known.push(a);
      if (b >= 0 && !known.includes(b)) known.push(b);
    }
  }

  result(): { keys: Key[]; sources: number[][] | null } {
    return { keys: [...this.seen.keys()], sources: this.withSources ? ([...this.seen.values()] as number[][]) : null };
  }
}

class StringSink extends FeatureSink<string> {
  protected key(first: string, second: string, third: string, fourth: string): string {
    return first + second + third + fourth;
  }
}

class HashSink extends FeatureSink<number> {
  constructor(
    withSources: boolean,
    private readonly known: ReadonlyMap<number, number> | null,
  ) {
    super(withSources);
  }

  protected key(first: string, second: string, third: string, fourth: string): number {
    return fnvFold(fnvFold(fnvFold(fnvFold(FNV_START, first), second), third), fourth) >>> 0;
  }

  // A feature the model never learned weighs nothing: not kept, not explained.
  protected override keeps(key: number): boolean {
    return this.known === null || this.known.has(key);
  }
}

function featuresOf<Key>(found: FeatureSink<Key>, units: readonly Unit[], words: number, context: DraftContext, refs: ReadingRefs): void {
  for (let i = 0; i < words; i++) {
    const u = units[i]!;
    found.add('w:', u.text, '', '', i);
    const v = units[i + 1];
    if (i + 1 < words && v!.sentence === u.sentence) found.add('b:', u.text, ' ', v!.text, i, i + 1);
  }

  // Evidence by sentence (a whole-draft fact belongs to every sentence) and in the draft: the
  // first two units of each name are all the features below need.
  const inDraft = new Map<string, number[]>();
  const bySentence = new Map<number, Map<string, number>>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!u.evidence || u.text === 'PROPER') continue;
    const at = inDraft.get(u.text);
    if (!at) inDraft.set(u.text, [i]);
    else if (at.length < 2) at.push(i);
    if (u.sentence < 0) continue;
    let here = bySentence.get(u.sentence);
    if (!here) bySentence.set(u.sentence, (here = new Map()));
    if (!here.has(u.text)) here.set(u.text, i);
  }
  const names = [...inDraft.keys()].sort();
  const facts = names.filter((name) => units[inDraft.get(name)![0]!]!.sentence < 0);
  for (const name of names) {
    const at = inDraft.get(name)!;
    found.add('e:', name, '', '', at[0]!);
    if (at.length > 1) found.add('e2:', name, '', '', at[1]!);
  }
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) found.add('d:', names[i]!, '&', names[j]!, inDraft.get(names[i]!)![0]!, inDraft.get(names[j]!)![0]!);
  }
  for (const here of bySentence.values()) {
    for (const name of facts) if (!here.has(name)) here.set(name, inDraft.get(name)![0]!);
    const together = [...here.keys()].sort();
    for (let i = 0; i < together.length; i++) {
      for (let j = i + 1; j < together.length; j++) found.add('s:', together[i]!, '&', together[j]!, here.get(together[i]!)!, here.get(together[j]!)!);
    }
  }

  // What is missing says as much: a name and an age with nothing about work.
  for (const group of refs.absent) {
    if (names.some((n) => group.members.has(n))) continue;
    found.add('n:', group.name);
    for (const name of names) if (!group.members.has(name)) found.add('n:', name, '&', group.name, inDraft.get(name)![0]!);
  }

  found.add('x:site=', context.site);
  found.add('x:account=', context.account);
  if (context.media) found.add('x:media');
  if (context.reply) found.add('x:reply');
}
