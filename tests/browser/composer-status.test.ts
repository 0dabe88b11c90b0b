// What the content script tells the popup, and what it counts locally: findings and the words
// behind them, never the draft itself.
import { describe, expect, it } from 'vitest';
import type { DraftStatus } from '../../utils/messages';
import { askDraftStatus, card, expectBadge, getExtensionStorage, openCards, setExtensionStorage, typeDraft, useComposerBrowser } from './composer-steps';

const OPINION = 'I think the council should sort out the parking on our road.';
const PRIVACY = 'Visited a tenant today, Mrs J from Elm Street, aged 84.';

const chromium = useComposerBrowser();

describe('the popup’s view of the drafts in a tab', () => {
  it('lists each composer with its context and findings, and never the draft text', async () => {
    const p = await chromium.open('fb-post', { audience: 'Public', media: true });
    await typeDraft(p, 'fb-post', PRIVACY);
    await expectBadge(p, 1);
    const [status] = (await askDraftStatus(chromium.context)) as DraftStatus[];
    expect(status).toMatchObject({ site: 'facebook', watching: true });
    expect(status!.composers).toHaveLength(1);
    const [composer] = status!.composers;
    expect(composer).toMatchObject({
      site: 'facebook',
      label: 'Post',
      length: PRIVACY.length,
      context: { site: 'facebook', account: 'personal', audience: 'public', media: true, reply: false },
    });
    expect(composer!.findings.map((f) => f.category)).toContain('client-privacy');
    expect(composer!.excerpts!.join(' ')).toContain('Mrs J');
    expect(JSON.stringify(status)).not.toContain(PRIVACY);
  });

  it('says when there is no composer, and when Guidepost is switched off', async () => {
    await chromium.open('x-timeline');
    await expect.poll(async () => ((await askDraftStatus(chromium.context)) as DraftStatus[])[0]?.composers.length).toBe(1);
    await setExtensionStorage(chromium.context, {
      settings: { enabled: { x: false, facebook: true }, profileDisclaimer: { x: false, facebook: false }, snoozeUntil: 0 },
    });
    await expect.poll(async () => ((await askDraftStatus(chromium.context)) as DraftStatus[])[0]).toMatchObject({
      site: 'x',
      watching: false,
      reason: 'disabled',
      composers: [],
    });
  });
});

describe('local feedback counts', () => {
  it('counts a finding shown and "this isn’t right" per rule, and nothing of the text', async () => {
    const p = await chromium.open('x-timeline');
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    await card(p, 'Personal opinion').getByRole('button', { name: "This isn't right" }).click();
    await expectBadge(p, 0);
    await expect
      .poll(() => getExtensionStorage(chromium.context, 'feedback'))
      .toMatchObject({ rules: { 'opinion-needs-disclaimer': { shown: 1, 'not-right': 1, dismissed: 0 } } });
    expect(JSON.stringify(await getExtensionStorage(chromium.context, 'feedback'))).not.toContain('parking');
  });
});
