// Boundaries with colleagues, in real Chromium on the replica friend requests page and a profile:
// the tip beside Confirm / Add friend of someone whose work details name the organisation, never
// over the control; its link opens the guidance; it goes away by mouse and by keyboard; one person
// never gets it twice, and a second person the same day does not get it.
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getExtensionStorage, setExtensionStorage, useComposerBrowser } from './composer-steps';
import { saveScreenshot } from './harness/screenshots';
import { frameAxeViolations } from './support/frame-axe';


const chromium = useComposerBrowser();

const TIP_FRAME = 'guidepost-overlay iframe[data-guidepost="tip"]';
const shownFrame = (page: Page) => page.locator(`${TIP_FRAME}[data-shown]`);
const tip = (page: Page) => shownFrame(page).contentFrame().locator('[data-guidepost="boundary-tip"]');
const confirmOf = (page: Page, name: string) => page.locator('.request', { hasText: name }).getByRole('button', { name: 'Confirm' });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box;
}

/** The tip's frame, to run axe in from the extension's side. */
async function tipFrame(page: Page): Promise<Frame> {
  const frame = await (await shownFrame(page).elementHandle())?.contentFrame();
  if (!frame) throw new Error('no tip frame');
  return frame;
}

/** Nothing shows for a while: the page has been looked through and the frame (if any) has answered. */
async function expectNoTip(page: Page): Promise<void> {
  await page.waitForTimeout(1_500);
  expect(await shownFrame(page).count()).toBe(0);
}

/** Expects the tip to sit beside `control`, wholly clear of it, and returns both boxes. */
async function expectBeside(page: Page, control: Locator): Promise<void> {
  await tip(page).waitFor();
  const [tipBox, controlBox] = [await boxOf(shownFrame(page)), await boxOf(control)];
  expect(intersects(tipBox, controlBox), `tip ${JSON.stringify(tipBox)} over control ${JSON.stringify(controlBox)}`).toBe(false);
  // Nor over any other control of the page: a neighbour's Confirm, this card's Delete, a profile's Message.
  const controls = page.locator('button, [role="button"], a[href]');
  for (let i = 0; i < (await controls.count()); i++) {
    const box = await controls.nth(i).boundingBox();
    if (box) expect(intersects(tipBox, box), `tip ${JSON.stringify(tipBox)} over ${JSON.stringify(box)}`).toBe(false);
  }
  // Beside it: at most a gap and the card's own other button away.
  const gapX = Math.max(tipBox.x - (controlBox.x + controlBox.width), controlBox.x - (tipBox.x + tipBox.width), 0);
  const gapY = Math.max(tipBox.y - (controlBox.y + controlBox.height), controlBox.y - (tipBox.y + tipBox.height), 0);
  expect(Math.max(gapX, gapY)).toBeLessThanOrEqual(64);
}

describe('the boundaries tip', () => {
  it("sits beside the first colleague's Confirm without covering it, passes axe, and Confirm still takes the click", async () => {
    const p = await chromium.open('fb-friend-requests');
    const confirm = confirmOf(p, 'Sam Okafor');
    await expectBeside(p, confirm);
    await expect.poll(() => tip(p).textContent()).toContain('You can accept and still keep boundaries');
    await saveScreenshot(p, 'boundary-tip-friend-request');
    const frame = await tipFrame(p);
    const violations = (await frameAxeViolations(frame)).map((v) => v.id);
    expect(violations).toEqual([]);
    // The writer's real click lands on Confirm, not on the tip; the card's buttons go, and the tip with them.
    await confirm.click();
    await expect.poll(() => p.locator('.request', { hasText: 'Sam Okafor' }).textContent()).toContain('Request accepted');
    await expect.poll(() => p.locator(TIP_FRAME).count()).toBe(0);
  });

  it('opens the boundaries guidance from its link', async () => {
    const p = await chromium.open('fb-friend-requests');
    await tip(p).waitFor();
    const opened = chromium.context.waitForEvent('page');
    await tip(p).getByRole('link').click();
    const guidance = chromium.track(await opened);
    await guidance.waitForURL(/options\.html#guidance\/boundaries$/);
    await expect.poll(() => guidance.locator('article[data-guidance="boundaries"] h2').textContent()).toBe('Keep personal and professional boundaries');
  });

  it('closes with its close button, and with Escape from the keyboard', async () => {
    const p = await chromium.open('fb-friend-requests');
    await tip(p).waitFor();
    await tip(p).getByRole('button', { name: 'Close tip' }).click();
    await expect.poll(() => p.locator(TIP_FRAME).count()).toBe(0);

    // Another day: the next colleague's tip, put away from the keyboard.
    await setExtensionStorage(chromium.context, { boundaryTips: { ...((await getExtensionStorage(chromium.context, 'boundaryTips')) as object), shownOn: '2000-01-01' } });
    await p.reload();
    await expectBeside(p, confirmOf(p, 'Priya Shah'));
    await tip(p).getByRole('button', { name: 'Close tip' }).focus();
    // The key closes the frame it was sent to; the DevTools call that sent it then sometimes never
    // returns (about one run in three here), so the test watches the frame go rather than the call.
    void p.keyboard.press('Escape').catch(() => undefined);
    await expect.poll(() => p.locator(TIP_FRAME).count(), { timeout: 5_000 }).toBe(0);
  });

  it('shows once a day, never twice for one person, and remembers people only as hashes', async () => {
    const first = await chromium.open('fb-friend-requests');
    await expectBeside(first, confirmOf(first, 'Sam Okafor'));
    const stored = (await getExtensionStorage(chromium.context, 'boundaryTips')) as { salt: string; shownOn: string; people: string[] };
    expect(stored.people).toHaveLength(1);
    expect(stored.people[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(stored)).not.toMatch(/Sam|Okafor|100000000000101/);
    await first.close();

    // The same day: neither Sam again nor the next colleague.
    const again = await chromium.open('fb-friend-requests');
    await expectNoTip(again);
    const profile = await chromium.open('fb-profile');
    await expectNoTip(profile);

    // The next day: Sam is remembered, so the tip is Priya's (Tom's card names only "FBC", Lena's another employer).
    await setExtensionStorage(chromium.context, { boundaryTips: { ...stored, shownOn: '2000-01-01' } });
    await again.reload();
    await expectBeside(again, confirmOf(again, 'Priya Shah'));
  });

  it("sits beside a profile's Add friend when its Intro says they work there", async () => {
    const p = await chromium.open('fb-profile');
    await expectBeside(p, p.getByRole('button', { name: 'Add friend' }));
    await saveScreenshot(p, 'boundary-tip-profile');
  });
});
