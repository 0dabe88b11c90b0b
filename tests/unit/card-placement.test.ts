// The cards never hide the site's own Post button or the text being written (issue 14, point 7):
// placement over a table of composers as the two sites lay them out, wide and narrow.
import { describe, expect, it } from 'vitest';
import { frameLayout } from '../../components/in-page/frame-layout';
import { placeBeside } from '../../components/in-page/placement';
import type { Box } from '../../components/in-page/view-model';

interface Layout {
  viewport: { width: number; height: number };
  editor: Box;
  post: Box[];
}

/** Boxes as the replicas and the sites lay them out (viewport pixels). */
const LAYOUTS: Record<string, Layout> = {
  'X timeline, 1280 wide': { viewport: { width: 1280, height: 800 }, editor: { left: 540, top: 80, width: 516, height: 54 }, post: [{ left: 980, top: 150, width: 76, height: 36 }] },
  'X timeline, 500 wide (mobile layout)': { viewport: { width: 500, height: 800 }, editor: { left: 68, top: 72, width: 416, height: 66 }, post: [{ left: 404, top: 150, width: 80, height: 36 }] },
  'X modal, 1280 wide': { viewport: { width: 1280, height: 800 }, editor: { left: 400, top: 120, width: 500, height: 80 }, post: [{ left: 820, top: 222, width: 80, height: 36 }] },
  'X modal, 500 wide: Post at the top, as X draws it full screen': { viewport: { width: 500, height: 800 }, editor: { left: 60, top: 70, width: 424, height: 80 }, post: [{ left: 400, top: 10, width: 84, height: 36 }] },
  'X reply, long draft near the bottom, 1280 wide': { viewport: { width: 1280, height: 800 }, editor: { left: 540, top: 520, width: 516, height: 200 }, post: [{ left: 980, top: 730, width: 76, height: 36 }] },
  'X timeline, 500 wide, scrolled so the box is low': { viewport: { width: 500, height: 800 }, editor: { left: 68, top: 560, width: 416, height: 90 }, post: [{ left: 404, top: 662, width: 80, height: 36 }] },
  'Facebook post dialog, 1280 wide': { viewport: { width: 1280, height: 800 }, editor: { left: 400, top: 290, width: 480, height: 120 }, post: [{ left: 400, top: 470, width: 480, height: 36 }] },
  'Facebook post dialog, 500 wide': { viewport: { width: 500, height: 800 }, editor: { left: 16, top: 250, width: 468, height: 120 }, post: [{ left: 16, top: 430, width: 468, height: 36 }] },
  'Facebook comment, send control beside the box': { viewport: { width: 1280, height: 800 }, editor: { left: 300, top: 600, width: 540, height: 36 }, post: [{ left: 810, top: 606, width: 24, height: 24 }] },
  'Facebook comment, 500 wide': { viewport: { width: 500, height: 800 }, editor: { left: 50, top: 700, width: 440, height: 36 }, post: [{ left: 460, top: 706, width: 24, height: 24 }] },
  'a phone, 360 wide': { viewport: { width: 360, height: 640 }, editor: { left: 56, top: 64, width: 296, height: 60 }, post: [{ left: 280, top: 136, width: 72, height: 34 }] },
};

const HEIGHTS = [null, 180, 420, 900] as const;

function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The cards' part of the frame in page pixels (with the room for their shadow): where the page cannot be clicked. */
function cardsInPage(layout: Layout, height: number | null): Box {
  const { rect, shows } = frameLayout(layout.editor, layout.viewport, 'panel', height, layout.post);
  const part = shows![1]!;
  return { left: rect.left + part.left, top: rect.top + part.top, width: part.width, height: part.height };
}

describe('where the cards open', () => {
  const cases = Object.entries(LAYOUTS).flatMap(([name, layout]) => HEIGHTS.map((height) => [name, height ?? 'unmeasured', layout, height] as const));

  it.each(cases)('%s, cards %s px tall: inside the window, off the Post button and the text', (_name, _shown, layout, height) => {
    const { panel } = placeBeside(layout.editor, layout.viewport, layout.post, height);
    const shownHeight = Math.min(height ?? panel.maxHeight, panel.maxHeight);
    const top = panel.top ?? layout.viewport.height - panel.bottom! - shownHeight;
    const cards = { left: panel.left, top, width: panel.width, height: shownHeight };
    expect(cards.left).toBeGreaterThanOrEqual(0);
    expect(cards.top).toBeGreaterThanOrEqual(0);
    expect(cards.left + cards.width).toBeLessThanOrEqual(layout.viewport.width);
    expect(cards.top + cards.height).toBeLessThanOrEqual(layout.viewport.height);
    // Room for a card and a half at least, wherever they went.
    expect(panel.maxHeight).toBeGreaterThanOrEqual(Math.min(height ?? 160, 160));
    const frame = cardsInPage(layout, height);
    for (const button of layout.post) expect(intersects(frame, button), 'over the Post button').toBe(false);
    expect(intersects(frame, layout.editor), 'over the text being written').toBe(false);
  });

  it('opens beside the editor where the window has room on its right, else below it, past the Post button', () => {
    const dialog = LAYOUTS['Facebook post dialog, 1280 wide']!;
    expect(placeBeside(dialog.editor, dialog.viewport, dialog.post, 300).side).toBe('right');
    for (const name of ['X timeline, 1280 wide', 'X timeline, 500 wide (mobile layout)']) {
      const layout = LAYOUTS[name]!;
      const below = placeBeside(layout.editor, layout.viewport, layout.post, 300);
      expect(below.side).toBe('below');
      expect(below.panel.top).toBeGreaterThanOrEqual(layout.post[0]!.top + layout.post[0]!.height);
    }
  });

  it('flips above when there is no room below', () => {
    const low = LAYOUTS['X timeline, 500 wide, scrolled so the box is low']!;
    expect(placeBeside(low.editor, low.viewport, low.post, 300).side).toBe('above');
  });

  it('is as narrow as the window needs, and still inside it', () => {
    const { panel } = placeBeside({ left: 8, top: 60, width: 280, height: 40 }, { width: 300, height: 600 });
    expect(panel.width).toBeLessThanOrEqual(300 - 16);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.left + panel.width).toBeLessThanOrEqual(300);
  });

  it('stays inside the window when an editor fills it and there is no clear room anywhere', () => {
    const viewport = { width: 500, height: 600 };
    const { panel } = placeBeside({ left: 0, top: 0, width: 500, height: 600 }, viewport, [{ left: 400, top: 560, width: 90, height: 36 }], 300);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.left + panel.width).toBeLessThanOrEqual(viewport.width);
    expect(panel.maxHeight).toBeGreaterThanOrEqual(0);
    expect(panel.maxHeight).toBeLessThanOrEqual(viewport.height);
  });
});
