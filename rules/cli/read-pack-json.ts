import { rulePackSchema, type RulePack } from '../schema/pack';
import { describeIssues, type SchemaProblem } from '../schema/issues';
import { parseJson, readText } from './load-inputs';
import { UserError } from './user-error';

export interface PackFile {
  /** The JSON as written: what a signature covers. */
  json: Record<string, unknown>;
  result: { ok: true; pack: RulePack } | { ok: false; problems: SchemaProblem[] };
}

/** Reads a pack file for the admin commands, keeping the raw JSON beside the validated pack. */
export function readPackFile(file: string): PackFile {
  const json = parseJson(readText(file), file);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new UserError(`${file}: a pack is a JSON object`);
  const parsed = rulePackSchema.safeParse(json);
  return {
    json: json as Record<string, unknown>,
    result: parsed.success ? { ok: true, pack: parsed.data } : { ok: false, problems: describeIssues(parsed.error) },
  };
}

export function problemLines(file: string, problems: readonly SchemaProblem[]): string {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n');
}
