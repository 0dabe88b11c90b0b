import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';
import { pointProblem } from './ed25519-point';

/**
 * Key formats (docs/admin-guide.md "Keys"):
 * - a trusted (public) key, as policy and packs name it: `{ "keyId": "…", "publicKey": "<base64 of the raw 32-byte Ed25519 key>" }`;
 * - a private key file: an Ed25519 JWK (RFC 8037) with its key id in `kid`:
 *   `{ "kty": "OKP", "crv": "Ed25519", "x": "…", "d": "…", "kid": "…" }`. JSON reads the same in Node and the admin page.
 */

export const keyIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, 'letters, digits, ".", "_", ":" or "-", up to 64');

export const trustedKeySchema = z.object({
  keyId: keyIdSchema,
  publicKey: z.string().superRefine((text, ctx) => {
    const problem = publicKeyProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});

/** Why a trusted key's text cannot be used to verify packs, or null when it can. */
export function publicKeyProblem(text: string): string | null {
  const raw = base64ToBytes(text);
  if (raw?.length !== 32) return 'not base64 of a raw 32-byte Ed25519 public key';
  const problem = pointProblem(raw);
  return problem && `not a usable Ed25519 public key: ${problem}`;
}
export type TrustedKey = z.infer<typeof trustedKeySchema>;

export const privateKeyFileSchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().min(1),
  d: z.string({ error: 'missing: this looks like a public key, not a private key file' }).min(1),
  kid: keyIdSchema,
});
export type PrivateKeyFile = z.infer<typeof privateKeyFileSchema>;

export class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyError';
  }
}

const ED25519 = { name: 'Ed25519' } as const;

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new KeyError('this environment has no WebCrypto (crypto.subtle)');
  return api;
}

/** A key id derived from the key itself, so two admins never pick the same one by accident. */
export async function keyIdFor(rawPublicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', new Uint8Array(rawPublicKey)));
  return `ed25519-${Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export interface GeneratedKey {
  privateKeyFile: PrivateKeyFile;
  trustedKey: TrustedKey;
}

export async function generateSigningKey(keyId?: string): Promise<GeneratedKey> {
  const pair = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  const jwk = await subtle().exportKey('jwk', pair.privateKey);
  const kid = keyId ?? (await keyIdFor(raw));
  const privateKeyFile = privateKeyFileSchema.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, d: jwk.d, kid });
  return { privateKeyFile, trustedKey: { keyId: kid, publicKey: bytesToBase64(raw) } };
}

/** Imports a trusted key for verifying; refuses keys of small order or encoded non-canonically, whoever let them through. */
export async function importTrustedKey(key: TrustedKey): Promise<CryptoKey> {
  const problem = publicKeyProblem(key.publicKey);
  if (problem) throw new KeyError(`trusted key "${key.keyId}" is ${problem}`);
  return subtle().importKey('raw', new Uint8Array(base64ToBytes(key.publicKey)!), ED25519, false, ['verify']);
}

export interface SigningKey {
  keyId: string;
  key: CryptoKey;
}

/** Reads a private key file's text; errors say what is wrong with the file, never echo the key. */
export async function importPrivateKeyFile(text: string): Promise<SigningKey> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyError('the key file is not JSON; expected an Ed25519 JWK made by "guidepost keygen"');
  }
  const parsed = privateKeyFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new KeyError(`the key file is not an Ed25519 private JWK (${first ? `${first.path.join('.') || 'key'}: ${first.message}` : 'unknown shape'})`);
  }
  const { kid, ...jwk } = parsed.data;
  try {
    const key = await subtle().importKey('jwk', { ...jwk, ext: false }, ED25519, false, ['sign']);
    return { keyId: kid, key };
  } catch {
    throw new KeyError('the key file holds an invalid Ed25519 key');
  }
}
