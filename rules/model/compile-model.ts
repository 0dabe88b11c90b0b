import type { DraftContext } from '../schema/context';
import type { Draft, Match, MatchTable } from '../engine/types';
import { decodeModel } from './decode-model';
import { featureContributions, headLogits, hiddenLayers, sigmoid } from './network';
import { readDraftHashes, resolveReading, type ReadingRefs, type Unit } from './read-draft';
import { explainingSpans } from './explain-finding';
import type { TextModel } from './model-schema';

/** The pack's model compiled for one organisation's checker: reads a draft once, however many heads ask. */
export interface CompiledModel {
  /** Index of a head by name; throws for a name the model lacks (the schema prevents it). */
  head(name: string): number;
  /** Whether the head's probability passes its threshold for this draft. */
  fires(draft: Draft, context: DraftContext, table: MatchTable, head: number): boolean;
  /** Probabilities of every head, in the model's order. */
  probabilities(draft: Draft, context: DraftContext, table: MatchTable): Float64Array;
  /** The words that drove the head's decision, for the card's "Because of …". */
  explain(draft: Draft, context: DraftContext, table: MatchTable, head: number): Match[];
}

/** The vocabulary rows of a draft's features, by hash; features the model never learned are not there. */
export function vocabularyRows(hashes: readonly number[], rows: ReadonlyMap<number, number>, out: number[] = [], at: number[] = []): number[] {
  hashes.forEach((h, i) => {
    const row = rows.get(h);
    if (row !== undefined) {
      out.push(row);
      at.push(i);
    }
  });
  return out;
}

export function compileModel(model: TextModel, ref: (ruleId: string) => number): CompiledModel {
  const { rows, networks } = decodeModel(model);
  const reading: ReadingRefs = resolveReading(model.reads, ref);
  const thresholds = model.heads.map((h) => h.threshold);

  interface Judged {
    context: DraftContext;
    probabilities: Float64Array;
    units: Unit[];
    /** Vocabulary rows of the draft's known features, and for each its sources. */
    found: number[];
    hidden: Float64Array[];
    sources: number[][];
  }
  // The heads of one check share one reading of the draft, sources and all: reading it again to
  // explain each finding would double the cost of a long draft.
  const seen = new WeakMap<Draft, Judged>();
  const judge = (draft: Draft, context: DraftContext, table: MatchTable): Judged => {
    const known = seen.get(draft);
    if (known && known.context === context) return known;
    const { units, features, sources } = readDraftHashes(draft, context, table, reading, true, rows);
    const at: number[] = [];
    const found = vocabularyRows(features, rows, [], at);
    const hidden = hiddenLayers(networks, found);
    const judged = {
      context,
      probabilities: headLogits(networks, hidden, model.heads.length).map(sigmoid),
      units,
      found,
      hidden,
      sources: at.map((i) => sources![i]!),
    };
    seen.set(draft, judged);
    return judged;
  };

  return {
    head(name) {
      const at = model.heads.findIndex((h) => h.name === name);
      if (at < 0) throw new Error(`the model has no head "${name}"`);
      return at;
    },
    probabilities: (draft, context, table) => judge(draft, context, table).probabilities,
    fires: (draft, context, table, head) => judge(draft, context, table).probabilities[head]! >= thresholds[head]!,
    explain(draft, context, table, head) {
      const { units, found, hidden, sources } = judge(draft, context, table);
      return explainingSpans(draft.text, units, sources, featureContributions(networks, hidden, found, head));
    },
  };
}
