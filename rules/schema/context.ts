import { z } from 'zod';

export const AUDIENCES = ['public', 'friends', 'only-me', 'custom'] as const;

/** The circumstances of a draft, as LABELS.md defines them; anything missing takes a safe default. */
export const draftContextSchema = z.object({
  site: z.enum(['x', 'facebook']).default('x'),
  account: z.enum(['personal', 'organisation']).default('personal'),
  audience: z.enum(AUDIENCES).nullable().default(null),
  profileDisclaimer: z.boolean().default(false),
  reply: z.boolean().default(false),
  media: z.boolean().default(false),
});
export type DraftContext = z.infer<typeof draftContextSchema>;
export type DraftContextInput = z.input<typeof draftContextSchema>;

export const DEFAULT_CONTEXT: DraftContext = draftContextSchema.parse({});
