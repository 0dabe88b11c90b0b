import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPackUpdater } from '../../entrypoints/background/pack-updater';
import { parseManagedPolicy } from '../../entrypoints/background/managed-policy';
import { generateSigningKey, importPrivateKeyFile, signPack } from '../../rules/signing';
import { activePackItem, packStatusItem } from '../../utils/storage-items';
import { adminPackJson } from './support/admin-packs';
import { createPackServer } from './support/pack-server';

// Stands in for a pack the schema accepts but the engine cannot compile (the property tests found
// such term lists); the updater must refuse it like any other bad pack.
vi.mock('../../rules/engine/run-examples', () => ({
  runExamples: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

const URL_A = 'https://packs.fernvale.example/pack.json';

describe('a pack the engine cannot compile', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is refused with a clear reason and the bundled pack stays', async () => {
    const key = await generateSigningKey('k');
    const server = createPackServer();
    server.put(URL_A, await signPack(adminPackJson(1), await importPrivateKeyFile(JSON.stringify(key.privateKeyFile))));
    const updater = createPackUpdater({
      fetch: server.fetch,
      now: () => new Date('2026-11-24T10:00:00Z'),
      readPolicy: async () => parseManagedPolicy({ rulePackUrl: URL_A, trustedKeys: [key.trustedKey] }),
    });
    const result = await updater.update();
    expect(result.error).toBe('the pack could not be compiled: Maximum call stack size exceeded');
    expect((await packStatusItem.getValue()).lastError).toBe(result.error);
    expect((await activePackItem.getValue())?.source).toBe('bundled');
  });
});
