import { z } from 'zod';
import { SITE_IDS } from '../sites';

export const AUDIENCES = ['public', 'friends', 'only-me', 'custom'] as const;

/** The circumstances of a draft, as LABELS.md defines them; anything missing takes a safe default. */
export const draftContextSchema = z.object({
  site: z.enum(SITE_IDS).default('x'),
  account: z.enum(['personal', 'organisation']).default('personal'),
  audience: z.enum(AUDIENCES).nullable().default(null),
  profileDisclaimer: z.boolean().default(false),
  reply: z.boolean().default(false),
  media: z.boolean().default(false),
});
export type DraftContext = z.infer<typeof draftContextSchema>;
export type DraftContextInput = z.input<typeof draftContextSchema>;

export const DEFAULT_CONTEXT: DraftContext = draftContextSchema.parse({});

/**
 * Part of a context, as a rule example gives it: only what the example is about, no defaults
 * written in (zod's `.partial()` would still fill them), so a pack's JSON stays its own parse.
 */
export const partialContextSchema = z
  .object({
    site: z.enum(SITE_IDS),
    account: z.enum(['personal', 'organisation']),
    audience: z.enum(AUDIENCES).nullable(),
    profileDisclaimer: z.boolean(),
    reply: z.boolean(),
    media: z.boolean(),
  })
  .partial();
