// When the boundaries tip may show (once a person, once a day), how people are remembered, and where it goes beside a control.
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../components/in-page/frame-layout';
import { placeTip, TIP_WIDTH } from '../../components/in-page/tip-placement';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { localDay, NO_BOUNDARY_TIPS, personHash, REMEMBERED_PEOPLE, tipDueToday, withSalt, withTipShown } from '../../utils/boundary-tips';
import { BOUNDARIES_GUIDANCE_ID, guidanceHash, guidanceIdFromHash } from '../../utils/guidance-link';

describe('once a person, once a day', () => {
  it('is due until a tip shows that day, then again the next day', () => {
    const shown = withTipShown(withSalt(NO_BOUNDARY_TIPS), 'a'.repeat(32), '2026-12-07');
    expect(tipDueToday(NO_BOUNDARY_TIPS, '2026-12-07')).toBe(true);
    expect(tipDueToday(shown, '2026-12-07')).toBe(false);
    expect(tipDueToday(shown, '2026-12-08')).toBe(true);
    expect(shown.people).toEqual(['a'.repeat(32)]);
  });

  it('remembers at most REMEMBERED_PEOPLE, forgetting the oldest', () => {
    let tips = withSalt(NO_BOUNDARY_TIPS);
    for (let i = 0; i <= REMEMBERED_PEOPLE; i++) tips = withTipShown(tips, String(i), `day${i}`);
    expect(tips.people).toHaveLength(REMEMBERED_PEOPLE);
    expect(tips.people[0]).toBe('1');
  });

  it('hashes a person with the install salt: the same key gives the same hash, another salt another', async () => {
    const salt = withSalt(NO_BOUNDARY_TIPS).salt;
    expect(salt).not.toBe('');
    expect(withSalt({ ...NO_BOUNDARY_TIPS, salt }).salt).toBe(salt);
    const hash = await personHash(salt, 'id:1001');
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(await personHash(salt, 'id:1001')).toBe(hash);
    expect(await personHash(`${salt}x`, 'id:1001')).not.toBe(hash);
    expect(hash).not.toContain('1001');
  });

  it('counts local calendar days', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

const overlaps = (a: Rect, b: Rect) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeTip', () => {
  const viewport = { width: 1280, height: 800 };
  it.each([
    ['right when there is room', { left: 100, top: 300, width: 200, height: 36 }, 'right'],
    ['below at the right edge', { left: 1100, top: 300, width: 160, height: 36 }, 'below'],
    ['left at the right and bottom edges', { left: 1100, top: 700, width: 160, height: 36 }, 'left'],
    ['below when neither side has room', { left: 200, top: 100, width: 900, height: 36 }, 'below'],
  ])('goes %s, never over the control', (_what, anchor, side) => {
    const at = placeTip(anchor, 150, viewport)!;
    expect(overlaps(at, anchor)).toBe(false);
    expect(at.width).toBe(TIP_WIDTH);
    const where = at.left >= anchor.left + anchor.width ? 'right' : at.left + at.width <= anchor.left ? 'left' : at.top >= anchor.top ? 'below' : 'above';
    expect(where).toBe(side);
  });

  it("covers none of the page's other controls: past a neighbour's Confirm on the right and the card's own Delete below", () => {
    // A row of friend requests: this card's Confirm and Delete, the next card's Confirm and Delete.
    const confirm = { left: 176, top: 341, width: 202, height: 36 };
    const obstacles = [
      { left: 176, top: 383, width: 202, height: 36 },
      { left: 418, top: 324, width: 202, height: 36 },
      { left: 418, top: 366, width: 202, height: 36 },
    ];
    const at = placeTip(confirm, 172, viewport, obstacles)!;
    for (const control of [confirm, ...obstacles]) expect(overlaps(at, control)).toBe(false);
    expect(at.top).toBe(383 + 36 + 8);
  });

  it('goes above when below is full of controls', () => {
    const button = { left: 500, top: 500, width: 120, height: 36 };
    const obstacles = [
      { left: 0, top: 540, width: 1280, height: 260 },
      { left: 620, top: 400, width: 660, height: 200 },
    ];
    const at = placeTip(button, 150, viewport, obstacles)!;
    expect(at.top + at.height).toBeLessThanOrEqual(button.top);
    for (const control of obstacles) expect(overlaps(at, control)).toBe(false);
  });

  it('waits (null) when nowhere fits', () => {
    expect(placeTip({ left: 0, top: 0, width: 1280, height: 780 }, 150, viewport)).toBeNull();
  });
});

describe('the guidance link', () => {
  it('names an entry the default pack has', () => {
    expect(DEFAULT_PACK.guidance.map((g) => g.id)).toContain(BOUNDARIES_GUIDANCE_ID);
  });

  it.each([[BOUNDARIES_GUIDANCE_ID], ['a b/c']])('goes to #guidance/<id> and back: %s', (id) => {
    expect(guidanceIdFromHash(guidanceHash(id))).toBe(id);
  });

  it('reads the library and other hashes as no entry', () => {
    expect(guidanceIdFromHash(guidanceHash(null))).toBeNull();
    expect(guidanceIdFromHash('#welcome')).toBeNull();
    expect(guidanceIdFromHash('#guidance/%E0')).toBeNull();
  });
});
