// Downloading the pack from a real HTTP server: redirects are checked hop by hop, a compressed
// body is cut off at the size cap however small it looked, the ETag goes back only to the address
// that set it, and no version is long enough to slip past the rollback check.
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchPack, MAX_PACK_BYTES } from '../../entrypoints/background/fetch-pack';
import { parseManagedPolicy } from '../../entrypoints/background/managed-policy';
import { createPackUpdater } from '../../entrypoints/background/pack-updater';
import { rulePackSchema } from '../../rules/schema/pack';
import { compareVersions } from '../../rules/signing/compare-versions';
import { generateSigningKey, importPrivateKeyFile, signPack, type SigningKey, type TrustedKey } from '../../rules/signing';
import { activePackItem } from '../../utils/storage-items';
import { adminPackJson } from './support/admin-packs';
import { countingFetch, fetchVia, startHttpHost, type HttpHost } from './support/http-host';

let host: HttpHost;
let signer: SigningKey;
let trusted: TrustedKey;

beforeEach(async () => {
  fakeBrowser.reset();
  host = await startHttpHost();
  const key = await generateSigningKey('fernvale-1');
  trusted = key.trustedKey;
  signer = await importPrivateKeyFile(JSON.stringify(key.privateKeyFile));
});

afterEach(() => host.close());

function redirect(location: string) {
  return (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(302, { Location: location }).end();
}

function serve(body: string, etag?: string) {
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    if (etag && req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/json', ...(etag ? { ETag: etag } : {}) }).end(body);
  };
}

describe('redirects, hop by hop', () => {
  it('follows a redirect that stays on this machine and on plain http', async () => {
    const pack = JSON.stringify(await signPack(adminPackJson(1), signer));
    const port = new URL(host.origin).port;
    host.on('/start', redirect(`http://localhost:${port}/pack.json`));
    host.on('/pack.json', serve(pack));
    const fetched = await fetchPack(`${host.origin}/start`, undefined, fetchVia(host));
    expect(fetched).toMatchObject({ status: 'fetched', text: pack, url: `http://localhost:${port}/pack.json` });
  });

  it('refuses https → http → https, at the hop that drops to http', async () => {
    host.on('/https/packs.fernvale.example/pack.json', redirect('http://cdn.fernvale.example/pack.json'));
    host.on('/http/cdn.fernvale.example/pack.json', redirect('https://packs.fernvale.example/real.json'));
    host.on('/https/packs.fernvale.example/real.json', serve(JSON.stringify(await signPack(adminPackJson(1), signer))));
    await expect(fetchPack('https://packs.fernvale.example/pack.json', undefined, fetchVia(host))).rejects.toThrow(
      'https://packs.fernvale.example/pack.json redirected to http://cdn.fernvale.example/pack.json, which is not allowed: rulePackUrl must use https://',
    );
    expect(host.requests.map((r) => r.path)).toEqual(['/https/packs.fernvale.example/pack.json']);
  });

  it('refuses a redirect from this machine to the network, and from https to this machine', async () => {
    host.on('/out', redirect('https://packs.fernvale.example/pack.json'));
    await expect(fetchPack(`${host.origin}/out`, undefined, fetchVia(host))).rejects.toThrow(/which is not allowed: it changes the scheme from http: to https:/);
    host.on('/https/packs.fernvale.example/in.json', redirect(`${host.origin.replace('http:', 'https:')}/pack.json`));
    await expect(fetchPack('https://packs.fernvale.example/in.json', undefined, fetchVia(host))).rejects.toThrow(/which is not allowed: it moves between this machine and the network/);
  });

  it('gives up on a redirect loop', async () => {
    host.on('/loop', redirect('/loop'));
    await expect(fetchPack(`${host.origin}/loop`, undefined, fetchVia(host))).rejects.toThrow(/redirected more than 5 times/);
  });
});

describe('the size cap', () => {
  it('stops reading a gzip bomb at the cap of decompressed bytes, whatever its Content-Length says', async () => {
    const DECODED = 40 * MAX_PACK_BYTES;
    host.on('/bomb.json', (_req, res) => {
      const gzip = createGzip();
      gzip.pipe(res);
      let left = DECODED;
      const zeros = Buffer.alloc(64 * 1024, 0x20);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      Readable.from(
        (function* () {
          for (; left > 0; left -= zeros.length) yield zeros;
        })(),
      ).pipe(gzip);
    });
    const counter = countingFetch(fetchVia(host));
    await expect(fetchPack(`${host.origin}/bomb.json`, undefined, counter.fetch)).rejects.toThrow(`is larger than ${MAX_PACK_BYTES} bytes`);
    expect(counter.bytesRead()).toBeGreaterThan(MAX_PACK_BYTES);
    expect(counter.bytesRead()).toBeLessThan(MAX_PACK_BYTES + 1_000_000);
  });
});

describe('the ETag', () => {
  it('is sent back only to the address that set it, after the redirect, and never to a new policy URL', async () => {
    const pack = JSON.stringify(await signPack(adminPackJson(1), signer));
    host.on('/a.json', redirect('/b.json'));
    host.on('/b.json', serve(pack, '"set-by-b"'));
    host.on('/c.json', serve(pack, '"set-by-c"'));
    let policy: Record<string, unknown> = { rulePackUrl: `${host.origin}/a.json`, trustedKeys: [trusted] };
    const updater = createPackUpdater({ fetch: fetchVia(host), now: () => new Date('2026-11-24T10:00:00Z'), readPolicy: async () => parseManagedPolicy(policy) });
    expect(await updater.update()).toMatchObject({ ok: true });
    expect(await activePackItem.getValue()).toMatchObject({ url: `${host.origin}/a.json`, etag: '"set-by-b"', etagUrl: `${host.origin}/b.json` });

    host.requests.length = 0;
    expect(await updater.update()).toMatchObject({ ok: true });
    expect(host.requests).toEqual([
      { path: '/a.json', ifNoneMatch: undefined },
      { path: '/b.json', ifNoneMatch: '"set-by-b"' },
    ]);

    host.requests.length = 0;
    policy = { ...policy, rulePackUrl: `${host.origin}/c.json` };
    await updater.update({ policyChanged: true });
    expect(host.requests).toEqual([{ path: '/c.json', ifNoneMatch: undefined }]);
  });

  it('is not kept when it is not a plain quoted ETag', async () => {
    host.on('/odd.json', (_req, res) => res.writeHead(200, { ETag: `"${'x'.repeat(300)}"` }).end('{}'));
    expect(await fetchPack(`${host.origin}/odd.json`, undefined, fetchVia(host))).toMatchObject({ status: 'fetched', etag: undefined });
  });
});

describe('versions', () => {
  const huge = `${'9'.repeat(400)}.0.0`;

  it('a version of 400 digits is refused by the schema', () => {
    const result = rulePackSchema.safeParse(adminPackJson(huge));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 64 characters/);
  });

  it('compares exactly at any length, so no version is both older and newer', () => {
    expect(compareVersions(huge, '2.0.0')).toBe(1);
    expect(compareVersions('2.0.0', huge)).toBe(-1);
    expect(compareVersions(huge, `${'9'.repeat(399)}8.0.0`)).toBe(1);
    expect(compareVersions(`1.0.0-${'9'.repeat(400)}`, `1.0.0-${'9'.repeat(401)}`)).toBe(-1);
    expect(compareVersions('01.2.3', '1.2.3')).toBe(0);
  });
});
