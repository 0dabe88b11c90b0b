// The X composers with Guidepost loaded: real Draft.js editors in Chromium, typed into like a writer.
import { describe, expect, it } from 'vitest';
import { replicaPosted, replicaText } from './harness/replicas';
import { saveScreenshot } from './harness/screenshots';
import { badge, badgeFrames, card, closeCards, type ComposerBrowser, editor, expectBadge, expectedCategories, focusedText, nudge, openCards, reviewPrompt, SAMPLE_PROFILE, setExtensionStorage, typeDraft, useComposerBrowser } from './composer-steps';

const OPINION = 'I think the council should sort out the parking on our road.';
const PRIVACY = 'Visited a tenant today, Mrs J from Elm Street, aged 84.';
const CLEAN = 'Lovely walk along the river this morning with the dog.';

const chromium = useComposerBrowser();

const page: ComposerBrowser['open'] = (scenario, options) => chromium.open(scenario, options);

describe('X composers', () => {
  it('finds what these drafts are meant to show (the engine agrees with the test’s drafts)', () => {
    expect(expectedCategories(OPINION)).toEqual(['opinion-disclaimer']);
    expect(expectedCategories(OPINION, { account: 'organisation' })).toEqual([]);
    expect(expectedCategories(OPINION, { profileDisclaimer: true })).toEqual([]);
    expect(expectedCategories(PRIVACY)).toContain('client-privacy');
    expect(expectedCategories(CLEAN)).toEqual([]);
  });

  it('shows a count badge and a card with the words, guidance and fix, then adds the disclaimer into Draft.js state', async () => {
    const p = await page('x-timeline');
    await typeDraft(p, 'x-timeline', OPINION);
    const badge = await expectBadge(p, 1);
    expect(await badge.getAttribute('class')).toContain('gp-badge--warn');
    await saveScreenshot(p, 'x-timeline-badge');

    await openCards(p);
    const opinion = card(p, 'Personal opinion');
    await expect.poll(() => opinion.textContent()).toContain('personal opinion');
    // The words that drove the judgement, neighbours joined: the opinion marker is among them.
    expect((await opinion.locator('.gp-word').allTextContents()).some((words) => words.includes('I think'))).toBe(true);
    expect(await opinion.locator('.gp-guidance__title').textContent()).toBeTruthy();
    await opinion.getByRole('button', { name: 'Read more' }).click();
    expect(await opinion.locator('.gp-guidance__body').textContent()).toMatch(/Instead:/);
    await saveScreenshot(p, 'x-timeline-card');

    await opinion.getByRole('button', { name: 'Add disclaimer' }).click();
    await expect.poll(() => replicaText(p)).toBe(`${OPINION} ${SAMPLE_PROFILE.disclaimer}`);
    await expectBadge(p, 0);
    expect(await nudge(p).locator('.gp-outcome--ok').textContent()).toContain('Added to your draft');
    await saveScreenshot(p, 'x-timeline-fixed');
  });

  it('asks before posting from the modal, and "Post anyway" posts exactly the text typed, once', async () => {
    const p = await page('x-modal');
    await typeDraft(p, 'x-modal', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY).length);
    await p.locator('#layers [data-testid="tweetButton"]').click();
    const prompt = reviewPrompt(p);
    await prompt.waitFor();
    expect(await prompt.getAttribute('role')).toBe('dialog');
    expect(await prompt.getAttribute('aria-modal')).toBe('true');
    expect(await prompt.textContent()).toContain('Privacy of people we serve');
    expect(await replicaPosted(p)).toEqual([]);
    await saveScreenshot(p, 'x-modal-review');

    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([PRIVACY]);
    await p.waitForTimeout(300);
    expect(await replicaPosted(p)).toEqual([PRIVACY]);
  });

  it('holds Ctrl+Enter too; Escape means Edit and puts the writer back in the editor with nothing lost', async () => {
    const p = await page('x-timeline');
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await p.keyboard.press('Control+Enter');
    const prompt = reviewPrompt(p);
    await prompt.waitFor();
    // Focus is inside the prompt, on Edit, and Tab stays inside it.
    const promptFrame = nudge(p);
    await expect.poll(() => focusedText(promptFrame)).toBe('Edit');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    await expect.poll(() => focusedText(promptFrame)).toBe('Edit');
    await p.keyboard.press('Escape');
    await expect.poll(() => reviewPrompt(p).count()).toBe(0);
    expect(await editor(p, 'x-timeline').evaluate((e) => e.contains(document.activeElement))).toBe(true);
    expect(await replicaPosted(p)).toEqual([]);
    expect(await replicaText(p)).toBe(OPINION);
    // Typing carries on where it was.
    await p.keyboard.type(' Thanks');
    await expect.poll(() => replicaText(p)).toBe(`${OPINION} Thanks`);
  });

  it('posts a clean draft at once, without asking', async () => {
    const p = await page('x-timeline');
    await typeDraft(p, 'x-timeline', CLEAN);
    await expectBadge(p, 0);
    await p.keyboard.press('Control+Enter');
    await expect.poll(() => replicaPosted(p)).toEqual([CLEAN]);
    expect(await reviewPrompt(p).count()).toBe(0);
  });

  it('reads a reply and says so in the card', async () => {
    const p = await page('x-reply');
    await typeDraft(p, 'x-reply', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY, { reply: true }).length);
    await openCards(p);
    expect(await card(p, 'Privacy of people we serve').locator('.gp-note').allTextContents()).toContain(
      'Reply: seen by everyone in the conversation',
    );
    await saveScreenshot(p, 'x-reply-card');
  });

  it('reads a Spanish reply as a reply: the card and the prompt say reply, and "Reply anyway" sends it once', async () => {
    const p = await page('x-reply', { language: 'es' });
    await typeDraft(p, 'x-reply', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY, { reply: true }).length);
    await openCards(p);
    expect(await card(p, 'Privacy of people we serve').locator('.gp-note').allTextContents()).toContain('Reply: seen by everyone in the conversation');
    await closeCards(p);
    await p.getByRole('button', { name: 'Responder', exact: true }).click();
    const prompt = reviewPrompt(p);
    await prompt.waitFor();
    expect(await prompt.locator('h2').textContent()).toBe('Before you send this reply');
    await saveScreenshot(p, 'x-reply-es-review');
    await prompt.getByRole('button', { name: 'Reply anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([PRIVACY]);
  });

  it('reads a Spanish reply modal opened from the timeline as a reply too', async () => {
    const p = await page('x-modal', { language: 'es', modalKind: 'reply' });
    await typeDraft(p, 'x-modal', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY, { reply: true }).length);
    await p.locator('#layers [data-testid="tweetButton"]').click();
    expect(await reviewPrompt(p).locator('h2').textContent()).toBe('Before you send this reply');
  });

  it('reads the account from the switcher’s avatar, not a display name that holds the organisation’s @handle', async () => {
    const p = await page('x-timeline', { account: '@jo_smith', displayName: 'Jo (work: @FernvaleBC)' });
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
  });

  it('reads attached media and says so in the card', async () => {
    const p = await page('x-modal', { media: true });
    await typeDraft(p, 'x-modal', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY, { media: true }).length);
    await openCards(p);
    expect(await card(p, 'Privacy of people we serve').locator('.gp-note').allTextContents()).toContain(
      'Photo or video attached: check who is in it',
    );
  });

  it('watches every part of a thread and scopes "Post all" to them', async () => {
    const p = await page('x-thread');
    await typeDraft(p, 'x-thread', CLEAN);
    await p.locator('#layers [data-testid="tweetTextarea_1"]').click();
    await p.keyboard.type(OPINION);
    await expectBadge(p, 1, 1);
    await p.locator('#layers [data-testid="tweetButton"]').click();
    await reviewPrompt(p).waitFor();
    await reviewPrompt(p).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([CLEAN, OPINION]);
  });

  it('keeps watching after SPA navigation: the modal opened from the timeline, and the box after it closes', async () => {
    const p = await page('x-timeline');
    await typeDraft(p, 'x-timeline', CLEAN);
    await expectBadge(p, 0);
    await p.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    const modalEditor = p.locator('#layers [data-testid="tweetTextarea_0"]');
    await modalEditor.click();
    await p.keyboard.type(OPINION);
    await expect.poll(() => badgeFrames(p).count()).toBe(2);
    await p.locator('#layers [data-testid="tweetButton"]').click();
    await reviewPrompt(p).waitFor();
    expect(p.url()).toBe('https://x.com/compose/post');
    await reviewPrompt(p).getByRole('button', { name: 'Edit' }).click();
    await p.locator('[data-testid="app-bar-close"]').click();
    await expect.poll(() => badgeFrames(p).count()).toBe(1);
    await expectBadge(p, 0);
  });

  it.each([
    ['@jo_smith', 1],
    ['@FernvaleBC', 0],
  ])('posting as %s (personal or the organisation) gives %i finding for a work opinion', async (account, count) => {
    const p = await page('x-timeline', { account });
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, count);
  });

  it('takes the "my profile says my views are my own" setting into account, live', async () => {
    const p = await page('x-timeline');
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await setExtensionStorage(chromium.context, {
      settings: { enabled: { x: true, facebook: true }, profileDisclaimer: { x: true, facebook: false }, snoozeUntil: 0 },
    });
    await expectBadge(p, 0);
  });

  it('steps aside entirely when switched off for X', async () => {
    await setExtensionStorage(chromium.context, {
      settings: { enabled: { x: false, facebook: true }, profileDisclaimer: { x: false, facebook: false }, snoozeUntil: 0 },
    });
    const p = await page('x-timeline');
    await typeDraft(p, 'x-timeline', OPINION);
    await p.waitForTimeout(800);
    expect(await badgeFrames(p).count()).toBe(0);
    await p.keyboard.press('Control+Enter');
    await expect.poll(() => replicaPosted(p)).toEqual([OPINION]);
  });

  it('dismisses a finding for this draft, and posts without asking about it', async () => {
    const p = await page('x-timeline');
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    await card(p, 'Personal opinion').getByRole('button', { name: 'Dismiss' }).click();
    await expectBadge(p, 0);
    await closeCards(p).catch(() => undefined);
    await editor(p, 'x-timeline').click();
    await p.keyboard.press('Control+Enter');
    await expect.poll(() => replicaPosted(p)).toEqual([OPINION]);
  });

  it('offers to copy the disclaimer when the editor refuses it, and leaves the draft as it was', async () => {
    await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    const p = await page('x-timeline');
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    // An editor that refuses every programmatic insertion, as a future version of the site might:
    // it swallows pastes, and puts its DOM back after any other input.
    await editor(p, 'x-timeline').evaluate((e) => {
      const before = e.innerHTML;
      for (const type of ['paste', 'beforeinput', 'textInput']) {
        e.addEventListener(type, (event) => { event.preventDefault(); event.stopImmediatePropagation(); }, true);
      }
      e.addEventListener('input', (event) => { event.stopImmediatePropagation(); e.innerHTML = before; }, true);
    });
    await openCards(p);
    await card(p, 'Personal opinion').getByRole('button', { name: 'Add disclaimer' }).click();
    const copy = nudge(p).getByRole('button', { name: 'Copy disclaimer' });
    await copy.waitFor();
    expect(await replicaText(p)).toBe(OPINION);
    await saveScreenshot(p, 'x-timeline-copy-fallback');
    await copy.click();
    await expect.poll(() => p.evaluate(() => navigator.clipboard.readText())).toBe(SAMPLE_PROFILE.disclaimer);
    expect(await replicaText(p)).toBe(OPINION);
  });

  it('waits for an IME composition to end before checking', async () => {
    const p = await page('x-timeline');
    await editor(p, 'x-timeline').click();
    await expectBadge(p, 0);
    await editor(p, 'x-timeline').evaluate((e) => e.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' })));
    await p.keyboard.type(OPINION);
    await p.waitForTimeout(1000);
    expect(await badge(p).getAttribute('aria-label')).toMatch(/nothing to check/);
    await editor(p, 'x-timeline').evaluate((e) => e.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' })));
    await expectBadge(p, 1);
  });

  it('follows the site’s dark theme', async () => {
    const p = await page('x-timeline', { theme: 'dark' });
    await typeDraft(p, 'x-timeline', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY).length);
    await openCards(p);
    expect(await nudge(p).locator('.gp-composer').getAttribute('class')).toContain('gp-theme-dark');
    await saveScreenshot(p, 'x-timeline-dark-card');
  });
});
