// Drafts never leave the device. Every request the browser makes is recorded while drafts are
// typed, fixed and posted on both replicas; with no policy (so no rule-pack URL) the extension must
// add no request at all, with a policy only the rule-pack URL, and nothing anywhere may carry a
// word of the drafts. The policy case writes a machine-wide policy file, removed in afterAll.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { networkApisIn } from '../unit/support/network-apis';
import { launchChromium, type LaunchedChromium } from './harness/chromium';
import { openReplica, replicaPosted, replicaText, type ReplicaScenario } from './harness/replicas';
import { SCRIPT_URLS } from '../replica/serve/replica-urls';
import { isWeb, leaks, MORE, OPINION, PRIVACY, REPLICA_HOSTS, type Sent } from './harness/draft-leaks';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { generateSigningKey, importPrivateKeyFile, signPack, type JsonObject } from '../../rules/signing';
import { chromiumPolicyFile } from './policy/policy-file';
import { startPackHost, type PackHost } from './policy/pack-host';
import { card, editor, expectBadge, openCards, reviewPrompt, SAMPLE_PROFILE, setExtensionStorage, typeDraft } from './composer-steps';

const BUILD_DIRS = ['chrome-mv3', 'firefox-mv3'].map((d) => resolve(import.meta.dirname, '../../.output', d));

function recordEverything(context: BrowserContext): { sent: Sent[]; settle(): Promise<void> } {
  const sent: Sent[] = [];
  const pending: Promise<void>[] = [];
  context.on('request', (request: Request) => {
    pending.push(
      request.allHeaders().then((headers) => {
        sent.push({
          url: request.url(),
          method: request.method(),
          body: request.postData() ?? '',
          headers: JSON.stringify(headers),
          fromServiceWorker: request.serviceWorker() !== null,
        });
      }),
    );
  });
  return { sent, settle: async () => void (await Promise.all(pending)) };
}

/** Types, fixes and posts on both sites, as a writer would, with or without Guidepost. */
async function writingSession(context: BrowserContext, withExtension: boolean): Promise<void> {
  const run = async (scenario: ReplicaScenario, postButton: string) => {
    const page: Page = await openReplica(context, scenario, { audience: 'Public' });
    await typeDraft(page, scenario, OPINION);
    if (withExtension) {
      await expectBadge(page, 1);
      await openCards(page);
      await card(page, 'Personal opinion').getByRole('button', { name: 'Add disclaimer' }).click();
      await expect.poll(() => replicaText(page)).toBe(`${OPINION} ${SAMPLE_PROFILE.disclaimer}`);
    }
    await editor(page, scenario).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${PRIVACY}${MORE}`);
    const draft = await replicaText(page);
    expect(draft).toContain(MORE);
    await page.locator(postButton).first().click();
    if (withExtension) await reviewPrompt(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => replicaPosted(page)).toEqual([draft]);
    await page.close();
  };
  await run('x-timeline', '[data-testid="tweetButtonInline"]');
  await run('fb-post', '[role="dialog"] [role="button"][aria-label="Post"]');
}

describe('no egress (Chromium, no policy)', () => {
  let withGuidepost: Sent[] = [];
  let without: Sent[] = [];
  let browser: LaunchedChromium | undefined;
  afterAll(() => browser?.close());

  it('records a writing session on both sites, with Guidepost and then without it', async () => {
    browser = await launchChromium();
    await setExtensionStorage(browser.context, { userProfile: SAMPLE_PROFILE });
    const recorded = recordEverything(browser.context);
    await writingSession(browser.context, true);
    await recorded.settle();
    withGuidepost = recorded.sent;
    await browser.close();

    browser = await launchChromium({ extension: false });
    const baseline = recordEverything(browser.context);
    await writingSession(browser.context, false);
    await baseline.settle();
    without = baseline.sent;

    for (const session of [withGuidepost, without]) {
      expect(session.map((r) => r.url)).toEqual(expect.arrayContaining(['https://x.com/home', 'https://www.facebook.com/', ...Object.values(SCRIPT_URLS)]));
    }
  }, 180_000);

  it('no request carries a word of the drafts, in its URL, body or headers', () => {
    expect(withGuidepost.length).toBeGreaterThan(0);
    expect(leaks(withGuidepost)).toEqual([]);
    // The check itself can see a leak when there is one.
    expect(leaks([{ url: `https://collector.example/?q=${encodeURIComponent(PRIVACY)}`, method: 'GET', body: '', headers: '{}', fromServiceWorker: false }])).not.toEqual([]);
  });

  it('every web request goes to the replica sites themselves, none elsewhere', () => {
    expect(withGuidepost.length).toBeGreaterThan(0);
    const elsewhere = withGuidepost.filter((r) => isWeb(r.url) && !REPLICA_HOSTS.has(new URL(r.url).host));
    expect(elsewhere.map((r) => r.url)).toEqual([]);
  });

  it('the extension adds no web request at all: none from its worker, and the pages ask for nothing more than without it', () => {
    expect(without.length).toBeGreaterThan(0);
    expect(withGuidepost.filter((r) => r.fromServiceWorker && isWeb(r.url)).map((r) => r.url)).toEqual([]);
    const baseline = new Set(without.filter((r) => isWeb(r.url)).map((r) => `${r.method} ${r.url}`));
    const added = withGuidepost.filter((r) => isWeb(r.url) && !baseline.has(`${r.method} ${r.url}`));
    expect(added.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });
});

describe('no egress with a policy (Chromium): only the configured rule-pack URL besides the sites', () => {
  const policyFile = chromiumPolicyFile('no-egress');
  let host: PackHost | undefined;
  let browser: LaunchedChromium | undefined;
  let sent: Sent[] = [];
  let packUrl = '';
  afterAll(async () => {
    try {
      await browser?.close();
      await host?.close();
    } finally {
      policyFile.remove();
    }
  });

  it('records a writing session on both sites while the extension fetches its pack', async () => {
    const key = await generateSigningKey('no-egress-test');
    const signer = await importPrivateKeyFile(JSON.stringify(key.privateKeyFile));
    host = await startPackHost();
    // The default pack's rules, published by an admin: the session's card and fix still appear.
    host.put('/pack.json', await signPack({ ...structuredClone(DEFAULT_PACK), id: 'fernvale-staff', version: 1 } as unknown as JsonObject, signer));
    packUrl = `${host.origin}/pack.json`;
    policyFile.write({ rulePackUrl: packUrl, trustedKeys: [key.trustedKey], orgProfile: SAMPLE_PROFILE });
    browser = await launchChromium();
    // The harness answers everything with a local 404; the pack host is the one real server.
    await browser.context.route(`${host.origin}/**`, (route) => route.continue());
    const recorded = recordEverything(browser.context);
    await expect.poll(() => host!.requests.filter((r) => r.method === 'GET').length, { timeout: 45_000 }).toBeGreaterThan(0);
    await writingSession(browser.context, true);
    await recorded.settle();
    sent = recorded.sent;
    expect(sent.some((r) => r.url === packUrl)).toBe(true);
  }, 180_000);

  it('every web request goes to the replica sites or to the rule-pack URL, and none carries a word of the drafts', () => {
    expect(sent.length).toBeGreaterThan(0);
    const elsewhere = sent.filter((r) => isWeb(r.url) && !REPLICA_HOSTS.has(new URL(r.url).host) && r.url !== packUrl);
    expect(elsewhere.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(leaks(sent)).toEqual([]);
    // What the pack host itself saw: only its one path, fetched or preflighted.
    expect([...new Set(host!.requests.map((r) => r.path))]).toEqual(['/pack.json']);
  });
});

describe('no network calls in the built content scripts', () => {
  it.each(BUILD_DIRS)("%s: only the stylesheet load WXT makes from the extension itself, and Guidepost's own frames", async (dir) => {
    const scriptsDir = join(dir, 'content-scripts');
    const files = (await readdir(scriptsDir)).filter((f) => f.endsWith('.js'));
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { permissions?: string[] };
    // webextension-polyfill's API table names connectNative; without the permission it cannot be called.
    expect(manifest.permissions ?? []).not.toContain('nativeMessaging');
    const harmless = new Set(['fetch', 'native messaging', 'element that loads a URL', 'navigation']);
    expect(files).toEqual(expect.arrayContaining(['content.js', 'paste-bridge.js']));
    for (const file of files) {
      const code = await readFile(join(scriptsDir, file), 'utf8');
      expect(networkApisIn(code).filter((api) => !harmless.has(api)), file).toEqual([]);
      // The one element that loads a URL: Guidepost's frame, sent to a page of the extension's own.
      expect(code.match(/createElement\((["'`])(?:img|script|iframe|link|form|object|embed|audio|video|source)\1\)/g) ?? [], file).toEqual(file === 'content.js' ? ['createElement(`iframe`)'] : []);
      const navigations = [...code.matchAll(/\blocation\.(?:href\s*=[^=]|assign|replace)\b/g)];
      for (const navigation of navigations) {
        const around = code.slice(Math.max(0, navigation.index - 300), navigation.index + 60);
        expect(around, `${file}: a navigation to somewhere other than runtime.getURL`).toMatch(/(\w+)=[\w.]+\.runtime\.getURL\(\w+\)[\s\S]*contentWindow\.location\.replace\(`\$\{\1\}#\$\{\w+\}`\)/);
      }
      for (const call of code.matchAll(/\bfetch\s*\(([^)]*)\)/g)) {
        const before = code.slice(Math.max(0, call.index - 200), call.index);
        // Either WXT's loadCss (the URL comes from runtime.getURL) or the isolated element's `css.url` branch.
        const ownFile = before.includes('runtime.getURL(`/content-scripts/') || /^(\w+)\.url$/.test(call[1]!.trim());
        expect(ownFile, `${file}: fetch(${call[1]}) after …${before.slice(-80)}`).toBe(true);
      }
    }
  });
});
