import { z } from 'zod';
import { guidanceEntrySchema } from './guidance';
import { orgProfileSchema } from './profile';
import { ruleReferences, ruleSchema } from '../kinds';
import { patternLoadProblem } from '../kinds/pattern';

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** Far beyond any real version; a longer one is a mistake or an attempt to confuse the rollback check. */
export const MAX_VERSION_LENGTH = 64;

/** A pack's version: an integer, or a semver string; later versions compare greater. */
export const packVersionSchema = z.union([
  z.number().int().nonnegative(),
  z.string().max(MAX_VERSION_LENGTH, `a version of at most ${MAX_VERSION_LENGTH} characters`).regex(SEMVER, 'an integer or a semver string such as "1.4.0"'),
]);
export type PackVersion = z.infer<typeof packVersionSchema>;

/** The signature envelope the admin tools add: Ed25519 over the pack's canonical JSON without `signature`. */
export const packSignatureSchema = z.object({
  alg: z.literal('Ed25519'),
  keyId: z.string().min(1),
  value: z.string().regex(/^[A-Za-z0-9+/=_-]+$/, 'base64'),
});

export const rulePackSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lower-case id such as "guidepost-default"'),
    name: z.string().min(1),
    version: packVersionSchema,
    expires: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    description: z.string().optional(),
    profile: orgProfileSchema.optional(),
    guidance: z.array(guidanceEntrySchema).min(1),
    rules: z.array(ruleSchema).min(1),
    signature: packSignatureSchema.optional(),
  })
  .superRefine((pack, ctx) => {
    const guidanceIds = new Set<string>();
    pack.guidance.forEach((g, i) => {
      if (guidanceIds.has(g.id)) ctx.addIssue({ code: 'custom', path: ['guidance', i, 'id'], message: `duplicate guidance id "${g.id}"` });
      guidanceIds.add(g.id);
    });
    const ruleIndex = new Map<string, number>();
    pack.rules.forEach((rule, i) => {
      if (ruleIndex.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${rule.id}"` });
      ruleIndex.set(rule.id, i);
    });
    pack.rules.forEach((rule, i) => {
      for (const ref of ruleReferences(rule)) {
        const at = ruleIndex.get(ref);
        if (at === undefined) ctx.addIssue({ code: 'custom', path: ['rules', i], message: `refers to unknown rule "${ref}"` });
        // Rules may only read rules above them: order is evaluation order, and cycles cannot form.
        else if (at >= i) ctx.addIssue({ code: 'custom', path: ['rules', i], message: `refers to "${ref}", which must come earlier in the pack` });
      }
      if (rule.category !== undefined) {
        if (!rule.message) ctx.addIssue({ code: 'custom', path: ['rules', i, 'message'], message: 'a reported rule needs a message' });
        if (!rule.guidance) ctx.addIssue({ code: 'custom', path: ['rules', i, 'guidance'], message: 'a reported rule needs a guidance id' });
      }
      if (rule.guidance !== undefined && !guidanceIds.has(rule.guidance))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'guidance'], message: `unknown guidance id "${rule.guidance}"` });
      if (rule.kind === 'pattern' && rule.regex !== undefined) {
        const problem = patternLoadProblem(rule.regex, rule.flags);
        if (problem) ctx.addIssue({ code: 'custom', path: ['rules', i, 'regex'], message: problem });
      }
    });
  });
export type RulePack = z.infer<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;
