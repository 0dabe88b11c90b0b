// Keys no one holds a private key for. WebCrypto verifies a signature made without any private
// key under an Ed25519 public key of small order (for the identity point, any message), so a
// policy that trusts such a key, by mistake or by a careless copy, would let anyone sign packs.
// Guidepost refuses those keys, non-canonical encodings, and signatures whose R is of small order.
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseManagedPolicy } from '../../entrypoints/background/managed-policy';
import { createPackUpdater } from '../../entrypoints/background/pack-updater';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { bytesToBase64, generateSigningKey, importPrivateKeyFile, signedBytes, signPack, trustedKeySchema, verifyPackSignature, type TrustedKey } from '../../rules/signing';
import { activePackItem, packStatusItem } from '../../utils/storage-items';
import { adminPackJson } from './support/admin-packs';
import { createPackServer } from './support/pack-server';

const hex = (h: string) => Uint8Array.from(h.match(/../g)!, (b) => parseInt(b, 16));

/** The eight points of order 1, 2, 4 and 8, canonically encoded. */
const SMALL_ORDER = {
  'the identity (order 1)': '0100000000000000000000000000000000000000000000000000000000000000',
  'order 2 (y = p - 1)': 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'the all-zero key (order 4)': '0000000000000000000000000000000000000000000000000000000000000000',
  'order 4, x negative': '0000000000000000000000000000000000000000000000000000000000000080',
  'order 8 (a)': 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'order 8 (b)': 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
  'order 8 (c)': '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  'order 8 (d)': '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
};
/** The same kind of points written another way: y at or above p, or x = 0 with the sign bit set. */
const NON_CANONICAL = {
  'the identity as y = p + 1': 'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'the all-zero key as y = p': 'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'the identity with the sign bit set': '0100000000000000000000000000000000000000000000000000000000000080',
};
const WEAK = Object.entries({ ...SMALL_ORDER, ...NON_CANONICAL });
const IDENTITY = hex(SMALL_ORDER['the identity (order 1)']);
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

function littleEndian(bytes: Uint8Array): bigint {
  return bytes.reduceRight((n, b) => (n << 8n) | BigInt(b), 0n);
}

/**
 * A pack "signed" under `publicKey` by someone with no private key: R is the identity and S is 0,
 * which verifies when H(R, A, pack) is a multiple of the key's order, so the pack is varied until it is.
 */
function forgedPack(keyId: string, publicKey: Uint8Array): Record<string, unknown> {
  for (let nonce = 0; ; nonce++) {
    const pack = adminPackJson(3, 'rota', { description: `forged ${nonce}` });
    const k = littleEndian(createHash('sha512').update(IDENTITY).update(publicKey).update(signedBytes(pack)).digest()) % L;
    if (k % 8n !== 0n) continue;
    const value = new Uint8Array(64);
    value.set(IDENTITY);
    return { ...pack, signature: { alg: 'Ed25519', keyId, value: bytesToBase64(value) } };
  }
}

async function webCryptoAccepts(pack: Record<string, unknown>, publicKey: Uint8Array): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', new Uint8Array(publicKey), { name: 'Ed25519' }, false, ['verify']);
  const value = Uint8Array.from(atob((pack['signature'] as { value: string }).value), (c) => c.charCodeAt(0));
  return crypto.subtle.verify({ name: 'Ed25519' }, key, value, new Uint8Array(signedBytes(pack)));
}

describe('weak Ed25519 keys', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(WEAK)('%s: WebCrypto itself accepts the forged pack, which is why Guidepost checks', async (_name, key) => {
    expect(await webCryptoAccepts(forgedPack('weak', hex(key)), hex(key))).toBe(true);
  });

  it.each(WEAK)('%s is refused as a trusted key, in policy and when verifying', async (_name, key) => {
    const trusted: TrustedKey = { keyId: 'weak', publicKey: bytesToBase64(hex(key)) };
    const parsed = trustedKeySchema.safeParse(trusted);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/^not a usable Ed25519 public key: (a point of small order|a non-canonical encoding)/);
    const verdict = await verifyPackSignature(forgedPack('weak', hex(key)), [trusted]);
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/^trusted key "weak" is not a usable Ed25519 public key/) });
  });

  it.each(WEAK)('%s in policy next to a good key: the good key is kept, the weak one reported, and the forged pack is not installed', async (_name, key) => {
    const good = await generateSigningKey('fernvale-1');
    const policy = { rulePackUrl: 'https://packs.fernvale.example/pack.json', trustedKeys: [{ keyId: 'weak', publicKey: bytesToBase64(hex(key)) }, good.trustedKey] };
    const server = createPackServer();
    server.put(policy.rulePackUrl, forgedPack('weak', hex(key)), '"forged"');
    const updater = createPackUpdater({ fetch: server.fetch, now: () => new Date('2026-11-24T10:00:00Z'), readPolicy: async () => parseManagedPolicy(policy) });
    const result = await updater.update();
    expect((await activePackItem.getValue())?.pack.version).toBe(DEFAULT_PACK.version);
    expect(result.error).toMatch(/signed with key "weak", which policy does not trust \(trusted: fernvale-1\)/);

    const reading = parseManagedPolicy(policy);
    expect(reading.policy.trustedKeys).toEqual([good.trustedKey]);
    expect(reading.problems.first).toEqual([expect.stringMatching(/^policy trustedKeys\[0\]\.publicKey: not a usable Ed25519 public key/)]);
    expect((await packStatusItem.getValue()).policyProblems?.first[0]).toMatch(/trustedKeys\[0\]\.publicKey/);

    // The good key still works: a pack it signed is installed.
    server.put(policy.rulePackUrl, await signPack(adminPackJson(4), await importPrivateKeyFile(JSON.stringify(good.privateKeyFile))), '"good"');
    await updater.update();
    expect((await activePackItem.getValue())?.pack.version).toBe(4);
  });

  it("refuses a signature whose R is of small order, under a good key, and one whose S is not reduced", async () => {
    const good = await generateSigningKey('fernvale-1');
    const signed = await signPack(adminPackJson(3), await importPrivateKeyFile(JSON.stringify(good.privateKeyFile)));
    const value = Uint8Array.from(atob(signed.signature.value), (c) => c.charCodeAt(0));
    expect(await verifyPackSignature(signed, [good.trustedKey])).toEqual({ ok: true, keyId: 'fernvale-1' });

    const smallR = new Uint8Array(value);
    smallR.set(hex(SMALL_ORDER['order 8 (a)']));
    expect(await verifyPackSignature({ ...signed, signature: { ...signed.signature, value: bytesToBase64(smallR) } }, [good.trustedKey])).toEqual({
      ok: false,
      reason: "the signature's R is a point of small order, which verifies signatures made without any private key",
    });

    const s = littleEndian(value.subarray(32)) + L;
    const bigS = new Uint8Array(value);
    for (let i = 0; i < 32; i++) bigS[32 + i] = Number((s >> BigInt(8 * i)) & 0xffn);
    expect(await verifyPackSignature({ ...signed, signature: { ...signed.signature, value: bytesToBase64(bigS) } }, [good.trustedKey])).toEqual({
      ok: false,
      reason: "the signature's S is not reduced (not below the group order)",
    });
  });

  it('every key keygen makes is usable', async () => {
    for (let i = 0; i < 50; i++) expect(trustedKeySchema.safeParse((await generateSigningKey()).trustedKey).success).toBe(true);
  });
});
