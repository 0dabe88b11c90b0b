import { z } from 'zod';
import { categorySchema, fixSchema, severitySchema } from './finding';
import { partialContextSchema } from './context';

export const ruleIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case rule id');
export const ruleRefsSchema = z.array(ruleIdSchema).min(1);

const exampleSchema = z.union([
  z.string(),
  z.object({ text: z.string(), context: partialContextSchema.optional() }),
]);
export type RuleExample = z.infer<typeof exampleSchema>;

/** Context a rule applies in; absent fields match anything. */
export const whenSchema = z
  .object({
    account: z.array(z.enum(['personal', 'organisation'])).min(1),
    site: z.array(z.enum(['x', 'facebook'])).min(1),
    profileDisclaimer: z.boolean(),
    reply: z.boolean(),
    media: z.boolean(),
  })
  .partial();
export type When = z.infer<typeof whenSchema>;

/**
 * Fields every rule has whatever its kind. A rule with a `category` is reported as a finding;
 * one without is a signal that other rules build on.
 */
export const ruleCommonShape = {
  id: ruleIdSchema,
  description: z.string().optional(),
  category: categorySchema.optional(),
  severity: severitySchema.default('warn'),
  message: z.string().optional(),
  guidance: z.string().optional(),
  when: whenSchema.optional(),
  fixes: z.array(fixSchema.omit({ span: true })).default([]),
  examples: z.object({
    match: z.array(exampleSchema).min(1),
    noMatch: z.array(exampleSchema).min(1),
  }),
};
