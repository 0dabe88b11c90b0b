// Enterprise policy end to end in real Chromium: a policy file points the extension at signed
// packs on a local host; updates, refusals and their visible errors, and live re-checking on X.
// Writes a machine-wide policy file: it is removed in finally and again in afterAll.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey, importPrivateKeyFile, signPack, type SigningKey, type TrustedKey } from '../../rules/signing';
import { CHROME_EXTENSION_ID } from '../../utils/extension-ids';
import { adminPackJson } from '../unit/support/admin-packs';
import { launchChromium, type LaunchedChromium } from './harness/chromium';
import { EDITOR_SELECTORS, openReplica } from './harness/replicas';
import { saveScreenshot } from './harness/screenshots';
import { nudge } from './composer-steps';
import { chromiumPolicyFile } from './policy/policy-file';
import { startPackHost, type PackHost } from './policy/pack-host';

const policyFile = chromiumPolicyFile('chromium-updates');
const orgProfile = JSON.parse(readFileSync(new URL('../../rules/profiles/sample-org.json', import.meta.url), 'utf8')) as Record<string, unknown>;

let browser: LaunchedChromium | undefined;
let host: PackHost;
let signer: SigningKey;
let trustedKey: TrustedKey;
let worker: Worker;
let options: Page;
let x: Page;

// v1 knows only "rota"; v2 also knows "depot move", so a draft about the depot shows which pack is live.
const V2_TERM = 'depot move';

function packWithTerm(version: number, term: string) {
  const pack = adminPackJson(version, term);
  const rule = (pack.rules as Record<string, unknown>[])[0]!;
  rule.terms = ['rota', term];
  return pack;
}

/** Reads the extension's own storage in its service worker, where `chrome` is the extension API. */
function readLocal<T>(key: string): Promise<T | undefined> {
  return worker.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get(k))[k];
  }, key) as Promise<T | undefined>;
}

async function activePack(): Promise<{ version: number; source: string } | null> {
  const active = await readLocal<{ pack: { version: number }; source: string }>('activePack');
  return active ? { version: active.pack.version, source: active.source } : null;
}

async function waitForVersion(version: number, timeout = 45_000): Promise<void> {
  try {
    await expect.poll(activePack, { timeout, interval: 500 }).toEqual({ version, source: 'admin' });
  } catch (error) {
    // Say why the extension did not switch, not only that it did not.
    const status = await readLocal('packStatus');
    throw new Error(`${(error as Error).message}\npackStatus: ${JSON.stringify(status)}\nhost saw: ${JSON.stringify(host.requests)}`);
  }
}

function badge(page: Page) {
  return nudge(page).locator('[data-guidepost="badge"]');
}

async function typeInX(text: string): Promise<void> {
  const editor = x.locator(EDITOR_SELECTORS['x-timeline']);
  await editor.click();
  await x.keyboard.press('Control+A');
  await x.keyboard.press('Backspace');
  await x.keyboard.type(text);
}

async function checkNow(): Promise<void> {
  await options.getByRole('button', { name: 'Check for updates now' }).click();
  await options.getByRole('button', { name: 'Check for updates now' }).waitFor();
}

describe('enterprise policy in Chromium', () => {
  beforeAll(async () => {
    const key = await generateSigningKey('fernvale-test');
    trustedKey = key.trustedKey;
    signer = await importPrivateKeyFile(JSON.stringify(key.privateKeyFile));
    host = await startPackHost();
    host.put('/v1/pack.json', await signPack(packWithTerm(1, 'rota'), signer));
    policyFile.write({ rulePackUrl: `${host.origin}/v1/pack.json`, trustedKeys: [trustedKey], orgProfile });
    try {
      browser = await launchChromium();
      // The harness answers every request with a local 404; the pack host is the one real server.
      await browser.context.route(`${host.origin}/**`, (route) => route.continue());
      worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser!.extensionId}/`))!;
    } catch (error) {
      policyFile.remove();
      throw error;
    }
  });

  afterAll(async () => {
    try {
      await browser?.close();
      await host?.close();
    } finally {
      policyFile.remove();
    }
  });

  it('the manifest key gives the id policy files name', () => {
    expect(browser?.extensionId).toBe(CHROME_EXTENSION_ID);
  });

  it('installs v1 from policy at start, with the organisation profile, without any host permission', async () => {
    await waitForVersion(1);
    const fetched = host.requests.filter((r) => r.method === 'GET');
    expect(fetched[0]).toMatchObject({ path: '/v1/pack.json', origin: `chrome-extension://${CHROME_EXTENSION_ID}` });
    const managedProfile = await readLocal<{ name: string }>('managedProfile');
    expect(managedProfile?.name).toBe('Fernvale Borough Council');
    options = await browser!.context.newPage();
    await options.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    const packSection = options.locator('#rule-pack');
    await expect.poll(() => packSection.innerText()).toContain('Fernvale staff pack');
    expect(await packSection.innerText()).toMatch(/Version\s+1/);
    expect(await packSection.innerText()).toContain(`${host.origin}/v1/pack.json`);
  });

  it('on X, v1 does not know the new words yet', async () => {
    x = await openReplica(browser!.context, 'x-timeline');
    await typeInX(`The ${V2_TERM} is finally happening`);
    await expect.poll(() => badge(x).getAttribute('aria-label'), { timeout: 15_000 }).toMatch(/nothing to check/);
  });

  it('a policy change to a new URL brings v2 without reinstalling, and the open X page nudges by it', async () => {
    host.put('/v2/pack.json', await signPack(packWithTerm(2, V2_TERM), signer));
    policyFile.write({ rulePackUrl: `${host.origin}/v2/pack.json`, trustedKeys: [trustedKey], orgProfile });
    await waitForVersion(2, 60_000);
    // The draft typed before the update is checked again by the new rules, on the same page.
    await expect.poll(() => badge(x).getAttribute('aria-label'), { timeout: 15_000 }).toMatch(/1 thing to check/);
    await badge(x).click();
    const panel = nudge(x).locator('[data-guidepost="panel"]');
    await expect.poll(() => panel.innerText()).toContain('This mentions an internal arrangement.');
    await saveScreenshot(x, 'policy-v2-nudge');
    await expect.poll(() => options.locator('#rule-pack').innerText()).toMatch(/Version\s+2/);
  });

  it('asks with If-None-Match and gets 304 when nothing changed', async () => {
    const before = host.requests.length;
    await checkNow();
    await expect.poll(() => options.locator('#rule-pack [role="status"]').innerText()).toContain('you have the latest rules');
    const conditional = host.requests.slice(before).filter((r) => r.method === 'GET');
    expect(conditional.at(-1)?.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);
  });

  it('refuses a tampered v3 and shows why on the options page, keeping v2', async () => {
    const v3 = await signPack(packWithTerm(3, V2_TERM), signer);
    (v3.rules as Record<string, unknown>[])[0]!.terms = ['anything at all'];
    host.put('/v2/pack.json', v3);
    await checkNow();
    const error = options.locator('.gp-pack-error');
    await expect.poll(() => error.innerText()).toContain('changed after signing');
    await saveScreenshot(options, 'policy-tampered-refused');
    expect(await activePack()).toEqual({ version: 2, source: 'admin' });
    expect(await options.locator('#rule-pack').innerText()).toMatch(/Version\s+2/);
  });

  it('refuses a correctly signed but rolled-back v0, visibly', async () => {
    host.put('/v2/pack.json', await signPack(packWithTerm(0, 'rota'), signer));
    await checkNow();
    await expect.poll(() => options.locator('.gp-pack-error').innerText()).toContain('older than version 2 in use (rollback refused)');
    expect(await activePack()).toEqual({ version: 2, source: 'admin' });
  });

  it('when the host is unreachable, says so and keeps v2', async () => {
    await host.close();
    await checkNow();
    await expect.poll(() => options.locator('.gp-pack-error').innerText()).toContain(`could not reach ${host.origin}/v2/pack.json`);
    expect(await activePack()).toEqual({ version: 2, source: 'admin' });
  });

  it('keeps checking drafts on X with v2 after the refusals', async () => {
    await typeInX(`Swapped my rota, and the ${V2_TERM} starts Monday`);
    await expect.poll(() => badge(x).getAttribute('aria-label'), { timeout: 15_000 }).toMatch(/1 thing to check/);
    await typeInX('Lovely walk by the river this morning');
    await expect.poll(() => badge(x).getAttribute('aria-label'), { timeout: 15_000 }).toMatch(/nothing to check/);
  });
});
