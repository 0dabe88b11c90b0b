// The replica pages must behave like the real composers before any extension test can
// trust them: these run WITHOUT the extension and check the editors' own state.
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from './harness/chromium';
import { egressRequests } from './harness/egress';
import { launchFirefox, type LaunchedFirefox } from './harness/firefox';
import { COMPOSER_SCENARIOS, EDITOR_SELECTORS, openReplica, REPLICA_SCENARIOS, replicaPosted, replicaText, type ReplicaScenario } from './harness/replicas';

let browser: LaunchedChromium;
const pages: Page[] = [];

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

async function open(scenario: ReplicaScenario, options: Parameters<typeof openReplica>[2] = {}): Promise<Page> {
  const page = await openReplica(browser.context, scenario, options);
  pages.push(page);
  return page;
}

async function focusEditor(page: Page, scenario: ReplicaScenario): Promise<void> {
  await page.click(EDITOR_SELECTORS[scenario]);
}

const X_SCENARIOS = COMPOSER_SCENARIOS.filter((s) => s.startsWith('x-'));

// One browser at a time: this suite's Chromium closes before the extension suite starts one.
describe('replicas without the extension', () => {
  beforeAll(async () => {
    browser = await launchChromium({ extension: false });
  });
  afterAll(() => browser?.close());

  describe('every replica editor', () => {
    it.each(COMPOSER_SCENARIOS)('%s: typing updates the editor state', async (scenario) => {
      const page = await open(scenario);
      await focusEditor(page, scenario);
      await page.keyboard.type('Bins go out on Tuesday');
      expect(await replicaText(page)).toBe('Bins go out on Tuesday');
    });

    it.each(COMPOSER_SCENARIOS)('%s: a synthetic text/plain paste lands in the editor state', async (scenario) => {
      const page = await open(scenario);
      await focusEditor(page, scenario);
      await page.keyboard.type('Read this. ');
      await page.evaluate(() => {
        const data = new DataTransfer();
        data.setData('text/plain', 'Views my own.');
        document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await expect.poll(() => replicaText(page)).toBe('Read this. Views my own.');
    });

    it.each(COMPOSER_SCENARIOS)("%s: execCommand('insertText') lands in the editor state", async (scenario) => {
      const page = await open(scenario);
      await focusEditor(page, scenario);
      await page.keyboard.type('Library hours ');
      const accepted = await page.evaluate(() => document.execCommand('insertText', false, 'change in May'));
      expect(accepted).toBe(true);
      await expect.poll(() => replicaText(page)).toBe('Library hours change in May');
    });

    it.each(REPLICA_SCENARIOS)('%s: is served with a CSP that blocks inline script', async (scenario) => {
      const page = await open(scenario);
      const outcome = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (event) => resolve(`blocked ${event.effectiveDirective}`), { once: true });
            const script = document.createElement('script');
            script.textContent = 'window.__inlineRan = true; ';
            document.body.append(script);
            setTimeout(() => resolve((window as { __inlineRan?: boolean }).__inlineRan ? 'ran' : 'silent'), 1000);
          }),
      );
      expect(outcome).toMatch(/^blocked script-src/);
    });
  });

  describe('X replicas', () => {
    it.each(X_SCENARIOS)('%s: Post stays disabled while empty, then a click posts the text and clears the box', async (scenario) => {
      const page = await open(scenario);
      const composer = scenario === 'x-modal' || scenario === 'x-thread' ? page.locator('[aria-modal="true"]') : page.locator('main');
      const button = composer.locator('[data-testid^="tweetButton"]');
      await expect.poll(() => button.getAttribute('aria-disabled')).toBe('true');
      await focusEditor(page, scenario);
      await page.keyboard.type('Fun run on Sunday');
      await expect.poll(() => button.getAttribute('aria-disabled')).toBe('false');
      await button.click();
      expect(await replicaPosted(page)).toEqual(['Fun run on Sunday']);
      if (scenario === 'x-timeline' || scenario === 'x-reply') expect(await replicaText(page)).toBe('');
    });

    it.each(X_SCENARIOS)('%s: Ctrl+Enter posts without a click', async (scenario) => {
      const page = await open(scenario);
      await focusEditor(page, scenario);
      await page.keyboard.type('Swim times changed');
      await page.keyboard.press('Control+Enter');
      expect(await replicaPosted(page)).toEqual(['Swim times changed']);
    });

    it('x-timeline: Enter alone is a new line, not a post', async () => {
      const page = await open('x-timeline');
      await focusEditor(page, 'x-timeline');
      await page.keyboard.type('line one');
      await page.keyboard.press('Enter');
      await page.keyboard.type('line two');
      expect(await replicaText(page)).toBe('line one\nline two');
      expect(await replicaPosted(page)).toEqual([]);
    });

    it('x-reply in Spanish: the button reads Responder and the editor is labelled in Spanish; the test ids are the same', async () => {
      const page = await open('x-reply', { language: 'es' });
      expect(await page.locator('html').getAttribute('lang')).toBe('es-ES');
      await expect.poll(() => page.locator('[data-testid="tweetButtonInline"]').textContent()).toBe('Responder');
      expect(await page.locator('[data-testid="tweetTextarea_0"]').getAttribute('aria-label')).toBe('Texto del post');
    });

    it('a display name holding an @handle shows in the switcher, beside the real handle and avatar', async () => {
      const page = await open('x-timeline', { account: '@jo_smith', displayName: 'Jo (work: @FernvaleBC)' });
      expect(await page.locator('[data-testid="SideNav_AccountSwitcher_Button"]').textContent()).toBe('Jo (work: @FernvaleBC)@jo_smith');
      expect(await page.locator('[data-testid="UserAvatar-Container-jo_smith"]').count()).toBe(1);
    });

    it('x-reply: the inline button reads Reply, on a status URL', async () => {
      const page = await open('x-reply');
      expect(new URL(page.url()).pathname).toMatch(/^\/\w+\/status\/\d+$/);
      await expect.poll(() => page.locator('[data-testid="tweetButtonInline"]').textContent()).toBe('Reply');
    });

    it('x-modal: the modal composer sits in #layers while the timeline box stays, and each keeps its own text', async () => {
      const page = await open('x-modal');
      expect(await page.locator('[data-testid="tweetTextarea_0"]').count()).toBe(2);
      await focusEditor(page, 'x-modal');
      await page.keyboard.type('in the modal');
      expect(await replicaText(page, 0, 'modal')).toBe('in the modal');
      expect(await replicaText(page, 0, 'inline')).toBe('');
      await page.click('[data-testid="tweetButton"]');
      expect(await replicaPosted(page)).toEqual(['in the modal']);
      await expect.poll(() => page.locator('[aria-modal="true"]').count()).toBe(0);
      expect(new URL(page.url()).pathname).toBe('/home');
    });

    it('x-thread: parts are separate editors, Add post grows the thread and Post all posts each part', async () => {
      const page = await open('x-thread');
      await page.click('[data-testid="tweetTextarea_0"] >> nth=1');
      await page.keyboard.type('Part one');
      await page.click('[aria-modal="true"] [data-testid="tweetTextarea_1"]');
      await page.keyboard.type('Part two');
      await page.click('[data-testid="addButton"]');
      await page.locator('[data-testid="tweetTextarea_2"]').waitFor();
      // The new part takes the focus once it has mounted; a writer starts typing when the caret is there.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_2');
      await page.keyboard.type('Part three');
      expect(await Promise.all([0, 1, 2].map((part) => replicaText(page, part)))).toEqual(['Part one', 'Part two', 'Part three']);
      const button = page.locator('[data-testid="tweetButton"]');
      expect(await button.textContent()).toBe('Post all');
      await button.click();
      expect(await replicaPosted(page)).toEqual(['Part one', 'Part two', 'Part three']);
    });

    it('the account, media and dark theme options show as on x.com', async () => {
      const page = await open('x-timeline', { account: '@FernvaleBC', media: true, theme: 'dark' });
      expect(await page.locator('[data-testid="SideNav_AccountSwitcher_Button"]').textContent()).toContain('@FernvaleBC');
      expect(await page.locator('[data-testid="UserAvatar-Container-FernvaleBC"]').count()).toBe(1);
      expect(await page.locator('[data-testid="attachments"] img').count()).toBe(1);
      const look = await page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, scheme: getComputedStyle(document.documentElement).colorScheme }));
      expect(look).toEqual({ background: 'rgb(0, 0, 0)', scheme: 'dark' });
    });

    it('the narrow layout is a plain textarea inside div[data-testid="tweetTextarea_0"]: typing and insertText work, a synthetic paste does not', async () => {
      const page = await open('x-timeline', { layout: 'narrow' });
      expect(await page.locator('[data-testid="tweetTextarea_0"] > textarea').count()).toBe(1);
      expect(await page.locator('.public-DraftEditor-content').count()).toBe(0);
      await page.click('[data-testid="tweetTextarea_0"] > textarea');
      await page.keyboard.type('Pool open ');
      // No editor framework handles paste here, and browsers do not insert for untrusted events.
      await page.evaluate(() => {
        const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
        paste.clipboardData!.setData('text/plain', 'till 8pm. ');
        document.activeElement!.dispatchEvent(paste);
      });
      expect(await replicaText(page)).toBe('Pool open ');
      expect(await page.evaluate(() => document.execCommand('insertText', false, 'till 8pm.'))).toBe(true);
      await expect.poll(() => replicaText(page)).toBe('Pool open till 8pm.');
      await page.keyboard.press('Control+Enter');
      expect(await replicaPosted(page)).toEqual(['Pool open till 8pm.']);
    });

    it('a reply modal shows the post above the editor and its button reads Reply; a quote shows the post below', async () => {
      const reply = await open('x-modal', { modalKind: 'reply' });
      const modal = reply.locator('#layers [aria-modal="true"]');
      expect(await modal.locator('[data-testid="tweetButton"]').textContent()).toBe('Reply');
      expect(await modal.locator('article[data-testid="tweet"] + .replying-to').count()).toBe(1);
      await focusEditor(reply, 'x-modal');
      await reply.keyboard.type('Thursday, usually');
      await modal.locator('[data-testid="tweetButton"]').click();
      expect(await replicaPosted(reply)).toEqual(['Thursday, usually']);

      const quote = await open('x-modal', { modalKind: 'quote' });
      const quoteModal = quote.locator('#layers [aria-modal="true"]');
      expect(await quoteModal.locator('[data-testid="tweetButton"]').textContent()).toBe('Post');
      expect(await quoteModal.locator('.composer + [role="link"] article[data-testid="tweet"]').count()).toBe(1);
    });

    it('attaching a file through fileInput shows attachments; without media there are none', async () => {
      const page = await open('x-timeline');
      expect(await page.locator('[data-testid="attachments"]').count()).toBe(0);
      await page.setInputFiles('main input[data-testid="fileInput"]', { name: 'park.png', mimeType: 'image/png', buffer: Buffer.from('89504e47', 'hex') });
      expect(await page.locator('[data-testid="attachments"] img').count()).toBe(1);
    });

    it('the Post link opens the modal by SPA navigation, without loading a document', async () => {
      const page = await open('x-timeline');
      const documentsBefore = browser.requests.filter((r) => r.resourceType === 'document').length;
      await page.click('[data-testid="SideNav_NewTweet_Button"]');
      await page.locator('#layers [aria-modal="true"] [data-testid="tweetTextarea_0"]').waitFor();
      expect(new URL(page.url()).pathname).toBe('/compose/post');
      await page.click('[data-testid="app-bar-close"]');
      await expect.poll(() => page.locator('[aria-modal="true"]').count()).toBe(0);
      expect(browser.requests.filter((r) => r.resourceType === 'document').length).toBe(documentsBefore);
    });

    it('twitter.com redirects to x.com', async () => {
      const page = await browser.context.newPage();
      pages.push(page);
      await page.goto('https://twitter.com/home');
      await page.locator(EDITOR_SELECTORS['x-timeline']).waitFor();
      expect(page.url()).toBe('https://x.com/home');
    });
  });

  describe('Facebook replicas', () => {
    const dialog = '[role="dialog"][aria-label="Create post"]';
    const postButton = `${dialog} div[role="button"][aria-label="Post"]`;

    it('fb-post: Post is aria-disabled until there is text; posting records it and closes the dialog', async () => {
      const page = await open('fb-post');
      expect(await page.getAttribute(postButton, 'aria-disabled')).toBe('true');
      await page.click(postButton, { force: true });
      expect(await replicaPosted(page)).toEqual([]);
      await focusEditor(page, 'fb-post');
      await page.keyboard.type('Leisure centre reopens');
      await expect.poll(() => page.getAttribute(postButton, 'aria-disabled')).toBe('false');
      await page.click(postButton);
      expect(await replicaPosted(page)).toEqual(['Leisure centre reopens']);
      expect(await page.locator(dialog).count()).toBe(0);
      await page.click('div[role="button"][aria-label="Create a post"]');
      await page.locator(EDITOR_SELECTORS['fb-post']).waitFor();
      expect(await replicaText(page)).toBe('');
    });

    it('fb-post: the audience button changes its label when a writer picks another audience', async () => {
      const page = await open('fb-post', { audience: 'Friends' });
      const audience = page.locator(`${dialog} div[role="button"][aria-label^="Edit privacy"]`);
      expect(await audience.getAttribute('aria-label')).toBe('Edit privacy. Sharing with Friends.');
      await audience.click();
      await page.click('[role="radiogroup"][aria-label="Post audience"] [role="radio"]:text-is("Public")');
      expect(await audience.getAttribute('aria-label')).toBe('Edit privacy. Sharing with Public.');
      await audience.click();
      await page.click('[role="radio"]:text-is("Only me")');
      expect(await audience.getAttribute('aria-label')).toBe('Edit privacy. Sharing with Only me.');
    });

    it('fb-post: media (a blob: preview with its remove button), acting-as-Page and dark theme options show in the page', async () => {
      const page = await open('fb-post', { media: true, fbActingAs: 'Fernvale Leisure', theme: 'dark' });
      expect(await page.locator(`${dialog} img[src^="blob:"]`).count()).toBe(1);
      expect(await page.locator(`${dialog} [role="button"][aria-label="Remove post attachment"]`).count()).toBe(1);
      expect(await page.locator(`${dialog} .identity-name`).textContent()).toBe('Fernvale Leisure');
      // The top bar's "Your profile" shows a picture, never a name.
      expect(await page.locator('[role="banner"] [aria-label="Your profile"]').textContent()).toBe('');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
      await page.click(`${dialog} [aria-label="Remove post attachment"]`);
      expect(await page.locator(`${dialog} img[src^="blob:"]`).count()).toBe(0);
    });

    it('fb-post: a video attached shows as a blob: video; a file chosen through Photo/video shows its preview', async () => {
      const video = await open('fb-post', { media: true, mediaKind: 'video' });
      expect(await video.locator(`${dialog} video[src^="blob:"]`).count()).toBe(1);
      const page = await open('fb-post');
      await page.setInputFiles(`${dialog} input[type="file"]`, { name: 'fete.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
      expect(await page.locator(`${dialog} img[src^="blob:"]`).count()).toBe(1);
    });

    it('fb-post with fbNextStep: Next leads to Post settings in the same dialog, without the editor; its Post posts the draft', async () => {
      const page = await open('fb-post', { fbActingAs: 'Fernvale Leisure', fbNextStep: true });
      expect(await page.locator(postButton).count()).toBe(0);
      await focusEditor(page, 'fb-post');
      await page.keyboard.type('Pool reopens Monday');
      await page.click(`${dialog} div[role="button"][aria-label="Next"]`);
      expect(await page.locator(`${dialog} h2`).textContent()).toBe('Post settings');
      expect(await page.locator(EDITOR_SELECTORS['fb-post']).count()).toBe(0);
      expect(await replicaPosted(page)).toEqual([]);
      await page.click(postButton);
      expect(await replicaPosted(page)).toEqual(['Pool reopens Monday']);
    });

    it('fb-post in French: every label is French, the markup the same', async () => {
      const page = await open('fb-post', { language: 'fr', audience: 'Public', fbNextStep: true });
      const french = '[role="dialog"][aria-label="Créer une publication"]';
      expect(await page.locator('html').getAttribute('lang')).toBe('fr-FR');
      expect(await page.locator(`${french} [role="button"][aria-label="Modifier la confidentialité. Partagé avec Public."]`).count()).toBe(1);
      await focusEditor(page, 'fb-post');
      await page.keyboard.type('La piscine rouvre lundi');
      await page.click(`${french} [role="button"][aria-label="Suivant"]`);
      expect(await page.locator(`${french} h2`).textContent()).toBe('Paramètres de publication');
      await page.click(`${french} [role="button"][aria-label="Publier"]`);
      expect(await replicaPosted(page)).toEqual(['La piscine rouvre lundi']);
    });

    it('fb-post: without the options, the writer posts as their own profile with no media', async () => {
      const page = await open('fb-post');
      expect(await page.locator(`${dialog} img[src^="blob:"], ${dialog} video`).count()).toBe(0);
      expect(await page.locator(`${dialog} .identity-name`).textContent()).toBe('Jo Smith');
    });

    it('fb-comment: Enter submits the comment and clears the box; Shift+Enter is a new line', async () => {
      const page = await open('fb-comment');
      await focusEditor(page, 'fb-comment');
      await page.keyboard.type('First line');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('second line');
      expect(await replicaText(page)).toBe('First line\nsecond line');
      expect(await replicaPosted(page)).toEqual([]);
      await page.keyboard.press('Enter');
      expect(await replicaPosted(page)).toEqual(['First line\nsecond line']);
      await expect.poll(() => replicaText(page)).toBe('');
    });

    it('fb-comment: the send control sits in #focused-state-composer-submit while the box has focus or text, and is drawn afresh when focus leaves', async () => {
      const page = await open('fb-comment');
      const send = '#focused-state-composer-submit [role="button"]';
      expect(await page.locator(send).count()).toBe(0);
      expect(await page.locator('form [data-lexical-editor="true"] + .placeholder').textContent()).toBe('Comment as Jo Smith');
      await focusEditor(page, 'fb-comment');
      await page.keyboard.type('Lovely news');
      expect(await page.locator('form .placeholder').count()).toBe(0);
      const before = await page.locator(send).elementHandle();
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      expect(await before!.evaluate((node) => node.isConnected)).toBe(false);
      await page.click(send);
      expect(await replicaPosted(page)).toEqual(['Lovely news']);
      // The post's own "Comment" button only opens the box.
      await page.click('[role="group"] [aria-label="Leave a comment"]');
      expect(await replicaPosted(page)).toEqual(['Lovely news']);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-lexical-editor'))).toBe('true');
    });

    it('fb-comment: while the mention typeahead is open, Enter picks the person and sends nothing', async () => {
      const page = await open('fb-comment');
      await focusEditor(page, 'fb-comment');
      await page.keyboard.type('Thanks @Sa');
      await expect.poll(() => page.locator(EDITOR_SELECTORS['fb-comment']).getAttribute('aria-activedescendant')).toBe('typeahead-item-0');
      await page.keyboard.press('Enter');
      expect(await replicaPosted(page)).toEqual([]);
      await expect.poll(() => replicaText(page)).toBe('Thanks Sam Patel ');
      expect(await page.locator(EDITOR_SELECTORS['fb-comment']).getAttribute('aria-activedescendant')).toBeNull();
      await page.keyboard.press('Enter');
      expect(await replicaPosted(page)).toEqual(['Thanks Sam Patel ']);
    });

    it('fb-comment in French: the box, its placeholder and its send control are French', async () => {
      const page = await open('fb-comment', { language: 'fr', fbActingAs: 'Fernvale Leisure' });
      expect(await page.locator('form [aria-label="Écrivez un commentaire…"]').count()).toBe(1);
      expect(await page.locator('form .placeholder').textContent()).toBe('Commenter en tant que Fernvale Leisure');
      await focusEditor(page, 'fb-comment');
      await page.keyboard.type('Bravo');
      expect(await page.locator('#focused-state-composer-submit [role="button"]').getAttribute('aria-label')).toBe('Commenter');
    });

    it('fb-comment: an empty Enter posts nothing', async () => {
      const page = await open('fb-comment');
      await focusEditor(page, 'fb-comment');
      await page.keyboard.press('Enter');
      expect(await replicaPosted(page)).toEqual([]);
    });
  });

  describe('routing', () => {
    it('answers every other request locally with 404 and logs its method and body', async () => {
      const page = await open('fb-post');
      const status = await page.evaluate(async () => (await fetch('https://www.facebook.com/api/graphql/', { method: 'POST', body: 'probe=1' })).status);
      expect(status).toBe(404);
      expect(browser.requests).toContainEqual(expect.objectContaining({ url: 'https://www.facebook.com/api/graphql/', method: 'POST', postData: 'probe=1' }));
    });
  });
});

describe('the harness with the built extension', () => {
  let withExtension: LaunchedChromium;
  beforeAll(async () => {
    withExtension = await launchChromium();
  });
  afterAll(() => withExtension?.close());

  it('finds the extension id from its service worker and logs what the worker sends', async () => {
    expect(withExtension.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = withExtension.context.serviceWorkers().find((sw) => sw.url().includes(withExtension.extensionId!))!;
    const status = await worker.evaluate(async () => (await fetch('https://packs.example.org/probe.json', { method: 'POST', body: 'from-worker' })).status);
    expect(status).toBe(404);
    expect(withExtension.requests).toContainEqual(
      expect.objectContaining({ url: 'https://packs.example.org/probe.json', method: 'POST', postData: 'from-worker', fromServiceWorker: true }),
    );
  });

  it('sends nothing anywhere while drafts are typed and checked on both sites', async () => {
    const before = withExtension.requests.length;
    for (const scenario of ['x-timeline', 'fb-comment'] as const) {
      const page = await openReplica(withExtension.context, scenario);
      pages.push(page);
      await focusEditor(page, scenario);
      await page.keyboard.type('Met a tenant, Mrs Q, 91, at 4 Ash Row today. The council is a shambles.');
      await expect.poll(() => page.evaluate(() => document.querySelector('guidepost-overlay')?.shadowRoot?.querySelector('iframe[data-guidepost="nudge"]:not([hidden])') != null)).toBe(true);
    }
    await new Promise((settle) => setTimeout(settle, 2_000));
    const sent = egressRequests(withExtension.requests.slice(before));
    expect(sent).toEqual([]);
    // The check itself can fail: a request from the page would be caught.
    expect(egressRequests([{ url: 'https://x.com/i/api/graphql', method: 'POST', postData: 'x', resourceType: 'fetch', fromServiceWorker: false }])).toHaveLength(1);
  });

  it.each(['x-timeline', 'fb-post'] as const)('%s: the content script shows its frames under the site CSP without violations', async (scenario) => {
    const violations: string[] = [];
    withExtension.context.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    const page = await openReplica(withExtension.context, scenario);
    pages.push(page);
    await focusEditor(page, scenario);
    await page.keyboard.type('Parks team planting bulbs today');
    const uiVisible = () =>
      page.evaluate(() => {
        const frame = document.querySelector('guidepost-overlay')?.shadowRoot?.querySelector('iframe[data-guidepost="nudge"]');
        return (frame?.getBoundingClientRect().width ?? 0) > 0;
      });
    await expect.poll(uiVisible, { timeout: 15_000 }).toBe(true);
    expect(violations).toEqual([]);
  });
});

// puppeteer's Page: evaluate() takes its arguments after the function.
const firefoxText = (page: FirefoxPage) => page.evaluate(() => window.__replica!.getText());
const firefoxPosted = (page: FirefoxPage) => page.evaluate(() => [...window.__replica!.posted]);

describe('replicas in Firefox ESR', () => {
  let firefox: LaunchedFirefox;
  beforeAll(async () => {
    firefox = await launchFirefox({ extension: false });
  });
  afterAll(() => firefox?.close());

  it.each(COMPOSER_SCENARIOS)('%s: typing, a text/plain paste and insertText all land in the editor state', async (scenario) => {
    const page = await firefox.openReplica(scenario);
    try {
      await page.click(EDITOR_SELECTORS[scenario]);
      await page.keyboard.type('Hall booked. ');
      await page.evaluate(() => {
        // Firefox empties a DataTransfer handed to the ClipboardEvent constructor: the text must
        // be set on the event's own clipboardData (this form works in Chromium too).
        const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
        paste.clipboardData!.setData('text/plain', 'Tea at 3. ');
        document.activeElement!.dispatchEvent(paste);
      });
      await expect.poll(() => firefoxText(page)).toBe('Hall booked. Tea at 3. ');
      expect(await page.evaluate(() => document.execCommand('insertText', false, 'All welcome.'))).toBe(true);
      await expect.poll(() => firefoxText(page)).toBe('Hall booked. Tea at 3. All welcome.');
    } finally {
      await page.close();
    }
  });

  it('x-timeline: Ctrl+Enter posts; fb-comment: Enter submits', async () => {
    const x = await firefox.openReplica('x-timeline');
    await x.click(EDITOR_SELECTORS['x-timeline']);
    await x.keyboard.type('Road closed for the parade');
    await x.keyboard.down('Control');
    await x.keyboard.press('Enter');
    await x.keyboard.up('Control');
    expect(await firefoxPosted(x)).toEqual(['Road closed for the parade']);
    await x.close();

    const fb = await firefox.openReplica('fb-comment');
    await fb.click(EDITOR_SELECTORS['fb-comment']);
    await fb.keyboard.type('See you there');
    await fb.keyboard.press('Enter');
    expect(await firefoxPosted(fb)).toEqual(['See you there']);
    await fb.close();
  });

  it('answers every other request locally and logs it', async () => {
    const page = await firefox.openReplica('fb-post');
    const status = await page.evaluate(async () => (await fetch('https://www.facebook.com/ajax/probe', { method: 'POST', body: 'ff=1' })).status);
    expect(status).toBe(404);
    expect(firefox.requests).toContainEqual(expect.objectContaining({ url: 'https://www.facebook.com/ajax/probe', method: 'POST' }));
    await page.close();
  });
});

describe('the Firefox harness with the built extension', () => {
  let firefox: LaunchedFirefox;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(() => firefox?.close());

  it.each(['x-timeline', 'fb-post'] as const)('%s: the content script shows its frames under the site CSP', async (scenario) => {
    expect(firefox.extensionId).toBe('guidepost@guidepost.example');
    const page = await firefox.openReplica(scenario);
    try {
      await page.click(EDITOR_SELECTORS[scenario]);
      await page.keyboard.type('Parks team planting bulbs today');
      const uiVisible = () =>
        page.evaluate(() => {
          const frame = document.querySelector('guidepost-overlay')?.shadowRoot?.querySelector('iframe[data-guidepost="nudge"]');
          return (frame?.getBoundingClientRect().width ?? 0) > 0;
        });
      await expect.poll(uiVisible, { timeout: 15_000 }).toBe(true);
    } finally {
      await page.close();
    }
  });
});
