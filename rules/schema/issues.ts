import type { z } from 'zod';

/** Formats a JSON path the way pack authors read it: `rules[3].pattern`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

export interface SchemaProblem {
  path: string;
  message: string;
}

export function describeIssues(error: z.ZodError): SchemaProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function problemsToText(problems: readonly SchemaProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
