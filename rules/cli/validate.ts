import { parseArgs } from 'node:util';
import { problemLines, readPackFile } from './read-pack-json';
import { UserError } from './user-error';

export const validateUsage = `guidepost validate PACK.json

Checks a pack against the schema. Prints each problem as "PACK.json: rules[3].regex: message"
and exits 1, or prints a one-line summary and exits 0.`;

export async function runValidate(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UserError(`validate takes one pack file\n\n${validateUsage}`);
  const { result } = readPackFile(file);
  if (!result.ok) {
    process.stderr.write(`${problemLines(file, result.problems)}\n`);
    process.stderr.write(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n`);
    return 1;
  }
  const { pack } = result;
  const signed = pack.signature ? `signed by "${pack.signature.keyId}"` : 'not signed';
  process.stdout.write(`${file}: valid pack "${pack.id}" version ${pack.version}, ${pack.rules.length} rules, ${pack.guidance.length} guidance entries, ${signed}\n`);
  return 0;
}
