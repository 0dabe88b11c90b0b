// Whatever an admin's host serves — a mutated pack, a pack signed by the wrong key, an unsigned or
// truncated file — the background's updater either switches to a pack that validates and compiles,
// or keeps the pack staff already have, and says why. Staff never end up with no pack or a broken one.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPackUpdater } from '../../entrypoints/background/pack-updater';
import { parseManagedPolicy } from '../../entrypoints/background/managed-policy';
import { compile, DEFAULT_CONTEXT, GENERIC_PROFILE } from '../../rules';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { rulePackSchema } from '../../rules/schema/pack';
import { generateSigningKey, importPrivateKeyFile, signPack, type SigningKey, type TrustedKey } from '../../rules/signing';
import { activePackItem, packStatusItem } from '../../utils/storage-items';
import sampleProfile from '../../rules/profiles/sample-org.json';
import { createPackServer } from './support/pack-server';
import { applyMutation, mutation, type Mutation } from './support/pack-mutations';

const PACK_URL = 'https://packs.fernvale.example/guidepost/pack.json';

let trusted: TrustedKey;
let signer: SigningKey;
let stranger: SigningKey;

async function makeSigner(keyId: string) {
  const generated = await generateSigningKey(keyId);
  return { trusted: generated.trustedKey, signer: await importPrivateKeyFile(JSON.stringify(generated.privateKeyFile)) };
}

beforeAll(async () => {
  ({ trusted, signer } = await makeSigner('fernvale-1'));
  ({ signer: stranger } = await makeSigner('someone-else'));
});

type Delivery = 'signed' | 'wrong-key' | 'unsigned' | 'truncated';

interface Publication {
  mutations: Mutation[];
  delivery: Delivery;
}

const publication: fc.Arbitrary<Publication> = fc.record({
  mutations: fc.array(mutation, { maxLength: 2 }),
  delivery: fc.oneof({ arbitrary: fc.constant<Delivery>('signed'), weight: 5 }, fc.constantFrom<Delivery>('wrong-key', 'unsigned', 'truncated')),
});

/** What the host serves: the default pack re-versioned, mutated, then signed (or not) as the delivery says. */
async function publish({ mutations, delivery }: Publication, version: number): Promise<string> {
  const json = structuredClone({ ...DEFAULT_PACK, id: 'fernvale-staff', version }) as Record<string, unknown>;
  for (const m of mutations) applyMutation(json as never, m);
  if (delivery === 'unsigned') return JSON.stringify(json);
  const signed = JSON.stringify(await signPack(json, delivery === 'wrong-key' ? stranger : signer));
  return delivery === 'truncated' ? signed.slice(0, Math.floor(signed.length / 2)) : signed;
}

describe('the last good pack stays active', () => {
  it('a refused update never replaces the active pack, and an accepted one always validates and compiles', async () => {
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(publication, { minLength: 1, maxLength: 3 }), async (publications) => {
        fakeBrowser.reset();
        const server = createPackServer();
        const updater = createPackUpdater({
          fetch: server.fetch,
          now: () => new Date('2026-11-24T10:00:00Z'),
          readPolicy: async () => parseManagedPolicy({ rulePackUrl: PACK_URL, trustedKeys: [trusted], orgProfile: sampleProfile }),
        });
        let version = 1;
        for (const p of publications) {
          const before = await activePackItem.getValue();
          server.put(PACK_URL, await publish(p, version), `"v${version}"`);
          version++;
          const result = await updater.update();
          const after = await activePackItem.getValue();
          expect(after, 'there is always an active pack').not.toBeNull();
          if (result.ok) {
            outcomes.accepted++;
            expect(after).toMatchObject({ source: 'admin', pack: { version: version - 1 } });
          } else {
            outcomes.refused++;
            expect(result.error).toBeTruthy();
            expect((await packStatusItem.getValue()).lastError).toBe(result.error);
            // The first run installs the bundled pack before fetching; after that, nothing moves.
            expect(after).toEqual(before ?? { pack: DEFAULT_PACK, source: 'bundled', installedAt: expect.any(String) });
          }
          // Whatever is active is a pack the schema accepts and the engine can run.
          expect(rulePackSchema.safeParse(after!.pack).success).toBe(true);
          const checker = compile(after!.pack, GENERIC_PROFILE);
          expect(() => checker.check('My manager is useless, says a resident aged 84.', DEFAULT_CONTEXT)).not.toThrow();
        }
      }),
      { numRuns: 40 },
    );
    expect(outcomes.accepted).toBeGreaterThan(3);
    expect(outcomes.refused).toBeGreaterThan(3);
  }, 120_000);
});
