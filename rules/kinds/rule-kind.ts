import type { z } from 'zod';
import type { CompileEnv, Evaluate } from '../engine/types';

/** The parts of a pack a kind's own pack-level checks may look at. */
export interface PackFacts {
  /** The model's heads, when the pack carries a trained model. */
  heads: readonly string[] | null;
}

/** Reports a problem at a path inside the rule (`['regex']`, `['head']`). */
export type RuleIssue = (path: PropertyKey[], message: string) => void;

/**
 * Everything the engine knows of one kind of rule, in the kind's own file: its schema, how it
 * compiles, which other rules it reads, and any check that needs the rest of the pack.
 * rules/kinds/index.ts gathers them into the one list every other part reads.
 */
export interface RuleKindDefinition<Name extends string, Schema extends z.ZodType<{ kind: Name }>> {
  name: Name;
  schema: Schema;
  compile(rule: z.infer<Schema>, env: CompileEnv): Evaluate;
  /** Other rules this one reads: they must come above it in the pack. */
  references?(rule: z.infer<Schema>): string[];
  /** Checks against the rest of the pack, run when the pack is validated. */
  refine?(rule: z.infer<Schema>, pack: PackFacts, issue: RuleIssue): void;
}

export function defineRuleKind<Name extends string, Schema extends z.ZodType<{ kind: Name }>>(
  kind: RuleKindDefinition<Name, Schema>,
): RuleKindDefinition<Name, Schema> {
  return kind;
}
