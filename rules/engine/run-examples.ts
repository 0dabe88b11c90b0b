import { DEFAULT_CONTEXT, type DraftContext } from '../schema/context';
import type { RulePack } from '../schema/pack';
import type { OrgProfile } from '../schema/profile';
import { EXAMPLE_PLACEHOLDERS, type ExamplePlaceholder, type RuleExample } from '../schema/rule-common';
import { DEFAULT_DISCLAIMER } from '../profile/fill-profile-words';
import type { SkippedRule } from './compile-rule-or-skip';
import { prepareDraft } from './prepare-draft';
import { compileRules, runRules } from './compile-rules';

export interface ExampleFailure {
  rule: string;
  /** Where the example sits in the pack, e.g. `rules[4].examples.match[1]`. */
  path: string;
  expected: 'match' | 'no match';
  /** The draft as checked, with the profile's words in place of any placeholders. */
  text: string;
  /** One line for people: `rules[4].examples.match[1] (rule "age"): expected a match: "…"`. */
  message: string;
}

/** An example that could not be run for this profile, and why; never counted as passing. */
export interface SkippedExample {
  rule: string;
  path: string;
  /** The example as written, placeholders and all. */
  text: string;
  /** e.g. `the profile has no handles`. */
  reason: string;
}

export interface ExampleResults {
  failures: ExampleFailure[];
  skipped: SkippedExample[];
}

const PLACEHOLDER = /\{profile\.([A-Za-z]+)\}/g;

/** The profile's word for a placeholder, or the list the profile leaves empty. */
function placeholderValue(profile: OrgProfile, placeholder: ExamplePlaceholder): { value: string } | { missing: string } {
  const first = (list: readonly string[], missing: string) => (list[0] === undefined ? { missing } : { value: list[0] });
  switch (placeholder) {
    case 'name':
      return { value: profile.name };
    case 'disclaimer':
      return { value: profile.disclaimer ?? DEFAULT_DISCLAIMER };
    case 'alias':
      return first(profile.aliases, 'aliases');
    case 'handle':
      return first(profile.handles, 'handles');
    case 'topic':
      return first(profile.topics, 'topics');
    case 'clientTerm':
      return first(profile.clientTerms, 'client terms');
  }
}

/**
 * An example as it runs for one organisation: `{profile.…}` placeholders filled from the profile.
 * A placeholder for a list the profile leaves empty (a generic profile has no handles) means the
 * example cannot be written for this organisation at all, so it is skipped, with the reason.
 */
export function fillExample(example: RuleExample, profile: OrgProfile): { text: string; context: DraftContext } | { skip: string } {
  const written = typeof example === 'string' ? example : example.text;
  const missing = new Set<string>();
  const text = written.replace(PLACEHOLDER, (placeholder, name: string) => {
    // The schema admits only known placeholders; anything else stays as written, as in messages.
    if (!(EXAMPLE_PLACEHOLDERS as readonly string[]).includes(name)) return placeholder;
    const filled = placeholderValue(profile, name as ExamplePlaceholder);
    if ('missing' in filled) {
      missing.add(filled.missing);
      return placeholder;
    }
    return filled.value;
  });
  if (missing.size > 0) return { skip: `the profile has no ${[...missing].join(' or ')}` };
  return { text, context: typeof example === 'string' ? DEFAULT_CONTEXT : { ...DEFAULT_CONTEXT, ...example.context } };
}

/**
 * Runs every rule's own examples against the rule itself (a signal rule is judged on its matches,
 * a reported rule on whether it fires), so a pack proves what it means before it is switched on.
 */
export function checkExamples(pack: RulePack, profile: OrgProfile): ExampleResults {
  const compiled = compileRules(pack.rules, profile, pack.model);
  // A rule left out for this profile cannot be judged on its examples: they are skipped, with why.
  const leftOut = new Map<number, SkippedRule>(compiled.skipped.map((s) => [compiled.rules.findIndex((r) => r.id === s.rule), s]));
  const results: ExampleResults = { failures: [], skipped: [] };
  const fires = (ruleIndex: number, text: string, context: DraftContext): boolean =>
    runRules(compiled, prepareDraft(text), context, ruleIndex)[ruleIndex]!.length > 0;
  pack.rules.forEach((rule, i) => {
    const check = (examples: RuleExample[], want: boolean, key: 'match' | 'noMatch') =>
      examples.forEach((example, j) => {
        const path = `rules[${i}].examples.${key}[${j}]`;
        const ruleLeftOut = leftOut.get(i);
        const filled = ruleLeftOut ? { skip: `the rule is not used with this profile: ${ruleLeftOut.problem}` } : fillExample(example, profile);
        if ('skip' in filled) {
          results.skipped.push({ rule: rule.id, path, text: typeof example === 'string' ? example : example.text, reason: filled.skip });
          return;
        }
        const { text, context } = filled;
        if (fires(i, text, context) === want) return;
        const expected = want ? 'match' : 'no match';
        const message = `${path} (rule "${rule.id}"): expected ${want ? 'a match' : 'no match'}: ${JSON.stringify(text)}`;
        results.failures.push({ rule: rule.id, path, expected, text, message });
      });
    check(rule.examples.match, true, 'match');
    check(rule.examples.noMatch, false, 'noMatch');
  });
  return results;
}

/** The examples that fail for this profile: what installs and the admin page refuse a pack on. */
export function runExamples(pack: RulePack, profile: OrgProfile): ExampleFailure[] {
  return checkExamples(pack, profile).failures;
}
