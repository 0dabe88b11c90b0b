/** FNV-1a's starting value. */
export const FNV_START = 0x811c9dc5;

/** Continues an FNV-1a hash over a string's UTF-16 code units, so a feature's parts hash without being joined. */
export function fnvFold(hash: number, part: string): number {
  for (let i = 0; i < part.length; i++) {
    hash ^= part.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/**
 * FNV-1a over a feature's UTF-16 code units: the same 32-bit number in training, in Node and in
 * the browser. A pack keeps only these numbers, never the features' words.
 */
export function featureHash(feature: string): number {
  return fnvFold(FNV_START, feature) >>> 0;
}
