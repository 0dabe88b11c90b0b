import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { describeIssues } from '../schema/issues';
import { orgProfileSchema, type OrgProfile } from '../schema/profile';
import { rulePackSchema, type RulePack } from '../schema/pack';
import { draftContextSchema, type DraftContext } from '../schema/context';
import { UserError } from './user-error';

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${file}: is a folder, not a file`);
    throw new UserError(`${file}: cannot be read (${code ?? (error as Error).message})`);
  }
}

export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${where}: not valid JSON (${(error as Error).message})`);
  }
}

export function validate<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = describeIssues(result.error).map((p) => `${where}: ${p.path}: ${p.message}`);
  throw new UserError(lines.join('\n'));
}

export function loadProfile(file: string): OrgProfile {
  return validate(orgProfileSchema, parseJson(readText(file), file), file);
}

export function loadPack(file: string): RulePack {
  return validate(rulePackSchema, parseJson(readText(file), file), file);
}

export function parseContext(value: unknown, where: string): DraftContext {
  return validate(draftContextSchema, value ?? {}, where);
}
