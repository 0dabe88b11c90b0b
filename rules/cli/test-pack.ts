import { parseArgs } from 'node:util';
import { compile } from '../engine/compile';
import { checkExamples, type ExampleResults } from '../engine/run-examples';
import { GENERIC_PROFILE, type OrgProfile } from '../schema/profile';
import { loadProfile } from './load-inputs';
import { readLabelled } from './read-labelled';
import { problemLines, readPackFile } from './read-pack-json';
import { scoreByCategory, type CategoryScore, type LabelledResult } from './score-labelled';
import { UserError } from './user-error';

export const testUsage = `guidepost test PACK.json [--org ORG.json] [--jsonl LABELLED.jsonl]

Runs every rule's own examples (examples.match must match, examples.noMatch must not) and
exits 1 if any fails, naming the rule and the example. {profile.name} and the other placeholders
in examples are filled from the profile; an example needing words the profile lacks (say, a
handle) is skipped and listed. With --jsonl, also checks labelled
drafts, one {"id", "text", "context", "expect": [categories]} per line, and prints precision
and recall per category. --org gives the organisation profile (default: the pack's own, or generic).`;

function percent(value: number | null): string {
  return value === null ? '   –  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function scoreTable(scores: readonly CategoryScore[], drafts: number): string {
  const header = `${'category'.padEnd(22)} precision  recall    tp   fp   fn`;
  const rows = scores.map(
    (s) =>
      `${s.category.padEnd(22)} ${percent(s.precision)}    ${percent(s.recall)}  ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}`,
  );
  return [`${drafts} labelled drafts`, header, ...rows].join('\n');
}

export async function runTestPack(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { org: { type: 'string' }, jsonl: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UserError(`test takes one pack file\n\n${testUsage}`);
  const { result } = readPackFile(file);
  if (!result.ok) {
    process.stderr.write(`${problemLines(file, result.problems)}\n${file}: not tested; fix the problems above first\n`);
    return 1;
  }
  const { pack } = result;
  const profile: OrgProfile = values.org ? loadProfile(values.org) : (pack.profile ?? GENERIC_PROFILE);

  let results: ExampleResults;
  try {
    results = checkExamples(pack, profile);
  } catch (error) {
    throw new UserError(`${file}: follows the schema but cannot be compiled: ${(error as Error).message}`);
  }
  const { failures, skipped } = results;
  for (const f of failures) {
    process.stdout.write(`FAIL ${f.path} (rule "${f.rule}"): should ${f.expected === 'match' ? 'match' : 'not match'}: ${JSON.stringify(f.text)}\n`);
  }
  for (const s of skipped) process.stdout.write(`SKIP ${s.path} (rule "${s.rule}"): ${s.reason}: ${JSON.stringify(s.text)}\n`);
  // Skipped examples were not run, so they count neither as passing nor towards the total.
  const ran = pack.rules.reduce((n, r) => n + r.examples.match.length + r.examples.noMatch.length, 0) - skipped.length;
  const skippedNote = skipped.length ? `, ${skipped.length} skipped` : '';
  process.stdout.write(`${ran - failures.length}/${ran} rule examples pass${skippedNote} (${pack.rules.length} rules, profile "${profile.name}")\n`);

  if (values.jsonl) {
    const checker = compile(pack, profile);
    const results: LabelledResult[] = readLabelled(values.jsonl).map((row) => ({
      expected: row.expect,
      found: checker.check(row.text, row.context).map((f) => f.category),
    }));
    process.stdout.write(`\n${scoreTable(scoreByCategory(results), results.length)}\n`);
  }
  return failures.length === 0 ? 0 : 1;
}
