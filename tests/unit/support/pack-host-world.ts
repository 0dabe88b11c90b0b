import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateSigningKey, importPrivateKeyFile, type SigningKey, type TrustedKey } from '../../../rules/signing';
import { createPackServer } from './pack-server';

/**
 * Before each test: a fresh fake browser, the admin's static host answering the background's
 * `fetch`, and a signing key. The returned object's fields are the current test's.
 */
export function usePackHostWorld(afterSetUp: () => void = () => {}) {
  const world = {} as { server: ReturnType<typeof createPackServer>; trusted: TrustedKey; signer: SigningKey };
  beforeEach(async () => {
    fakeBrowser.reset();
    world.server = createPackServer();
    vi.stubGlobal('fetch', world.server.fetch);
    const key = await generateSigningKey('fernvale-1');
    world.trusted = key.trustedKey;
    world.signer = await importPrivateKeyFile(JSON.stringify(key.privateKeyFile));
    afterSetUp();
  });
  return world;
}
