import { draftContextSchema, type DraftContext } from '../schema/context';
import type { RulePack } from '../schema/pack';
import type { OrgProfile } from '../schema/profile';
import type { RuleExample } from '../schema/rule-common';
import { compile } from './compile';

export interface ExampleFailure {
  ruleId: string;
  ruleIndex: number;
  expected: 'match' | 'noMatch';
  /** Index within `examples.match` or `examples.noMatch`. */
  exampleIndex: number;
  text: string;
  context: DraftContext;
  /** One line for people: `rule "x": examples.match[1] "…" did not match`. */
  message: string;
}

export interface ExampleReport {
  checked: number;
  failures: ExampleFailure[];
}

function exampleParts(example: RuleExample): { text: string; context: DraftContext } {
  if (typeof example === 'string') return { text: example, context: draftContextSchema.parse({}) };
  return { text: example.text, context: draftContextSchema.parse(example.context ?? {}) };
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}"`;
}

/**
 * Runs every rule's own examples against the pack compiled for `profile`. Each rule is reported
 * under its own id (signal rules included), so one rule's examples are never hidden by another
 * rule of the same category.
 */
export function runExamples(pack: RulePack, profile: OrgProfile): ExampleReport {
  // The checker pools findings per category; giving each rule a category of its own keeps them apart.
  const separated: RulePack = { ...pack, rules: pack.rules.map((rule) => ({ ...rule, category: `rule:${rule.id}` })) };
  const checker = compile(separated, profile);
  const failures: ExampleFailure[] = [];
  let checked = 0;
  pack.rules.forEach((rule, ruleIndex) => {
    for (const expected of ['match', 'noMatch'] as const) {
      rule.examples[expected].forEach((example, exampleIndex) => {
        const { text, context } = exampleParts(example);
        checked++;
        const matched = checker.check(text, context).some((f) => f.rule === rule.id);
        if (matched === (expected === 'match')) return;
        failures.push({
          ruleId: rule.id,
          ruleIndex,
          expected,
          exampleIndex,
          text,
          context,
          message: `rule "${rule.id}": examples.${expected}[${exampleIndex}] ${quote(text)} ${expected === 'match' ? 'did not match' : 'matched but should not'}`,
        });
      });
    }
  });
  return { checked, failures };
}
