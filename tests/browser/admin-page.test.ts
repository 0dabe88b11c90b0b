// The admin page in real Chromium: edit a pack with problems shown as you type, try it on a
// draft with the cards staff would see, sign it with a key file and download it. Nothing leaves.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey, verifyPackSignature, type GeneratedKey } from '../../rules/signing';
import defaultPackJson from '../../rules/packs/default.json';
import { adminPackJson } from '../unit/support/admin-packs';
import { launchChromium, type LaunchedChromium } from './harness/chromium';
import { saveScreenshot } from './harness/screenshots';

let browser: LaunchedChromium;
let page: Page;
let key: GeneratedKey;

const problems = () => page.locator('#pack-problems').innerText();

async function setPack(text: string): Promise<void> {
  await page.getByLabel('Pack JSON (paste or edit)').fill(text);
}

describe('admin page', () => {
  beforeAll(async () => {
    key = await generateSigningKey('fernvale-admin');
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/admin.html`);
  });
  afterAll(() => browser?.close());

  it('shows JSON and schema problems by path as the admin types', async () => {
    await setPack('{"id": "fernvale-staff",');
    await expect.poll(problems).toMatch(/Not valid JSON/);
    const pack = adminPackJson(5);
    (pack.rules as Record<string, unknown>[])[0]!.severity = 'loud';
    await setPack(JSON.stringify(pack, null, 2));
    await expect.poll(problems).toMatch(/1 problem:\s*rules\[0\]\.severity: /);
    expect(await page.getByRole('button', { name: 'Sign and download' }).isDisabled()).toBe(true);
  });

  it('runs the pack\'s own examples and names the one that fails', async () => {
    const pack = adminPackJson(5);
    (pack.rules as { examples: { noMatch: string[] } }[])[0]!.examples.noMatch.push('The rota is out');
    await setPack(JSON.stringify(pack));
    await expect.poll(problems).toContain('1 rule examples fail');
    expect(await problems()).toContain('rules[0].examples.noMatch[1] (rule “internal-word”) should not match');
  });

  it('tries a valid pack, opened from a file, on a draft and shows the card staff would see', async () => {
    await page.locator('input[type="file"][accept=".json,application/json"]').setInputFiles({
      name: 'fernvale-staff.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(adminPackJson(5), null, 2)),
    });
    await expect.poll(() => page.getByLabel('Pack JSON (paste or edit)').inputValue()).toContain('"fernvale-staff"');
    await expect.poll(problems).toContain('Every rule example passes');
    await page.getByLabel('Draft', { exact: true }).fill('New rota is out and it is chaos');
    await expect.poll(() => page.locator('.gp-try-summary').innerText()).toContain('1 thing to check');
    const card = page.locator('[data-guidepost="admin-preview"] .gp-card');
    await expect.poll(() => card.innerText()).toContain('This mentions an internal arrangement.');
    expect(await card.locator('mark').innerText()).toBe('rota');
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-page-card');
    await page.getByLabel('Draft', { exact: true }).fill('Lovely walk by the river');
    await expect.poll(() => page.locator('.gp-try-summary').innerText()).toContain('Nothing to check');
  });

  it('signs with a key file in the page and downloads a pack that verifies', async () => {
    await page.getByLabel('Private key file (from “guidepost keygen”)').setInputFiles({
      name: 'admin.jwk',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(key.privateKeyFile)),
    });
    await expect.poll(() => page.locator('.gp-sign-status').innerText()).toContain('Key "fernvale-admin" loaded');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sign and download' }).click()]);
    expect(download.suggestedFilename()).toBe('fernvale-staff-5.json');
    const signed = JSON.parse(await readFile((await download.path())!, 'utf8')) as Record<string, unknown>;
    expect(await verifyPackSignature(signed, [key.trustedKey])).toEqual({ ok: true, keyId: 'fernvale-admin' });
    await saveScreenshot(page, 'admin-page-signed');
  });

  it('refuses a public key file with a clear message', async () => {
    await page.getByLabel('Private key file (from “guidepost keygen”)').setInputFiles({
      name: 'public.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(key.trustedKey)),
    });
    await expect.poll(() => page.locator('.gp-sign-status').innerText()).toContain('public.json: the key file is not an Ed25519 private JWK');
    expect(await page.getByRole('button', { name: 'Sign and download' }).isDisabled()).toBe(true);
  });

  it('takes the default pack as it ships: its examples pass and are shown with the organisation\'s words filled in', async () => {
    await page.locator('input[type="file"][accept=".json,application/json"]').setInputFiles({
      name: 'default.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(defaultPackJson, null, 2)),
    });
    await expect.poll(problems).toContain('Every rule example passes');
    const samples = await page.locator('option').allInnerTexts();
    const fromPack = samples.filter((label) => / #\d+: /.test(label));
    expect(fromPack.length).toBeGreaterThan(20);
    expect(fromPack.join('\n')).not.toContain('{profile.');
  });

  it("shows the coach's tone tips for an organisation-account draft, as staff on that account would see them", async () => {
    await page.getByLabel('Draft', { exact: true }).fill('We will utilise the new booking system from Monday.');
    await expect.poll(() => page.locator('.gp-try-summary').innerText()).toContain('Nothing to check');
    await page.getByLabel('Account').selectOption('organisation');
    const tip = page.locator('[data-guidepost="admin-preview"] .gp-card', { hasText: 'Tone' });
    await expect.poll(() => tip.innerText()).toContain('“utilise” could be simpler: try “use”.');
    expect(await tip.innerText()).toContain('A human face');
    await tip.getByRole('button', { name: 'Use “use”' }).click();
    await expect.poll(() => page.getByLabel('Draft', { exact: true }).inputValue()).toBe('We will use the new booking system from Monday.');
    await page.getByLabel('Account').selectOption('personal');
  });

  it('sent nothing over the network', () => {
    const sent = browser.requests.filter((r) => /^https?:/.test(r.url));
    expect(sent).toEqual([]);
  });
});
