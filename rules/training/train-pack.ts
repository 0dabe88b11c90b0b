import { decodeNetwork } from '../model/decode-model';
import { headLogits, hiddenLayers, sigmoid, type Network } from '../model/network';
import { MODEL_FORMAT, type ModelPlan, type NetworkData, type TextModel, type TrainingSettings } from '../model/model-schema';
import { bytesToBase64 } from '../signing/base64';
import type { PackSource } from '../schema/pack';
import type { LabelledSet } from './labelled-draft';
import { chooseThresholds, outcomeOf, type Outcome } from './choose-thresholds';
import { chooseVocabulary, rowsOf, type Vocabulary } from './choose-vocabulary';
import { prepareExamples, type Head, type PreparedDraft } from './prepare-examples';
import { trainNetwork, type TrainingExample } from './train-network';

export interface TrainingReport {
  heads: Head[];
  thresholds: number[];
  /** Drafts and organisations learned from. */
  drafts: number;
  organisations: number;
  vocabulary: number;
  /** What the chosen thresholds gave on the drafts left out, organisation by organisation (nested). */
  leftOut: Outcome;
}

/** A group of drafts scored by networks that never saw them. */
type Fold = readonly number[];

/**
 * Folds for choosing thresholds: one per organisation, so thresholds are set on what a new
 * organisation would see; with a single organisation, five folds of its drafts.
 */
export function foldsOf(drafts: readonly PreparedDraft[], sets: number): Fold[] {
  if (sets >= 2) return Array.from({ length: sets }, (_, s) => drafts.flatMap((d, i) => (d.set === s ? [i] : [])));
  return Array.from({ length: 5 }, (_, f) => drafts.flatMap((_, i) => (i % 5 === f ? [i] : [])));
}

export function fitEnsemble(
  drafts: readonly PreparedDraft[],
  training: readonly number[],
  lessons: readonly PreparedDraft[],
  heads: number,
  settings: TrainingSettings,
  seed: number,
) {
  const items = [...training.map((i) => drafts[i]!), ...lessons];
  const vocabulary = chooseVocabulary(items);
  const examples: TrainingExample[] = items.map((d) => ({ rows: rowsOf(d.features, vocabulary), targets: d.targets, counts: d.counts }));
  const networks: NetworkData[] = [];
  for (let n = 0; n < settings.networks; n++) {
    networks.push(trainNetwork(examples, vocabulary.hashes.length, heads, { ...settings, seed: seed * 1000 + n }));
  }
  return { vocabulary, networks };
}

function probabilitiesOf(draft: PreparedDraft, vocabulary: Vocabulary, networks: readonly Network[], heads: number): Float64Array {
  return headLogits(networks, hiddenLayers(networks, Array.from(rowsOf(draft.features, vocabulary))), heads).map(sigmoid);
}

/** Each draft's head probabilities from networks trained without its fold. */
export function leftOutProbabilities(
  drafts: readonly PreparedDraft[],
  lessons: readonly PreparedDraft[],
  folds: readonly Fold[],
  heads: number,
  settings: TrainingSettings,
  log: (line: string) => void = () => {},
): Float64Array[] {
  const leftOut: Float64Array[] = new Array(drafts.length);
  folds.forEach((fold, f) => {
    const held = new Set(fold);
    const training = drafts.flatMap((_, i) => (held.has(i) ? [] : [i]));
    // An organisation left out is not even a profile the pack's examples are filled with.
    const leftOutSets = new Set(fold.map((i) => drafts[i]!.set));
    const taught = lessons.filter((l) => !leftOutSets.has(l.filledFor!) || leftOutSets.size === new Set(drafts.map((d) => d.set)).size);
    const { vocabulary, networks } = fitEnsemble(drafts, training, taught, heads, settings, settings.seed + f + 1);
    const decoded = networks.map(decodeNetwork);
    for (const i of fold) leftOut[i] = probabilitiesOf(drafts[i]!, vocabulary, decoded, heads);
    log(`fold ${f + 1}/${folds.length}: ${fold.length} drafts left out, ${vocabulary.hashes.length} features`);
  });
  return leftOut;
}

/**
 * Trains the base pack's model on labelled drafts of one or more organisations: reads every
 * draft, sets each head's threshold on drafts left out organisation by organisation, then trains
 * the networks on everything. Deterministic: the same inputs give the same model.
 */
export function trainModel(base: PackSource & { model: ModelPlan }, sets: readonly LabelledSet[], log: (line: string) => void = () => {}): { model: TextModel; report: TrainingReport } {
  const settings = base.model.training;
  const { heads, drafts, lessons } = prepareExamples(base, base.model.reads, sets);
  if (heads.length === 0) throw new Error('the base pack has no classifier rules, so there is nothing to train');
  log(`read ${drafts.length} drafts of ${sets.length} organisation${sets.length === 1 ? '' : 's'}; heads: ${heads.map((h) => `${h.name} (learns ${h.learns})`).join(', ')}`);

  const leftOut = leftOutProbabilities(drafts, lessons, foldsOf(drafts, sets.length), heads.length, settings, log);
  const thresholds = chooseThresholds(drafts, leftOut, heads.length, settings.falseAlarmTarget);

  const everything = drafts.map((_, i) => i);
  const { vocabulary, networks } = fitEnsemble(drafts, everything, lessons, heads.length, settings, settings.seed);
  const vocabularyBytes = new Uint8Array(vocabulary.hashes.length * 4);
  const view = new DataView(vocabularyBytes.buffer);
  vocabulary.hashes.forEach((h, i) => view.setUint32(i * 4, h, true));
  const model: TextModel = {
    format: MODEL_FORMAT,
    reads: base.model.reads,
    training: settings,
    heads: heads.map((h, k) => ({ name: h.name, threshold: thresholds[k]! })),
    vocabulary: bytesToBase64(vocabularyBytes),
    networks,
    trainedOn: { organisations: sets.length, drafts: drafts.length },
  };
  return {
    model,
    report: {
      heads,
      thresholds,
      drafts: drafts.length,
      organisations: sets.length,
      vocabulary: vocabulary.hashes.length,
      leftOut: outcomeOf(drafts, leftOut, thresholds),
    },
  };
}
