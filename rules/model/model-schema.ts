import { z } from 'zod';
import { readingSpecSchema } from './reading-spec';
import { base64ToBytes } from '../signing/base64';
import { jsonLongerThan } from '../schema/json-size';

/** The version of the draft reader and network a model was trained for; a reader change bumps it. */
export const MODEL_FORMAT = 1;

/** Largest model a pack may carry, in characters of its JSON: it is downloaded and kept by every install. */
export const MAX_MODEL_CHARS = 1_500_000;

export const headNameSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case head name');

const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const finite = z.number().finite();

/**
 * How `train` fits the model: data beside the weights, so a pack says how it was made and an
 * admin can retrain it the same way.
 */
export const trainingSettingsSchema = z.object({
  networks: z.number().int().min(1).max(8).default(3),
  hidden: z.number().int().min(1).max(64).default(16),
  epochs: z.number().int().min(1).max(100).default(10),
  learningRate: z.number().positive().max(1).default(0.003),
  weightDecay: z.number().nonnegative().max(1).default(1e-4),
  dropout: z.number().min(0).max(0.9).default(0),
  seed: z.number().int().nonnegative().default(1),
  /** Thresholds keep false alarms on clean drafts, left out in training, at or below this share. */
  falseAlarmTarget: z.number().min(0).max(1).default(0.02),
});
export type TrainingSettings = z.infer<typeof trainingSettingsSchema>;

/** A model before training: how to read drafts and how to train. What `train` starts from. */
export const modelPlanSchema = z.object({
  reads: readingSpecSchema,
  training: trainingSettingsSchema.prefault({}),
});
export type ModelPlan = z.infer<typeof modelPlanSchema>;

const networkSchema = z.object({
  hidden: z.number().int().min(1).max(64),
  /** The input weights are signed bytes; each is this many units. */
  inputScale: z.number().positive().finite(),
  input: base64Schema.describe('signed bytes, one row of `hidden` per vocabulary entry'),
  hiddenBias: z.array(finite),
  output: z.array(z.array(finite)).describe('one row of `hidden` weights per head'),
  outputBias: z.array(finite),
});
export type NetworkData = z.infer<typeof networkSchema>;

/**
 * A trained model: weights are data in the pack, validated here and signed with the pack like
 * everything else. The vocabulary holds only 32-bit hashes of features seen in at least three
 * training drafts, never their words.
 */
export const textModelSchema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    reads: readingSpecSchema,
    training: trainingSettingsSchema.prefault({}),
    heads: z
      .array(z.object({ name: headNameSchema, threshold: z.number().min(0).max(1) }))
      .min(1)
      .max(8),
    vocabulary: base64Schema.describe('feature hashes: unsigned 32-bit little-endian, ascending'),
    networks: z.array(networkSchema).min(1).max(8),
    trainedOn: z.object({ organisations: z.number().int().nonnegative(), drafts: z.number().int().nonnegative() }).optional(),
  })
  .superRefine((model, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (jsonLongerThan(model, MAX_MODEL_CHARS)) issue([], `the model is larger than ${MAX_MODEL_CHARS / 1e6} MB`);
    const names = new Set<string>();
    model.heads.forEach((h, i) => {
      if (names.has(h.name)) issue(['heads', i, 'name'], `duplicate head "${h.name}"`);
      names.add(h.name);
    });
    const vocabulary = base64ToBytes(model.vocabulary);
    if (!vocabulary || vocabulary.length % 4 !== 0) return issue(['vocabulary'], 'must be base64 of 4-byte entries');
    const hashes = new DataView(vocabulary.buffer, vocabulary.byteOffset, vocabulary.byteLength);
    for (let i = 4; i < vocabulary.length; i += 4) {
      if (hashes.getUint32(i, true) <= hashes.getUint32(i - 4, true)) return issue(['vocabulary'], 'entries must be ascending and distinct');
    }
    const entries = vocabulary.length / 4;
    model.networks.forEach((net, i) => {
      const at = ['networks', i];
      const input = base64ToBytes(net.input);
      if (!input || input.length !== entries * net.hidden) issue([...at, 'input'], `must hold ${entries} × ${net.hidden} weights`);
      if (net.hiddenBias.length !== net.hidden) issue([...at, 'hiddenBias'], `must hold ${net.hidden} numbers`);
      if (net.output.length !== model.heads.length || net.output.some((row) => row.length !== net.hidden)) {
        issue([...at, 'output'], `must hold ${model.heads.length} rows of ${net.hidden} numbers, one per head`);
      }
      if (net.outputBias.length !== model.heads.length) issue([...at, 'outputBias'], `must hold ${model.heads.length} numbers`);
    });
  });
export type TextModel = z.infer<typeof textModelSchema>;
