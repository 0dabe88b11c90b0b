// Enterprise policy in Firefox ESR: policies.json (read at start-up only) points Guidepost at a
// signed pack on a local host; the install picks it up and the X composer nudges by its rules.
// Writes a machine-wide policies.json: removed (or the previous one restored) in finally and afterAll.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey, importPrivateKeyFile, signPack } from '../../rules/signing';
import { GECKO_ID } from '../../utils/extension-ids';
import { adminPackJson } from '../unit/support/admin-packs';
import { FIREFOX_EXTENSION_ORIGIN, launchFirefox, type LaunchedFirefox } from './harness/firefox';
import { EDITOR_SELECTORS } from './harness/replicas';
import { badgeLabel, clickInOverlay, overlayText } from './firefox-steps';
import { firefoxPolicyFile } from './policy/policy-file';
import { startPackHost, type PackHost } from './policy/pack-host';

const policyFile = firefoxPolicyFile();
let firefox: LaunchedFirefox | undefined;
let host: PackHost;
let x: Page;

const TERM = 'depot move';

/** Opens the card, as the writer would, and reads it: the message comes from the admin's pack, not the bundled one. */
async function openCardText(page: Page): Promise<string> {
  if ((await overlayText(page, '[data-guidepost="panel"]')) === null) await clickInOverlay(page, '[data-guidepost="badge"]');
  await expect.poll(() => overlayText(page, '[data-guidepost="panel"]')).not.toBeNull();
  return (await overlayText(page, '[data-guidepost="panel"]')) ?? '';
}

describe('enterprise policy in Firefox ESR', () => {
  beforeAll(async () => {
    const key = await generateSigningKey('fernvale-firefox');
    const signer = await importPrivateKeyFile(JSON.stringify(key.privateKeyFile));
    host = await startPackHost();
    host.put('/pack.json', await signPack(adminPackJson(1, TERM), signer));
    policyFile.write({ rulePackUrl: `${host.origin}/pack.json`, trustedKeys: [key.trustedKey] });
    try {
      firefox = await launchFirefox();
    } catch (error) {
      policyFile.remove();
      throw error;
    }
  });

  afterAll(async () => {
    try {
      await firefox?.close();
      await host?.close();
    } finally {
      policyFile.remove();
    }
  });

  it('installs under the gecko id policy names', () => {
    expect(firefox?.extensionId).toBe(GECKO_ID);
  });

  it('fetches the pack policies.json names, from the extension, without host permission', async () => {
    await expect.poll(() => host.requests.filter((r) => r.method === 'GET').map((r) => [r.path, r.origin]), { timeout: 30_000 }).toContainEqual([
      '/pack.json',
      FIREFOX_EXTENSION_ORIGIN,
    ]);
  });

  it('the X composer nudges by the admin pack', async () => {
    x = await firefox!.openReplica('x-timeline');
    await x.click(EDITOR_SELECTORS['x-timeline']);
    await x.keyboard.type(`The ${TERM} is finally happening`);
    await expect.poll(() => badgeLabel(x), { timeout: 30_000 }).toMatch(/1 thing to check/);
    await expect.poll(() => openCardText(x)).toContain('This mentions an internal arrangement.');
    await x.click(EDITOR_SELECTORS['x-timeline'], { count: 3 });
    await x.keyboard.type('Lovely walk by the river this morning');
    await expect.poll(() => badgeLabel(x), { timeout: 30_000 }).toMatch(/nothing to check/);
  });
});
