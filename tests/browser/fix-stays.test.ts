// Inserted text that sticks (issue 14, point 6): X resets Draft.js while media attaches, and the
// disclaimer Guidepost just added is gone again. The X replica with `dropPasteAfterMs` does that to
// the first paste; Guidepost must read the draft again, say so and offer the text to copy.
import { describe, expect, it } from 'vitest';
import { EDITOR_SELECTORS, replicaPosted, replicaText } from './harness/replicas';
import { saveScreenshot } from './harness/screenshots';
import { card, editor, expectBadge, nudge, openCards, reviewPrompt, SAMPLE_PROFILE, typeDraft, useComposerBrowser } from './composer-steps';

const OPINION = 'I think the council should sort out the parking on our road.';
const FIXED = `${OPINION} ${SAMPLE_PROFILE.disclaimer}`;
const DROP_AFTER_MS = 250;

const chromium = useComposerBrowser();

describe('a disclaimer the site drops again', () => {
  it('the replica drops its first paste, as X does while media attaches (without Guidepost doing anything)', async () => {
    const p = await chromium.open('x-timeline', { dropPasteAfterMs: DROP_AFTER_MS });
    await typeDraft(p, 'x-timeline', OPINION);
    await p.locator(EDITOR_SELECTORS['x-timeline']).first().evaluate((box, text) => {
      const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
      paste.clipboardData!.setData('text/plain', text);
      box.dispatchEvent(paste);
    }, ' Pasted.');
    expect(await replicaText(p)).toBe(`${OPINION} Pasted.`);
    await expect.poll(() => replicaText(p)).toBe(OPINION);
  });

  it('says on the card that the site took the disclaimer out, and "Copy disclaimer" puts it on the clipboard', async () => {
    await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    const p = await chromium.open('x-timeline', { dropPasteAfterMs: DROP_AFTER_MS });
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    await card(p, 'Personal opinion').getByRole('button', { name: 'Add disclaimer' }).click();
    await expect.poll(() => replicaText(p)).toBe(FIXED);
    await expect.poll(() => replicaText(p)).toBe(OPINION);
    const dropped = nudge(p).locator('[data-outcome="dropped"]');
    await dropped.waitFor();
    expect(await dropped.textContent()).toContain('the site took it out of your draft again');
    // The finding is back with the draft as it is now.
    await expectBadge(p, 1);
    await saveScreenshot(p, 'x-timeline-fix-dropped');
    await dropped.getByRole('button', { name: 'Copy disclaimer' }).click();
    await expect.poll(() => p.evaluate(() => navigator.clipboard.readText())).toBe(SAMPLE_PROFILE.disclaimer);
    expect(await nudge(p).locator('.gp-outcome--ok').textContent()).toContain('Copied');
    expect(await replicaText(p)).toBe(OPINION);
  });

  it('holds Post pressed straight after the site dropped the disclaimer, says so in the prompt, and posts nothing', async () => {
    await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    const p = await chromium.open('x-timeline', { dropPasteAfterMs: DROP_AFTER_MS });
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    await card(p, 'Personal opinion').getByRole('button', { name: 'Add disclaimer' }).click();
    await expect.poll(() => replicaText(p)).toBe(FIXED);
    await expect.poll(() => replicaText(p), { interval: 10 }).toBe(OPINION);
    await p.locator('[data-testid="tweetButtonInline"]').click();
    const prompt = reviewPrompt(p);
    await prompt.waitFor();
    expect(await prompt.locator('[data-outcome="dropped"]').textContent()).toContain('the site took it out of your draft again');
    expect(await prompt.textContent()).toContain('Personal opinion');
    expect(await replicaPosted(p)).toEqual([]);
    await saveScreenshot(p, 'x-timeline-fix-dropped-review');
    await prompt.getByRole('button', { name: 'Copy disclaimer' }).click();
    await expect.poll(() => p.evaluate(() => navigator.clipboard.readText())).toBe(SAMPLE_PROFILE.disclaimer);
    await prompt.getByRole('button', { name: 'Edit' }).click();
    // The writer pastes it themselves: the replica drops only the first paste, so this one stays.
    await editor(p, 'x-timeline').press('End');
    await p.keyboard.press('Control+V');
    await expect.poll(() => replicaText(p)).toBe(`${OPINION}${SAMPLE_PROFILE.disclaimer}`);
    expect(await replicaPosted(p)).toEqual([]);
  });

  it('keeps saying "Added to your draft" where the site keeps the text', async () => {
    const p = await chromium.open('x-timeline');
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await openCards(p);
    await card(p, 'Personal opinion').getByRole('button', { name: 'Add disclaimer' }).click();
    await expect.poll(() => replicaText(p)).toBe(FIXED);
    await p.waitForTimeout(1_000);
    expect(await replicaText(p)).toBe(FIXED);
    expect(await nudge(p).locator('.gp-outcome--ok').textContent()).toContain('Added to your draft');
    expect(await nudge(p).locator('[data-outcome="dropped"]').count()).toBe(0);
  });
});
