import { parseArgs } from 'node:util';
import { compile } from '../engine/compile';
import { checkExamples, type ExampleResults } from '../engine/run-examples';
import { GENERIC_PROFILE, type OrgProfile } from '../schema/profile';
import { loadProfile } from './load-inputs';
import { readLabelled } from './read-labelled';
import { problemLines, readPackFile } from './read-pack-json';
import { scoreLabelled, scoreTable, type LabelledResult } from './score-labelled';
import { UserError } from './user-error';

export const testUsage = `guidepost test PACK.json [--org ORG.json] [--jsonl LABELLED.jsonl]

Runs every rule's own examples (examples.match must match, examples.noMatch must not) and
exits 1 if any fails, naming the rule and the example. {profile.name} and the other placeholders
in examples are filled from the profile; an example needing words the profile lacks (say, a
handle) is skipped and listed. With --jsonl, also checks labelled
drafts, one {"id", "text", "context", "expect": [categories]} per line, and prints precision,
recall and F1 per category and the false alarms on clean drafts, as the project's own scorer
does: on drafts the pack did not learn from, what a new organisation would see. --org gives the
organisation profile (default: the pack's own, or generic).`;

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
    const started = performance.now();
    const checker = compile(pack, profile);
    const results: LabelledResult[] = readLabelled(values.jsonl).map((row) => ({
      expected: row.expect,
      found: checker.check(row.text, row.context).map((f) => f.category),
    }));
    process.stdout.write(`\n${scoreTable(scoreLabelled(results), (performance.now() - started) / 1000)}\n`);
  }
  return failures.length === 0 ? 0 : 1;
}
