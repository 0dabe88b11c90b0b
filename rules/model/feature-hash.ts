/**
 * FNV-1a over a feature's UTF-16 code units: the same 32-bit number in training, in Node and in
 * the browser. A pack keeps only these numbers, never the features' words.
 */
export function featureHash(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
