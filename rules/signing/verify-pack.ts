import { base64ToBytes } from './base64';
import { GROUP_ORDER, littleEndian, pointProblem } from './ed25519-point';
import { importTrustedKey, publicKeyProblem, type TrustedKey } from './keys';
import { signedBytes, type JsonObject } from './sign-pack';

/** Trusted keys named in a refusal; a policy may list thousands. */
const MAX_NAMED = 10;

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
    const names = trustedKeys.slice(0, MAX_NAMED).map((k) => k.keyId).join(', ');
    const more = trustedKeys.length > MAX_NAMED ? ` and ${trustedKeys.length - MAX_NAMED} more` : '';
    return { ok: false, reason: `signed with key "${signature.keyId}", which policy does not trust (trusted: ${names}${more})` };
  }
  const keyProblem = publicKeyProblem(trusted.publicKey);
  if (keyProblem) return { ok: false, reason: `trusted key "${trusted.keyId}" is ${keyProblem}` };
  const value = base64ToBytes(signature.value);
  if (value?.length !== 64) return { ok: false, reason: 'the signature value is not base64 of 64 bytes' };
  // WebCrypto accepts an R of small order, which is how signatures are forged under weak keys, and
  // an S of GROUP_ORDER or more, which makes a second valid signature out of any first one.
  const rProblem = pointProblem(value.subarray(0, 32));
  if (rProblem) return { ok: false, reason: `the signature's R is ${rProblem}` };
  if (littleEndian(value.subarray(32)) >= GROUP_ORDER) return { ok: false, reason: "the signature's S is not reduced (not below the group order)" };
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
