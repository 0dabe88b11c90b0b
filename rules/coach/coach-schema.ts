import { z } from 'zod';

/** The checks the coach knows; each is code in rules/coach/checks, tuned by the pack. */
export const COACH_CHECKS = [
  'plain-words',
  'passive-voice',
  'hard-sentence',
  'inclusive-words',
  'profanity',
  'unexplained-acronym',
  'wall-of-text',
  'official-voice',
] as const;
export type CoachCheckName = (typeof COACH_CHECKS)[number];

const tipSchema = z.object({
  check: z.enum(COACH_CHECKS),
  enabled: z.boolean().default(true),
  /** Lower comes first; a draft shows at most `maxTips` tips. */
  priority: z.number().int().min(0).max(100),
  /** What the card says; `{words}` is what was found, `{suggestion}` the first replacement. */
  message: z.string().min(1).max(200),
  /** Check-specific settings: word lists to ignore or add, an age, a length. */
  options: z
    .object({
      ignore: z.array(z.string().min(1)).default([]),
      /** For checks built on a retext plugin: only these of its rule ids, when given. */
      only: z.array(z.string().min(1)).default([]),
      /** Acronyms the audience knows without explanation (besides the profile's own). */
      known: z.array(z.string().min(1)).default([]),
      /** Phrases that sound like a letter from an institution, for `official-voice`. */
      phrases: z.array(z.string().min(1).max(120)).default([]),
      /** Reading age the `hard-sentence` check writes for. */
      age: z.number().int().min(6).max(25).default(14),
      /** Longest run of text without a paragraph break, for `wall-of-text`. */
      maxChars: z.number().int().min(100).max(20_000).default(500),
      sites: z.array(z.enum(['x', 'facebook'])).default(['x', 'facebook']),
      /** For `profanity`: 2 flags only words that are rude whatever the context; 0 any that might be. */
      sureness: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(2),
    })
    .prefault({}),
});
export type CoachTipConfig = z.infer<typeof tipSchema>;

/**
 * The encouraging half of the guidance, as data: tips for organisation accounts towards plain,
 * warm, human writing. Severity `info`, category `tone`, never a review prompt. Each check can be
 * turned off or tuned; `priority` orders them.
 */
export const coachSchema = z.object({
  /** The guidance entry every tip links to. */
  guidance: z.string().regex(/^[a-z][a-z0-9-]*$/),
  maxTips: z.number().int().min(1).max(10).default(3),
  tips: z.array(tipSchema).min(1),
});
export type CoachConfig = z.infer<typeof coachSchema>;
