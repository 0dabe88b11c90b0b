import { z } from 'zod';

export const SEVERITIES = ['info', 'warn', 'serious'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/** The three categories every pack must be able to find; packs may add their own kebab-case ones. */
export const CORE_CATEGORIES = ['client-privacy', 'employer-comment', 'opinion-disclaimer'] as const;
export const categorySchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case category name');

export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

export const fixSchema = z.object({
  kind: z.enum(['append', 'replace']),
  text: z.string(),
  label: z.string().min(1),
  span: spanSchema.optional(),
});
export type Fix = z.infer<typeof fixSchema>;

export const findingSchema = z.object({
  category: categorySchema,
  rule: z.string(),
  severity: severitySchema,
  message: z.string(),
  spans: z.array(spanSchema),
  guidance: z.string(),
  fixes: z.array(fixSchema),
});
export type Finding = z.infer<typeof findingSchema>;

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
