import { canonicalJson } from './canonical-json';
import { bytesToBase64 } from './base64';
import type { SigningKey } from './keys';

export interface PackSignature {
  alg: 'Ed25519';
  keyId: string;
  value: string;
}

export type JsonObject = Record<string, unknown>;

/**
 * The bytes a signature covers: the RFC 8785 canonical JSON of the pack as written (defaults not
 * filled in), without its `signature` member, encoded as UTF-8.
 */
export function signedBytes(pack: JsonObject): Uint8Array {
  return new TextEncoder().encode(canonicalJson(withoutSignature(pack)));
}

function withoutSignature(pack: JsonObject): JsonObject {
  const copy = { ...pack };
  delete copy.signature;
  return copy;
}

/** Returns the pack with an embedded `signature`; an existing signature is replaced. */
export async function signPack(pack: JsonObject, signer: SigningKey): Promise<JsonObject & { signature: PackSignature }> {
  const bytes = signedBytes(pack);
  const value = new Uint8Array(await globalThis.crypto.subtle.sign({ name: 'Ed25519' }, signer.key, new Uint8Array(bytes)));
  return { ...withoutSignature(pack), signature: { alg: 'Ed25519', keyId: signer.keyId, value: bytesToBase64(value) } };
}
