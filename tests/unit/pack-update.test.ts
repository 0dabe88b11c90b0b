import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPackUpdater } from '../../entrypoints/background/pack-updater';
import { parseManagedPolicy } from '../../entrypoints/background/managed-policy';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { generateSigningKey, importPrivateKeyFile, signPack, type TrustedKey, type SigningKey } from '../../rules/signing';
import { activePackItem, packStatusItem, userProfileItem } from '../../utils/storage-items';
import { adminPackJson } from './support/admin-packs';
import { createPackServer } from './support/pack-server';

const URL_A = 'https://packs.fernvale.example/guidepost/pack.json';
const URL_B = 'https://cdn.fernvale.example/pack-2.json';

let trusted: TrustedKey;
let signer: SigningKey;
let server: ReturnType<typeof createPackServer>;
let policy: Record<string, unknown>;
let now: Date;

async function makeSigner(keyId: string) {
  const generated = await generateSigningKey(keyId);
  return { trusted: generated.trustedKey, signer: await importPrivateKeyFile(JSON.stringify(generated.privateKeyFile)) };
}

function updater() {
  return createPackUpdater({ fetch: server.fetch, now: () => now, readPolicy: async () => parseManagedPolicy(policy) });
}

async function signed(version: number | string, term = 'rota', extra: Record<string, unknown> = {}, key = signer) {
  return signPack(adminPackJson(version, term, extra), key);
}

async function activeVersion() {
  const active = await activePackItem.getValue();
  return active && { source: active.source, version: active.pack.version };
}

beforeEach(async () => {
  fakeBrowser.reset();
  ({ trusted, signer } = await makeSigner('fernvale-1'));
  server = createPackServer();
  policy = { rulePackUrl: URL_A, trustedKeys: [trusted] };
  now = new Date('2026-11-24T10:00:00Z');
});

describe('pack updates', () => {
  it('without policy keeps the bundled default pack and reports no error', async () => {
    policy = {};
    expect(await updater().update()).toMatchObject({ ok: true, updateIntervalMinutes: 60 });
    expect(await activeVersion()).toEqual({ source: 'bundled', version: DEFAULT_PACK.version });
    expect(server.requests).toEqual([]);
    expect((await packStatusItem.getValue()).lastError).toBeUndefined();
  });

  it('after an upgrade, replaces the stored bundled pack with the new bundled one', async () => {
    policy = {};
    await activePackItem.setValue({ pack: { ...DEFAULT_PACK, name: 'Last release\'s rules' }, source: 'bundled', installedAt: '2026-01-01T00:00:00Z' });
    await updater().update();
    expect((await activePackItem.getValue())?.pack.name).toBe(DEFAULT_PACK.name);
  });

  it('installs a signed pack, then asks with If-None-Match and keeps it on 304', async () => {
    server.put(URL_A, await signed(1), '"v1"');
    const run = updater();
    expect(await run.update()).toMatchObject({ ok: true });
    expect(await activePackItem.getValue()).toMatchObject({ source: 'admin', url: URL_A, etag: '"v1"', pack: { version: 1 } });
    expect(await run.update()).toMatchObject({ ok: true });
    expect(server.requests.map((r) => r.ifNoneMatch)).toEqual([null, '"v1"']);
    expect(await activeVersion()).toEqual({ source: 'admin', version: 1 });
  });

  it('moves from v1 to v2 and checks drafts by the new rules', async () => {
    const run = updater();
    server.put(URL_A, await signed(1, 'rota'), '"v1"');
    await run.update();
    server.put(URL_A, await signed(2, 'restructure'), '"v2"');
    await run.update();
    const active = await activePackItem.getValue();
    expect(active?.pack.version).toBe(2);
    expect(active?.pack.rules[0]).toMatchObject({ kind: 'term-list', terms: ['restructure'] });
  });

  it('same version and content served again under a new ETag is not an error', async () => {
    const v1 = await signed(1);
    const run = updater();
    server.put(URL_A, v1, '"a"');
    await run.update();
    server.put(URL_A, v1, '"b"');
    expect(await run.update()).toMatchObject({ ok: true });
    expect(await activePackItem.getValue()).toMatchObject({ etag: '"b"', pack: { version: 1 } });
  });

  describe('keeps the last good pack and records why', () => {
    beforeEach(async () => {
      server.put(URL_A, await signed(2), '"v2"');
      await updater().update();
      expect(await activeVersion()).toEqual({ source: 'admin', version: 2 });
    });

    async function refused(reason: string | RegExp) {
      const result = await updater().update();
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(reason);
      expect(await activeVersion()).toEqual({ source: 'admin', version: 2 });
      const status = await packStatusItem.getValue();
      expect(status.lastError).toBe(result.error);
      expect(status.lastErrorAt).toBe(now.toISOString());
    }

    it('a tampered pack', async () => {
      const v3 = await signed(3);
      server.put(URL_A, { ...v3, rules: [{ ...(v3.rules as object[])[0], terms: ['anything'] }] }, '"v3"');
      await refused(/changed after signing/);
    });

    it('a rolled-back pack, even correctly signed', async () => {
      server.put(URL_A, await signed(1), '"v1"');
      await refused('pack version 1 is older than version 2 in use (rollback refused)');
    });

    it('the same version with different content', async () => {
      server.put(URL_A, await signed(2, 'other'), '"v2b"');
      await refused(/already in use with different content/);
    });

    it('an expired pack', async () => {
      server.put(URL_A, await signed(3, 'rota', { expires: '2026-11-23' }), '"v3"');
      await refused('pack fernvale-staff version 3 expired on 2026-11-23');
    });

    it('an unsigned pack', async () => {
      server.put(URL_A, adminPackJson(3), '"v3"');
      await refused(/not signed/);
    });

    it('a pack signed by a key policy does not trust', async () => {
      const stranger = await makeSigner('someone-else');
      server.put(URL_A, await signed(3, 'rota', {}, stranger.signer), '"v3"');
      await refused(/"someone-else", which policy does not trust/);
    });

    it('a signed pack that breaks the schema, naming the path', async () => {
      const pack = adminPackJson(3);
      (pack.rules as Record<string, unknown>[])[0]!.severity = 'loud';
      server.put(URL_A, await signPack(pack, signer), '"v3"');
      await refused(/does not follow the schema: rules\[0\]\.severity/);
    });

    it('a signed pack whose own examples fail', async () => {
      const pack = adminPackJson(3);
      (pack.rules as { examples: { match: string[] } }[])[0]!.examples.match = ['Nothing to see here'];
      server.put(URL_A, await signPack(pack, signer), '"v3"');
      await refused(/own examples fail: rules\[0\]\.examples\.match\[0\] \(rule "internal-word"\)/);
    });

    it('a body that is not JSON', async () => {
      server.put(URL_A, '<html>Sign in</html>', '"html"');
      await refused(/not valid JSON/);
    });

    it('an HTTP error', async () => {
      policy = { ...policy, rulePackUrl: `${URL_A}.missing` };
      await refused(/answered 404/);
    });

    it('being offline', async () => {
      server.setOffline(true);
      await refused(/could not reach/);
    });

    it('a plain-http URL that is not this machine', async () => {
      policy = { ...policy, rulePackUrl: 'http://packs.fernvale.example/pack.json' };
      await refused(/must use https/);
      expect(server.requests.at(-1)?.url).toBe(URL_A);
    });

    it('and clears the error once a good pack arrives', async () => {
      server.put(URL_A, await signed(1), '"v1"');
      await updater().update();
      server.put(URL_A, await signed(3), '"v3"');
      expect(await updater().update()).toMatchObject({ ok: true });
      expect(await packStatusItem.getValue()).toEqual({ lastCheckedAt: now.toISOString() });
      expect(await activeVersion()).toEqual({ source: 'admin', version: 3 });
    });
  });

  it('allows plain http to loopback addresses', async () => {
    for (const url of ['http://127.0.0.1:8123/p.json', 'http://localhost/p.json', 'http://[::1]:9/p.json']) {
      fakeBrowser.reset();
      policy = { rulePackUrl: url, trustedKeys: [trusted] };
      server.put(url, await signed(1), '"x"');
      expect(await updater().update()).toMatchObject({ ok: true });
      expect(await activePackItem.getValue()).toMatchObject({ url, source: 'admin' });
    }
  });

  it('runs examples with the policy profile, else the pack\'s own, never a user\'s', async () => {
    const fernvale = { name: 'Fernvale Borough Council', aliases: ['the council'] };
    const pack = adminPackJson(1);
    const rule = (pack.rules as Record<string, unknown>[])[0]!;
    rule.terms = ['{profile.names}'];
    rule.examples = { match: ['Fernvale Borough Council is hiring'], noMatch: ['Nice weather'] };

    await userProfileItem.setValue({ name: 'Fernvale Borough Council', aliases: [], handles: [], topics: [], clientTerms: [] });
    server.put(URL_A, await signPack(pack, signer));
    expect((await updater().update()).error).toMatch(/own examples fail: rules\[0\]\.examples\.match\[0\]/);

    server.put(URL_A, await signPack({ ...pack, profile: fernvale }, signer));
    expect(await updater().update()).toMatchObject({ ok: true });

    policy = { ...policy, orgProfile: { name: 'Ashdown District Council' } };
    server.put(URL_A, await signPack({ ...pack, version: 2, profile: fernvale }, signer));
    expect((await updater().update()).error).toMatch(/own examples fail/);
  });

  it('accepts semver packs and refuses a semver rollback', async () => {
    const run = updater();
    server.put(URL_A, await signed('2.1.0'));
    await run.update();
    server.put(URL_A, await signed('2.0.9'));
    expect((await run.update()).error).toMatch(/older than version 2.1.0/);
  });

  it('offline at first start keeps the bundled pack and says why', async () => {
    server.setOffline(true);
    const result = await updater().update();
    expect(result.ok).toBe(false);
    expect(await activeVersion()).toEqual({ source: 'bundled', version: DEFAULT_PACK.version });
  });

  it('a new URL and new keys apply without reinstalling; the old ETag is not sent to the new host', async () => {
    const run = updater();
    server.put(URL_A, await signed(1), '"same"');
    await run.update();
    const next = await makeSigner('fernvale-2');
    server.put(URL_B, await signed(2, 'rota', {}, next.signer), '"same"');
    policy = { rulePackUrl: URL_B, trustedKeys: [next.trusted] };
    expect(await run.update({ policyChanged: true })).toMatchObject({ ok: true });
    expect(server.requests.at(-1)).toEqual({ url: URL_B, ifNoneMatch: null });
    expect(await activePackItem.getValue()).toMatchObject({ url: URL_B, pack: { version: 2, signature: { keyId: 'fernvale-2' } } });
  });

  it('falls back to a plain GET when the host refuses the If-None-Match preflight (CORS)', async () => {
    server.put(URL_A, await signed(1), '"v1"');
    const run = updater();
    await run.update();
    server.put(URL_A, await signed(2), '"v2"');
    const strictHost = createPackUpdater({
      // As a browser reports a failed CORS preflight: a TypeError, no response.
      fetch: (url, init) => (new Headers(init?.headers).has('If-None-Match') ? Promise.reject(new TypeError('Failed to fetch')) : server.fetch(url, init)),
      now: () => now,
      readPolicy: async () => parseManagedPolicy(policy),
    });
    expect(await strictHost.update()).toMatchObject({ ok: true });
    expect(await activeVersion()).toEqual({ source: 'admin', version: 2 });
  });

  it('does not trust a fetch that followed redirects by itself: the hops were never checked', async () => {
    const redirected = createPackUpdater({
      fetch: async () => {
        const response = new Response(JSON.stringify(await signed(1)), { status: 200 });
        Object.defineProperty(response, 'url', { value: 'http://mirror.example/pack.json' });
        return response;
      },
      now: () => now,
      readPolicy: async () => parseManagedPolicy(policy),
    });
    expect((await redirected.update()).error).toMatch(/was redirected to http:\/\/mirror\.example\/pack\.json without each step being checked/);
    expect(await activeVersion()).toEqual({ source: 'bundled', version: DEFAULT_PACK.version });
  });

  it('runs that overlap are serialised, so the last write is the newest pack', async () => {
    const run = updater();
    server.put(URL_A, await signed(1), '"v1"');
    const first = run.update();
    server.put(URL_A, await signed(2), '"v2"');
    const second = run.update();
    expect((await Promise.all([first, second])).map((r) => r.ok)).toEqual([true, true]);
    expect(await activeVersion()).toEqual({ source: 'admin', version: 2 });
  });
});
