import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateSigningKey } from '../signing/keys';
import { keyIdSchema } from '../signing/keys';
import { UserError } from './user-error';

export const keygenUsage = `guidepost keygen --out KEY.jwk [--key-id ID] [--force]

Makes an Ed25519 signing key. Writes the private key (a JWK, readable only by you) to
KEY.jwk, and prints the public key as the trustedKeys entry for enterprise policy:
{"keyId": "…", "publicKey": "<base64 of the raw 32-byte key>"}. Keep KEY.jwk secret and
off shared drives; anyone with it can publish rules to every install.`;

export async function runKeygen(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, 'key-id': { type: 'string' }, force: { type: 'boolean', default: false } },
    strict: true,
  });
  if (!values.out) throw new UserError(`keygen needs --out KEY.jwk\n\n${keygenUsage}`);
  const keyId = values['key-id'];
  if (keyId !== undefined && !keyIdSchema.safeParse(keyId).success) {
    throw new UserError(`--key-id "${keyId}": use letters, digits, ".", "_", ":" or "-", up to 64`);
  }
  const { privateKeyFile, trustedKey } = await generateSigningKey(keyId);
  try {
    // 'wx' refuses to replace an existing key: losing a key means re-signing and a policy change.
    writeFileSync(values.out, `${JSON.stringify(privateKeyFile, null, 2)}\n`, { mode: 0o600, flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError(`${values.out} already exists; pass --force to replace it`);
    throw new UserError(`${values.out}: cannot be written (${code ?? (error as Error).message})`);
  }
  process.stderr.write(`Private key written to ${values.out}. Add this to policy "trustedKeys":\n`);
  process.stdout.write(`${JSON.stringify(trustedKey)}\n`);
  return 0;
}
