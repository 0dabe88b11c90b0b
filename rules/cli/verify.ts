import { parseArgs } from 'node:util';
import { z } from 'zod';
import { trustedKeySchema, type TrustedKey } from '../signing/keys';
import { verifyPackSignature } from '../signing/verify-pack';
import { parseJson, readText, validate } from './load-inputs';
import { problemLines, readPackFile } from './read-pack-json';
import { UserError } from './user-error';

export const verifyUsage = `guidepost verify PACK.json --trusted KEYS.json

Checks a signed pack as installs will: the signature against the trusted keys, then the schema.
KEYS.json holds one {"keyId", "publicKey"} entry (as keygen prints it), a list of them, or an
object with "trustedKeys" (such as the values you put in policy). Exits 0 when it would be accepted.`;

const keysFileSchema = z.union([
  trustedKeySchema.transform((key) => [key]),
  z.array(trustedKeySchema),
  z.object({ trustedKeys: z.array(trustedKeySchema) }).transform((policy) => policy.trustedKeys),
]);

export async function runVerify(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { trusted: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0 || !values.trusted) throw new UserError(`verify takes one pack file and --trusted\n\n${verifyUsage}`);
  const keys: TrustedKey[] = validate(keysFileSchema, parseJson(readText(values.trusted), values.trusted), values.trusted);
  const { json, result } = readPackFile(file);
  const signature = await verifyPackSignature(json, keys);
  if (!signature.ok) {
    process.stderr.write(`${file}: would be refused: ${signature.reason}\n`);
    return 1;
  }
  if (!result.ok) {
    process.stderr.write(`${problemLines(file, result.problems)}\n${file}: signed correctly, but would be refused: it does not follow the schema\n`);
    return 1;
  }
  process.stdout.write(`${file}: signature by "${signature.keyId}" is valid; pack "${result.pack.id}" version ${result.pack.version}\n`);
  return 0;
}
