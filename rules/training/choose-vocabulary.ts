import { featureHash } from '../model/feature-hash';
import { FROM_EXAMPLES, type PreparedDraft } from './prepare-examples';

/** A feature must be seen in this many training drafts to be kept: rarer ones cannot be trusted, and could single someone out. */
export const MIN_DRAFTS_PER_FEATURE = 3;

export interface Vocabulary {
  /** Kept feature hashes, ascending: a row per entry. */
  hashes: Uint32Array;
  /** Hash → row, as the checker looks it up. */
  rows: Map<number, number>;
}

/** Words in a feature that are the draft's own words (evidence names and number marks are upper case). */
const OWN_WORD = /\p{Ll}/u;

/**
 * Keeps the features that can carry to other organisations and say nothing about anyone:
 * seen in at least three drafts, in at least two of the organisations when training on three or
 * more (a word only one organisation uses is its own, not the sector's), and made only of words
 * some draft writes in lower case — a name that was never a placeholder is capitalised wherever it
 * appears, so it never gets in. The pack's own examples are the author's words, public with the
 * pack: what they use counts as shared by every organisation.
 */
export function chooseVocabulary(items: readonly PreparedDraft[]): Vocabulary {
  const sets = new Set(items.map((d) => d.set).filter((s) => s !== FROM_EXAMPLES));
  const minSets = sets.size >= 3 ? 2 : 1;
  const lowerCase = new Set<string>();
  for (const d of items) for (const w of d.lowerCaseWords) lowerCase.add(w);
  const seen = new Map<string, { drafts: number; sets: Set<number> }>();
  for (const { features, set } of items) {
    for (const f of features) {
      const known = seen.get(f);
      if (known) {
        known.drafts++;
        known.sets.add(set);
      } else seen.set(f, { drafts: 1, sets: new Set([set]) });
    }
  }
  const shared = (n: { sets: Set<number> }) => n.sets.has(FROM_EXAMPLES) || n.sets.size >= minSets;
  const kept = [...seen]
    .filter(([feature, n]) => n.drafts >= MIN_DRAFTS_PER_FEATURE && shared(n) && wordsAreCommon(feature, lowerCase))
    .sort(([fa, a], [fb, b]) => b.drafts - a.drafts || (fa < fb ? -1 : fa > fb ? 1 : 0));
  // Two features with one hash would share a row; the more frequent keeps it.
  const byHash = new Map<number, string>();
  for (const [feature] of kept) {
    const hash = featureHash(feature);
    if (!byHash.has(hash)) byHash.set(hash, feature);
  }
  const hashes = Uint32Array.from(byHash.keys()).sort();
  return { hashes, rows: new Map(Array.from(hashes, (h, row) => [h, row])) };
}

function wordsAreCommon(feature: string, lowerCase: ReadonlySet<string>): boolean {
  if (!feature.startsWith('w:') && !feature.startsWith('b:')) return true;
  return feature
    .slice(2)
    .split(' ')
    .every((word) => !OWN_WORD.test(word) || lowerCase.has(word));
}

/** A draft's vocabulary rows, found by hash exactly as the checker finds them. */
export function rowsOf(features: readonly string[], vocabulary: Vocabulary): Int32Array {
  const out: number[] = [];
  for (const f of features) {
    const row = vocabulary.rows.get(featureHash(f));
    if (row !== undefined) out.push(row);
  }
  return Int32Array.from(out);
}
