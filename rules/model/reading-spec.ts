import { z } from 'zod';
import { ruleIdSchema } from '../schema/rule-common';

/** A name the reader gives to a kind of evidence: "ORG", "PERSON", "NEG". */
export const evidenceNameSchema = z.string().regex(/^[A-Z][A-Z0-9]{0,23}$/, 'an upper-case evidence name such as "ORG"');

/**
 * How the model reads a draft, as data: which of the pack's rules stand in for the words they
 * match (`words`: the organisation's names become ORG, a person's name PERSON — the model learns
 * from the kind of thing, never the organisation's or a person's own words), which only add
 * evidence beside the words (`signals`: a word of criticism, a work visit), and which groups of
 * evidence are telling when absent (`absent`: a draft with a name and an age but nothing about
 * work is most likely about family).
 */
export const readingSpecSchema = z.object({
  words: z.record(ruleIdSchema, evidenceNameSchema),
  signals: z.record(ruleIdSchema, evidenceNameSchema),
  absent: z.record(evidenceNameSchema, z.array(evidenceNameSchema).min(1)).default({}),
});
export type ReadingSpec = z.infer<typeof readingSpecSchema>;

/** Every rule a reading spec reads, so the pack can check they exist and come first. */
export function readingRules(spec: ReadingSpec): string[] {
  return [...new Set([...Object.keys(spec.words), ...Object.keys(spec.signals)])];
}
