import { z } from 'zod';

/**
 * One entry of the organisation's guidance. Text is plain text with blank-line paragraphs and
 * `**bold**` only; it is always rendered as text, never as HTML.
 */
export const guidanceEntrySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case guidance id'),
  title: z.string().min(1).max(120),
  summary: z.string().min(1).max(400),
  body: z.string().min(1),
  doInstead: z.string().min(1),
  links: z
    .array(z.object({ label: z.string().min(1), url: z.url({ protocol: /^https$/ }) }))
    .default([]),
});
export type GuidanceEntry = z.infer<typeof guidanceEntrySchema>;
