import { base64ToBytes } from './base64';
import { importTrustedKey, type TrustedKey } from './keys';
import { signedBytes, type JsonObject } from './sign-pack';

export type VerifyResult = { ok: true; keyId: string } | { ok: false; reason: string };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a pack's embedded Ed25519 signature against the keys an admin trusts. Runs on the pack
 * as fetched, before schema validation fills in defaults, because the signature covers what the admin wrote.
 */
export async function verifyPackSignature(pack: unknown, trustedKeys: readonly TrustedKey[]): Promise<VerifyResult> {
  if (!isObject(pack)) return { ok: false, reason: 'the pack is not a JSON object' };
  const signature = pack.signature;
  if (signature === undefined) return { ok: false, reason: 'the pack is not signed (no "signature")' };
  if (!isObject(signature) || signature.alg !== 'Ed25519' || typeof signature.keyId !== 'string' || typeof signature.value !== 'string') {
    return { ok: false, reason: 'the pack\'s "signature" is not {alg: "Ed25519", keyId, value}' };
  }
  if (trustedKeys.length === 0) return { ok: false, reason: 'policy names no trusted keys, so no pack can be accepted' };
  const trusted = trustedKeys.find((k) => k.keyId === signature.keyId);
  if (!trusted) {
    return { ok: false, reason: `signed with key "${signature.keyId}", which policy does not trust (trusted: ${trustedKeys.map((k) => k.keyId).join(', ')})` };
  }
  const value = base64ToBytes(signature.value);
  if (value?.length !== 64) return { ok: false, reason: 'the signature value is not base64 of 64 bytes' };
  let valid: boolean;
  try {
    const key = await importTrustedKey(trusted);
    valid = await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(value), new Uint8Array(signedBytes(pack)));
  } catch (error) {
    return { ok: false, reason: `the signature could not be checked: ${(error as Error).message}` };
  }
  if (!valid) {
    return { ok: false, reason: `the signature does not match the pack: it was changed after signing with key "${signature.keyId}"` };
  }
  return { ok: true, keyId: signature.keyId };
}
