// Guidepost's in-page UI for keyboard and screen reader users: reachable without a mouse, and
// free of the problems axe-core can find, in both themes.
import { describe, expect, it } from 'vitest';
import { replicaPosted, replicaText } from './harness/replicas';
import { frameAxeViolations as axeViolations } from './support/frame-axe';
import { editor, expectBadge, focusedText, guidepostFrame, nudge, reviewPrompt, typeDraft, useComposerBrowser } from './composer-steps';

const OPINION = 'I think the council should sort out the parking on our road.';

const chromium = useComposerBrowser();

describe.each(['light', 'dark'] as const)('in-page UI, %s theme', (theme) => {
  it('opens the cards from the keyboard (Alt+Shift+G in the editor); Escape puts them away and returns to the editor', async () => {
    const p = await chromium.open('x-timeline', { theme });
    await typeDraft(p, 'x-timeline', OPINION);
    await expectBadge(p, 1);
    await p.keyboard.press('Alt+Shift+G');
    const panel = nudge(p).locator('[data-guidepost="panel"]');
    await panel.waitFor();
    await expect.poll(() => focusedText(nudge(p))).not.toBeNull();
    expect(await axeViolations(await guidepostFrame(p))).toEqual([]);
    await p.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    // Back in the editor, caret where it was: typing carries on at the end.
    expect(await editor(p, 'x-timeline').evaluate((e) => e.contains(document.activeElement))).toBe(true);
    await p.keyboard.type(' Cheers');
    await expect.poll(() => replicaText(p)).toBe(`${OPINION} Cheers`);
  });

  it('has an accessible review prompt', async () => {
    const p = await chromium.open('fb-comment', { theme });
    await typeDraft(p, 'fb-comment', OPINION);
    await expectBadge(p, 1);
    await editor(p, 'fb-comment').press('Enter');
    await reviewPrompt(p).waitFor();
    expect(await axeViolations(await guidepostFrame(p, 'review'))).toEqual([]);
    // Keyboard only: Shift+Tab reaches "Comment anyway", Enter on it sends the comment once.
    await p.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedText(nudge(p))).toBe('Comment anyway');
    await p.keyboard.press('Enter');
    await expect.poll(() => replicaPosted(p)).toEqual([OPINION]);
  });
});
