import { runExamples, type ExampleFailure } from '../../rules/engine/run-examples';
import { describeIssues, type SchemaProblem } from '../../rules/schema/issues';
import { rulePackSchema, type RulePack } from '../../rules/schema/pack';
import type { OrgProfile } from '../../rules/schema/profile';

export type PackReading =
  | { state: 'empty' }
  | { state: 'not-json'; message: string }
  | { state: 'invalid'; json: Record<string, unknown>; problems: SchemaProblem[] }
  | { state: 'uncompilable'; json: Record<string, unknown>; message: string }
  | { state: 'valid'; json: Record<string, unknown>; pack: RulePack; exampleFailures: ExampleFailure[] };

/**
 * Everything the editor shows about the text in the box, recomputed as the admin types: JSON
 * errors, schema problems by path, and the pack's own examples run with `profile`.
 */
export function readPackText(text: string, profileFor: (pack: RulePack) => OrgProfile): PackReading {
  if (text.trim() === '') return { state: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { state: 'not-json', message: (error as Error).message };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { state: 'not-json', message: 'a pack is a JSON object: { "id": …, "rules": [ … ] }' };
  }
  const record = json as Record<string, unknown>;
  const parsed = rulePackSchema.safeParse(record);
  if (!parsed.success) return { state: 'invalid', json: record, problems: describeIssues(parsed.error) };
  try {
    return { state: 'valid', json: record, pack: parsed.data, exampleFailures: runExamples(parsed.data, profileFor(parsed.data)) };
  } catch (error) {
    // Installs refuse such a pack too; say so rather than break the page.
    return { state: 'uncompilable', json: record, message: (error as Error).message };
  }
}
