// The Facebook composers with Guidepost loaded: real Lexical editors in Chromium.
import { describe, expect, it } from 'vitest';
import { EDITOR_SELECTORS, replicaPosted, replicaText, type ReplicaAudience } from './harness/replicas';
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
    ['Fernvale Borough Council', 0],
    ['Fernvale Leisure', 0],
  ])('acting as %s (own profile or one of the organisation’s Pages, named in the dialog header) gives %i finding for a work opinion', async (fbActingAs, count) => {
    const p = await page('fb-post', fbActingAs ? { fbActingAs } : {});
    await typeDraft(p, 'fb-post', OPINION);
    await expectBadge(p, count);
  });

  it('reads a photo chosen through Photo/video from its blob: preview, and a video the same way', async () => {
    const p = await page('fb-post', { audience: 'Public' });
    await typeDraft(p, 'fb-post', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY, { site: 'facebook', audience: 'public' }).length);
    await p.setInputFiles('[role="dialog"] input[type="file"]', { name: 'visit.png', mimeType: 'image/png', buffer: Buffer.from('png') });
    await expectBadge(p, expectedCategories(PRIVACY, { site: 'facebook', audience: 'public', media: true }).length);
    await openCards(p);
    // The preview changes the page, not the text: the draft is read again after the usual pause.
    await expect.poll(() => card(p, 'Privacy of people we serve').locator('.gp-note').allTextContents()).toContain('Photo or video attached: check who is in it');
    await saveScreenshot(p, 'fb-post-photo-preview-card');

    const video = await page('fb-post', { audience: 'Public', media: true, mediaKind: 'video' });
    await typeDraft(video, 'fb-post', PRIVACY);
    await expectBadge(video, expectedCategories(PRIVACY, { site: 'facebook', audience: 'public', media: true }).length);
    await openCards(video);
    expect(await card(video, 'Privacy of people we serve').locator('.gp-note').allTextContents()).toContain('Photo or video attached: check who is in it');
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

describe('Facebook Create post on a Page: Next, then Post settings', () => {
  it('watches the draft before Next, lets Next through, and holds the final Post for it; "Post anyway" posts once', async () => {
    const p = await page('fb-post', { fbNextStep: true, fbActingAs: 'Fernvale Leisure', audience: 'Public' });
    await typeDraft(p, 'fb-post', PRIVACY);
    const categories = expectedCategories(PRIVACY, { site: 'facebook', audience: 'public', account: 'organisation' });
    expect(categories).toContain('client-privacy');
    await expectBadge(p, categories.length);
    await p.getByRole('button', { name: 'Next', exact: true }).click();
    // Post settings: the editor has gone, nothing was held.
    await expect.poll(() => p.locator(EDITOR_SELECTORS['fb-post']).count()).toBe(0);
    expect(await reviewPrompt(p).count()).toBe(0);
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    const prompt = reviewPrompt(p);
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Privacy of people we serve');
    expect(await prompt.textContent()).toContain("Posting as your organisation's account");
    expect(await replicaPosted(p)).toEqual([]);
    await saveScreenshot(p, 'fb-post-settings-review');
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([PRIVACY]);
    await p.waitForTimeout(300);
    expect(await replicaPosted(p)).toEqual([PRIVACY]);
  });

  it('Edit at the final step keeps the draft unposted, and the next Post asks again', async () => {
    const p = await page('fb-post', { fbNextStep: true });
    await typeDraft(p, 'fb-post', OPINION);
    await expectBadge(p, 1);
    await p.getByRole('button', { name: 'Next', exact: true }).click();
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    await reviewPrompt(p).getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => reviewPrompt(p).count()).toBe(0);
    expect(await replicaPosted(p)).toEqual([]);
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    await reviewPrompt(p).waitFor();
    await reviewPrompt(p).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([OPINION]);
  });
});

describe('Facebook in French', () => {
  it('holds "Publier" in the "Créer une publication" dialog, with the audience read from French', async () => {
    const p = await page('fb-post', { language: 'fr', audience: 'Public' });
    await typeDraft(p, 'fb-post', PRIVACY);
    await expectBadge(p, expectedCategories(PRIVACY, { site: 'facebook', audience: 'public' }).length);
    await p.getByRole('button', { name: 'Publier', exact: true }).click();
    const prompt = reviewPrompt(p);
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Public: anyone can see this');
    expect(await replicaPosted(p)).toEqual([]);
    await saveScreenshot(p, 'fb-post-fr-review');
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([PRIVACY]);
  });

  it('holds a Page’s French Next flow at "Publier" on "Paramètres de publication"', async () => {
    const p = await page('fb-post', { language: 'fr', fbNextStep: true });
    await typeDraft(p, 'fb-post', OPINION);
    await expectBadge(p, 1);
    await p.getByRole('button', { name: 'Suivant', exact: true }).click();
    await p.getByRole('button', { name: 'Publier', exact: true }).click();
    await reviewPrompt(p).waitFor();
    expect(await replicaPosted(p)).toEqual([]);
  });

  it('reads "Commenter en tant que <Page>" and sends through "Commenter"', async () => {
    const asPage = await page('fb-comment', { language: 'fr', fbActingAs: 'Fernvale Leisure' });
    await typeDraft(asPage, 'fb-comment', OPINION);
    await expectBadge(asPage, 0);
    const asSelf = await page('fb-comment', { language: 'fr' });
    await typeDraft(asSelf, 'fb-comment', OPINION);
    await expectBadge(asSelf, 1);
    await asSelf.getByRole('button', { name: 'Commenter', exact: true }).click();
    await reviewPrompt(asSelf).waitFor();
    await reviewPrompt(asSelf).getByRole('button', { name: 'Comment anyway' }).click();
    await expect.poll(() => replicaPosted(asSelf)).toEqual([OPINION]);
  });
});

describe('Facebook comments', () => {
  it('holds Enter in a comment box; "Comment anyway" sends it once through the send control the page drew again', async () => {
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
    // The prompt took the focus: Facebook drew its send control again, and Guidepost clicks the new one.
    await prompt.getByRole('button', { name: 'Comment anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([OPINION]);
    await p.waitForTimeout(300);
    expect(await replicaPosted(p)).toEqual([OPINION]);
  });

  it('holds a click on the real send control (#focused-state-composer-submit), never on the post’s own Comment button', async () => {
    const p = await page('fb-comment');
    await typeDraft(p, 'fb-comment', OPINION);
    await expectBadge(p, 1);
    await p.locator('[role="group"] [aria-label="Leave a comment"]').click();
    expect(await reviewPrompt(p).count()).toBe(0);
    await p.locator('#focused-state-composer-submit [role="button"]').click();
    await reviewPrompt(p).waitFor();
    expect(await replicaPosted(p)).toEqual([]);
    await reviewPrompt(p).getByRole('button', { name: 'Comment anyway' }).click();
    await expect.poll(() => replicaPosted(p)).toEqual([OPINION]);
  });

  it('lets Enter pick a mention while the typeahead is open, then holds the Enter that sends', async () => {
    const p = await page('fb-comment');
    await typeDraft(p, 'fb-comment', `${OPINION} Thanks @Sa`);
    await expect.poll(() => p.locator(EDITOR_SELECTORS['fb-comment']).getAttribute('aria-activedescendant')).toBe('typeahead-item-0');
    await p.keyboard.press('Enter');
    await expect.poll(() => replicaText(p)).toBe(`${OPINION} Thanks Sam Patel `);
    expect(await reviewPrompt(p).count()).toBe(0);
    await p.keyboard.press('Enter');
    await reviewPrompt(p).waitFor();
    expect(await replicaPosted(p)).toEqual([]);
  });

  it.each([
    [undefined, 1],
    ['Fernvale Leisure', 0],
  ])('commenting as %s ("Comment as <Name>", kept once the placeholder goes) gives %i finding for a work opinion', async (fbActingAs, count) => {
    const p = await page('fb-comment', fbActingAs ? { fbActingAs } : {});
    await typeDraft(p, 'fb-comment', OPINION);
    await expectBadge(p, count);
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
