import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  compareVersions,
  generateSigningKey,
  importPrivateKeyFile,
  KeyError,
  signPack,
  trustedKeySchema,
  verifyPackSignature,
} from '../../rules/signing';
import { adminPackJson } from './support/admin-packs';

async function signer(keyId?: string) {
  const generated = await generateSigningKey(keyId);
  const signing = await importPrivateKeyFile(JSON.stringify(generated.privateKeyFile));
  return { ...generated, signing };
}

describe('Ed25519 pack signatures', () => {
  it('generates keys in the documented formats', async () => {
    const { privateKeyFile, trustedKey } = await generateSigningKey();
    expect(privateKeyFile).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: trustedKey.keyId });
    expect(base64ToBytes(trustedKey.publicKey)).toHaveLength(32);
    expect(trustedKey.keyId).toMatch(/^ed25519-[0-9a-f]{16}$/);
    expect(trustedKeySchema.safeParse(trustedKey).success).toBe(true);
  });

  it('verifies a signed pack against a trusted key, whatever the key order or whitespace', async () => {
    const { trustedKey, signing } = await signer('fernvale-2026');
    const signed = await signPack(adminPackJson(3), signing);
    expect(signed.signature).toMatchObject({ alg: 'Ed25519', keyId: 'fernvale-2026' });
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(signed).reverse()), null, 2)) as unknown;
    expect(await verifyPackSignature(reordered, [trustedKey])).toEqual({ ok: true, keyId: 'fernvale-2026' });
  });

  it('re-signing replaces the old signature rather than signing it', async () => {
    const a = await signer('a');
    const b = await signer('b');
    const twice = await signPack(await signPack(adminPackJson(1), a.signing), b.signing);
    expect(await verifyPackSignature(twice, [b.trustedKey])).toEqual({ ok: true, keyId: 'b' });
  });

  it('refuses a pack changed after signing', async () => {
    const { trustedKey, signing } = await signer('k1');
    const signed = await signPack(adminPackJson(3), signing);
    const tampered = { ...signed, version: 4 };
    const result = await verifyPackSignature(tampered, [trustedKey]);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('changed after signing') });
  });

  it('refuses a pack signed by a key policy does not trust, naming both', async () => {
    const trusted = await signer('trusted');
    const stranger = await signer('stranger');
    const signed = await signPack(adminPackJson(1), stranger.signing);
    const result = await verifyPackSignature(signed, [trusted.trustedKey]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('"stranger", which policy does not trust (trusted: trusted)');
  });

  it('refuses a forged signature under a trusted key id', async () => {
    const real = await signer('shared-id');
    const forger = await signer('shared-id');
    const forged = await signPack(adminPackJson(9), forger.signing);
    expect((await verifyPackSignature(forged, [real.trustedKey])).ok).toBe(false);
  });

  it.each([
    ['an unsigned pack', adminPackJson(1), 'not signed'],
    ['a non-object', [1, 2], 'not a JSON object'],
    ['a malformed signature', { ...adminPackJson(1), signature: { alg: 'RS256', keyId: 'k', value: 'AA' } }, '"signature" is not'],
    ['a short signature value', { ...adminPackJson(1), signature: { alg: 'Ed25519', keyId: 'k', value: 'AAAA' } }, 'not base64 of 64 bytes'],
  ])('refuses %s', async (_label, pack, reason) => {
    const { trustedKey } = await generateSigningKey('k');
    const result = await verifyPackSignature(pack, [trustedKey]);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('refuses everything when policy trusts no key', async () => {
    const { signing } = await signer('k');
    const result = await verifyPackSignature(await signPack(adminPackJson(1), signing), []);
    expect(!result.ok && result.reason).toContain('no trusted keys');
  });

  it.each([
    ['not json', 'not JSON'],
    ['{"kty":"OKP","crv":"Ed25519","x":"abc","kid":"k"}', 'looks like a public key'],
    ['{"kty":"RSA","kid":"k"}', 'not an Ed25519 private JWK'],
    ['{"kty":"OKP","crv":"Ed25519","x":"AAAA","d":"AAAA","kid":"k"}', 'invalid Ed25519 key'],
  ])('explains a bad private key file: %s', async (text, message) => {
    await expect(importPrivateKeyFile(text)).rejects.toThrow(KeyError);
    await expect(importPrivateKeyFile(text)).rejects.toThrow(message);
  });
});

describe('compareVersions', () => {
  it.each([
    [1, 2, -1],
    [10, 9, 1],
    [3, 3, 0],
    ['1.2.0', '1.10.0', -1],
    ['2.0.0', '2.0.0-rc.1', 1],
    ['2.0.0-alpha', '2.0.0-alpha.1', -1],
    ['2.0.0-alpha.2', '2.0.0-alpha.10', -1],
    ['2.0.0-1', '2.0.0-beta', -1],
    [7, '7.0.0', 0],
    [7, '6.9.9', 1],
    [7, '7.0.1', -1],
  ] as const)('compares %j with %j as %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });
});
