import { z } from 'zod';
import { categorySchema, fixSchema, severitySchema } from './finding';
import { partialContextSchema } from './context';
import { SITE_IDS } from '../sites';

export const ruleIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case rule id');
export const ruleRefsSchema = z.array(ruleIdSchema).min(1);

/**
 * Placeholders an example's text may use, so one pack's examples hold for every organisation:
 * `{profile.name}` and `{profile.disclaimer}` as in messages and fixes, and the first of the
 * profile's aliases, handles, topics or client terms (`{profile.alias}`, `{profile.handle}`,
 * `{profile.topic}`, `{profile.clientTerm}`).
 */
export const EXAMPLE_PLACEHOLDERS = ['name', 'disclaimer', 'alias', 'handle', 'topic', 'clientTerm'] as const;
export type ExamplePlaceholder = (typeof EXAMPLE_PLACEHOLDERS)[number];

const PLACEHOLDER_LIST = EXAMPLE_PLACEHOLDERS.map((p) => `{profile.${p}}`).join(', ');
// A pattern, not a refinement, so editors using `guidepost schema` flag a misspelt placeholder too.
const ONLY_KNOWN_PLACEHOLDERS = new RegExp(`^(?:[^{]|\\{(?!profile\\.)|\\{profile\\.(?:${EXAMPLE_PLACEHOLDERS.join('|')})\\})*$`);

const exampleTextSchema = z
  .string()
  .regex(ONLY_KNOWN_PLACEHOLDERS, `an unknown {profile.…} placeholder; examples may use ${PLACEHOLDER_LIST}`)
  .describe(
    `A draft. It may use ${PLACEHOLDER_LIST}, filled from the organisation's profile before the example runs ` +
      '(alias, handle, topic and client term: the first in the profile). An example whose placeholder the ' +
      'profile has nothing for is skipped, and `guidepost test` says so.',
  );

const exampleSchema = z.union([exampleTextSchema, z.object({ text: exampleTextSchema, context: partialContextSchema.optional() })]);
export type RuleExample = z.infer<typeof exampleSchema>;

/** Context a rule applies in; absent fields match anything. */
export const whenSchema = z
  .object({
    account: z.array(z.enum(['personal', 'organisation'])).min(1),
    site: z.array(z.enum(SITE_IDS)).min(1),
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
