import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importPrivateKeyFile, KeyError } from '../signing/keys';
import { signPack } from '../signing/sign-pack';
import { readText } from './load-inputs';
import { problemLines, readPackFile } from './read-pack-json';
import { UserError } from './user-error';

export const signUsage = `guidepost sign PACK.json --key KEY.jwk [--out SIGNED.json]

Signs a valid pack with an Ed25519 key from "guidepost keygen". The signature is embedded as
"signature": {"alg": "Ed25519", "keyId", "value"} and covers the RFC 8785 canonical JSON of
the pack without "signature". Writes to --out, or to standard output.`;

export async function runSign(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { key: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0 || !values.key) throw new UserError(`sign takes one pack file and --key\n\n${signUsage}`);
  const { json, result } = readPackFile(file);
  if (!result.ok) {
    process.stderr.write(`${problemLines(file, result.problems)}\n${file}: not signed; fix the problems above first\n`);
    return 1;
  }
  let signer;
  try {
    signer = await importPrivateKeyFile(readText(values.key));
  } catch (error) {
    if (error instanceof KeyError) throw new UserError(`${values.key}: ${error.message}`);
    throw error;
  }
  const signed = `${JSON.stringify(await signPack(json, signer), null, 2)}\n`;
  if (values.out) {
    try {
      writeFileSync(values.out, signed);
    } catch (error) {
      throw new UserError(`${values.out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    process.stderr.write(`Signed "${result.pack.id}" version ${result.pack.version} with key "${signer.keyId}" → ${values.out}\n`);
  } else {
    process.stdout.write(signed);
  }
  return 0;
}
