import { z } from 'zod';
import { guidanceEntrySchema } from './guidance';
import { orgProfileSchema } from './profile';
import { refineRule, ruleReferences, ruleSchema } from '../kinds';
import { modelPlanSchema, textModelSchema } from '../model/model-schema';
import { readingRules } from '../model/reading-spec';
import { jsonLongerThan } from './json-size';
import { coachSchema } from '../coach/coach-schema';

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

/** Largest pack an install accepts, in characters of its JSON, model included. */
export const MAX_PACK_CHARS = 2_000_000;

const packShape = {
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lower-case id such as "guidepost-default"'),
  name: z.string().min(1),
  version: packVersionSchema,
  expires: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  description: z.string().optional(),
  profile: orgProfileSchema.optional(),
  guidance: z.array(guidanceEntrySchema).min(1),
  rules: z.array(ruleSchema).min(1),
  /** Tips towards a warmer, plainer voice for organisation accounts: a pass of its own, after the rules. */
  coach: coachSchema.optional(),
  signature: packSignatureSchema.optional(),
};

type PackShape = z.infer<z.ZodObject<typeof packShape>> & { model?: { reads: z.infer<typeof textModelSchema>['reads'] } };

/** The checks that span fields: ids, references, guidance, patterns, and the model's rules and heads. */
function refinePack(pack: PackShape, ctx: z.RefinementCtx, { needsModel }: { needsModel: boolean }): void {
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
  const heads = pack.model && 'heads' in pack.model ? (pack.model.heads as { name: string }[]).map((h) => h.name) : null;
  const facts = { heads };
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
    refineRule(rule, facts, (path, message) => ctx.addIssue({ code: 'custom', path: ['rules', i, ...path], message }));
  });
  if (pack.coach && !guidanceIds.has(pack.coach.guidance))
    ctx.addIssue({ code: 'custom', path: ['coach', 'guidance'], message: `unknown guidance id "${pack.coach.guidance}"` });
  const firstClassifier = pack.rules.findIndex((r) => r.kind === 'classifier');
  if (firstClassifier < 0) return;
  if (pack.model) checkReads(pack.model.reads, ruleIndex, firstClassifier, ctx);
  if (!needsModel) return;
  const { model } = pack;
  if (!model || !('heads' in model)) {
    ctx.addIssue({ code: 'custom', path: ['model'], message: `rule "${pack.rules[firstClassifier]!.id}" is a classifier, so the pack needs a model` });
    return;
  }
}

/** The model reads these rules' matches, so they must exist and run before any classifier asks for it. */
function checkReads(reads: { words: Record<string, string>; signals: Record<string, string> }, ruleIndex: ReadonlyMap<string, number>, firstClassifier: number, ctx: z.RefinementCtx): void {
  for (const id of readingRules({ ...reads, absent: {} })) {
    const at = ruleIndex.get(id);
    if (at === undefined) ctx.addIssue({ code: 'custom', path: ['model', 'reads'], message: `reads unknown rule "${id}"` });
    else if (at >= firstClassifier)
      ctx.addIssue({ code: 'custom', path: ['model', 'reads'], message: `reads "${id}", which must come before the first classifier rule` });
  }
}

export const rulePackSchema = z
  .object({ ...packShape, model: textModelSchema.optional() })
  .superRefine((pack, ctx) => {
    refinePack(pack, ctx, { needsModel: true });
    if (jsonLongerThan(pack, MAX_PACK_CHARS)) ctx.addIssue({ code: 'custom', path: [], message: `the pack is larger than ${MAX_PACK_CHARS / 1e6} MB` });
  });
export type RulePack = z.infer<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;

/**
 * What `train` starts from: a pack whose classifier rules are written but whose model is not
 * trained yet (any model it carries is replaced).
 */
export const packSourceSchema = z
  .object({ ...packShape, model: modelPlanSchema.optional() })
  .superRefine((pack, ctx) => refinePack(pack, ctx, { needsModel: false }));
export type PackSource = z.infer<typeof packSourceSchema>;
