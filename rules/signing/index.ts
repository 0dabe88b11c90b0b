/** Signing and verifying rule packs: pure, WebCrypto only, the same in Node 20 and the browsers. */
export { canonicalJson, CanonicalJsonError } from './canonical-json';
export { bytesToBase64, base64ToBytes } from './base64';
export {
  generateSigningKey,
  type GeneratedKey,
  importPrivateKeyFile,
  importTrustedKey,
  keyIdFor,
  KeyError,
  privateKeyFileSchema,
  publicKeyProblem,
  trustedKeySchema,
  type PrivateKeyFile,
  type SigningKey,
  type TrustedKey,
} from './keys';
export { signPack, signedBytes, type JsonObject, type PackSignature } from './sign-pack';
export { verifyPackSignature, type VerifyResult } from './verify-pack';
export { compareVersions } from './compare-versions';
