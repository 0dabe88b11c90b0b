// The Facebook composers with Guidepost loaded: real Lexical editors in Chromium.
import { describe, expect, it } from 'vitest';
import { replicaPosted, replicaText, type ReplicaAudience } from './harness/replicas';
import { saveScreenshot } from './harness/screenshots';
import { card, closeCards, type ComposerBrowser, editor, expectBadge, expectedCategories, nudge, openCards, reviewPrompt, SAMPLE_PROFILE, setExtensionStorage, typeDraft, useComposerBrowser } from './composer-steps';

const OPINION = 'I think the council should sort out the parking on our road.';
const PRIVACY = 'Visited a tenant today, Mrs J from Elm Street, aged 84.';

const chromium = useComposerBrowser();

const page: ComposerBrowser['open'] = (scenario, options) => chromium.open(scenario, options);

const AUDIENCES: [ReplicaAudience, string, 'public' | 'friends' | 'only-me' | 'custom'][] = [
  ['Public', 'Public: anyone can see this', 'public'],
  ['Friends', 'Friends only, but friends can share it on', 'friends'],
  ['Only me', 'Only you can see this for now', 'only-me'],
  ['Custom', 'Custom audience: people in it can share it on', 'custom'],
];

describe('Facebook Create post', () => {
  it.each(AUDIENCES)('reads the %s audience and says so in the card, without hiding the finding', async (audience, note, value) => {
    const p = await page('fb-post', { audience });
    await typeDraft(p, 'fb-post', PRIVACY);
    const categories = expectedCategories(PRIVACY, { site: 'facebook', audience: value });
    expect(categories).toContain('client-privacy');
    await expectBadge(p, categories.length);
    await openCards(p);
    expect(await card(p, 'Privacy of people we serve').locator('.gp-note').allTextContents()).toContain(note);
    if (audience === 'Public') await saveScreenshot(p, 'fb-post-public-card');
  });

  it('reads attached media and shows it in the card', async () => {
    const p = await page('fb-post', { audience: 'Public', media: true });
    await typeDraft(p, 'fb-post', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY, { site: 'facebook', audience: 'public', media: true }).length);
    await openCards(p);
    const notes = await card(p, 'Privacy of people we serve').locator('.gp-note').allTextContents();
    expect(notes).toEqual(expect.arrayContaining(['Public: anyone can see this', 'Photo or video attached: check who is in it']));
    await saveScreenshot(p, 'fb-post-media-card');
  });

  it('adds the disclaimer through Lexical, so its editor state holds it', async () => {
    const p = await page('fb-post');
    await typeDraft(p, 'fb-post', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    await card(p, 'Personal opinion').getByRole('button', { name: 'Add disclaimer' }).click();
    await expect.poll(() => replicaText(p)).toBe(`${OPINION} ${SAMPLE_PROFILE.disclaimer}`);
    await expectBadge(p, 0);
    await saveScreenshot(p, 'fb-post-fixed');
  });

  it('asks before Post; "Post anyway" posts exactly the text typed, once', async () => {
    const p = await page('fb-post', { audience: 'Public' });
    await typeDraft(p, 'fb-post', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY, { site: 'facebook', audience: 'public' }).length);
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    const prompt = reviewPrompt(p);
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Public: anyone can see this');
    expect(await replicaPosted(p)).toEqual([]);
    await saveScreenshot(p, 'fb-post-review');
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([PRIVACY]);
    await p.waitForTimeout(300);
    expect(await replicaPosted(p)).toEqual([PRIVACY]);
  });

  it.each([
    [undefined, 1],
    ['FernvaleBC', 0],
  ])('acting as %s (own profile or the organisation’s Page) gives %i finding for a work opinion', async (fbActingAs, count) => {
    const p = await page('fb-post', fbActingAs ? { fbActingAs } : {});
    await typeDraft(p, 'fb-post', OPINION);
    await expectBadge(p, count);
  });

  it('takes the Facebook profile-disclaimer setting into account', async () => {
    await setExtensionStorage(chromium.context, {
      settings: { enabled: { x: true, facebook: true }, profileDisclaimer: { x: false, facebook: true }, snoozeUntil: 0 },
    });
    const p = await page('fb-post');
    await typeDraft(p, 'fb-post', OPINION);
    await expectBadge(p, 0);
  });
});

describe('Facebook comments', () => {
  it('holds Enter in a comment box; "Post anyway" sends the same comment once', async () => {
    const p = await page('fb-comment');
    await typeDraft(p, 'fb-comment', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    expect(await card(p, 'Personal opinion').locator('.gp-note').allTextContents()).toContain(
      'Comment: seen by everyone who can see the post',
    );
    await saveScreenshot(p, 'fb-comment-card');
    await closeCards(p);
    await editor(p, 'fb-comment').click();
    await p.keyboard.press('Enter');
    const prompt = reviewPrompt(p);
    await prompt.waitFor();
    expect(await replicaPosted(p)).toEqual([]);
    expect(await replicaText(p)).toBe(OPINION);
    await saveScreenshot(p, 'fb-comment-review');
    await prompt.getByRole('button', { name: 'Comment anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([OPINION]);
    await p.waitForTimeout(300);
    expect(await replicaPosted(p)).toEqual([OPINION]);
  });

  it('lets Shift+Enter make a new line, and Edit keeps the comment as typed', async () => {
    const p = await page('fb-comment');
    await typeDraft(p, 'fb-comment', OPINION);
    await expectBadge(p, 1);
    await p.keyboard.press('Shift+Enter');
    await p.keyboard.type('Second line');
    expect(await reviewPrompt(p).count()).toBe(0);
    await p.keyboard.press('Enter');
    await reviewPrompt(p).waitFor();
    await reviewPrompt(p).getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => reviewPrompt(p).count()).toBe(0);
    expect(await replicaPosted(p)).toEqual([]);
    expect(await replicaText(p)).toBe(`${OPINION}\nSecond line`);
  });

  it('follows the dark theme', async () => {
    const p = await page('fb-comment', { theme: 'dark' });
    await typeDraft(p, 'fb-comment', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    expect(await nudge(p).locator('.gp-composer').getAttribute('class')).toContain('gp-theme-dark');
    await saveScreenshot(p, 'fb-comment-dark-card');
  });
});
