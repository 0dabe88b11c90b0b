import { z } from 'zod';
import { termListKind } from './term-list';
import { patternKind } from './pattern';
import { entityKind } from './entity';
import { contextFlagKind } from './context-flag';
import { coOccurrenceKind } from './co-occurrence';
import { conditionalKind } from './conditional';
import { sentimentGatedKind } from './sentiment-gated';
import { classifierKind } from './classifier';
import type { CompileEnv, Evaluate } from '../engine/types';
import type { PackFacts, RuleIssue } from './rule-kind';

/** The fixed set of rule kinds, each defined once in its own file. Packs are data; only these are code. */
const KINDS = [termListKind, patternKind, entityKind, contextFlagKind, coOccurrenceKind, conditionalKind, sentimentGatedKind, classifierKind] as const;

// Spelled out rather than mapped from KINDS, so TypeScript keeps each kind's own rule type.
export const ruleSchema = z.discriminatedUnion('kind', [
  termListKind.schema,
  patternKind.schema,
  entityKind.schema,
  contextFlagKind.schema,
  coOccurrenceKind.schema,
  conditionalKind.schema,
  sentimentGatedKind.schema,
  classifierKind.schema,
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
export type RuleKind = Rule['kind'];

export const RULE_KINDS = KINDS.map((k) => k.name) as RuleKind[];

interface AnyKind {
  compile(rule: Rule, env: CompileEnv): Evaluate;
  references?(rule: Rule): string[];
  refine?(rule: Rule, pack: PackFacts, issue: RuleIssue): void;
}

/** Each kind's definition by name; a rule's own `kind` picks its definition, so the casts below hold. */
export const KIND_DEFINITIONS = Object.fromEntries(KINDS.map((k) => [k.name, k])) as unknown as Record<RuleKind, AnyKind>;

/** The ids of other rules a rule reads, so the pack can be ordered and checked for cycles. */
export function ruleReferences(rule: Rule): string[] {
  return KIND_DEFINITIONS[rule.kind].references?.(rule) ?? [];
}

/** A kind's own checks of a rule against the rest of the pack. */
export function refineRule(rule: Rule, pack: PackFacts, issue: RuleIssue): void {
  KIND_DEFINITIONS[rule.kind].refine?.(rule, pack, issue);
}

export function compileRule(rule: Rule, env: CompileEnv): Evaluate {
  return KIND_DEFINITIONS[rule.kind].compile(rule, env);
}
