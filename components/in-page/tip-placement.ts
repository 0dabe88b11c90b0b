import type { Rect } from './frame-layout';

/** The tip's width; its height is what its frame measures. */
export const TIP_WIDTH = 288;
/** Space between the tip and the control it is about. */
export const TIP_GAP = 8;
/** Kept clear at the viewport's edges. */
const EDGE = 8;
/** How many of the page's controls a tip below (or above) may step past to find clear space. */
const STEPS = 3;

const overlaps = (a: Rect, b: Rect) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * Where a tip goes beside a page control (`anchor`, viewport pixels): to its right, else below it,
 * else its left, else above it, whichever first fits in the viewport and covers none of the page's
 * other controls (`obstacles`: a neighbour's Confirm, the card's own Delete, a profile's Message).
 * Below and above step past the controls in the way (Confirm's Delete under it). Each lies wholly to
 * one side of the control, so it never covers it. Null when none fits: the tip waits rather than
 * cover what the writer came to click.
 */
export function placeTip(anchor: Rect, height: number, viewport: { width: number; height: number }, obstacles: readonly Rect[] = []): Rect | null {
  const width = TIP_WIDTH;
  const fits = (r: Rect) =>
    r.left >= EDGE && r.top >= EDGE && r.left + width <= viewport.width - EDGE && r.top + height <= viewport.height - EDGE && !overlaps(r, anchor) && !obstacles.some((o) => overlaps(r, o));
  const level = Math.max(EDGE, Math.min(anchor.top + (anchor.height - height) / 2, viewport.height - height - EDGE));
  const column = Math.max(EDGE, Math.min(anchor.left, viewport.width - width - EDGE));
  /** Moves a rectangle down (or up) past whatever control it covers, a few times at most. */
  const stepped = (start: Rect, down: boolean): Rect => {
    let r = start;
    for (let i = 0; i < STEPS; i++) {
      const hit = obstacles.filter((o) => overlaps(r, o));
      if (hit.length === 0) break;
      const top = down ? Math.max(...hit.map((o) => o.top + o.height)) + TIP_GAP : Math.min(...hit.map((o) => o.top)) - TIP_GAP - height;
      r = { ...r, top };
    }
    return r;
  };
  const candidates: Rect[] = [
    { left: anchor.left + anchor.width + TIP_GAP, top: level, width, height },
    stepped({ left: column, top: anchor.top + anchor.height + TIP_GAP, width, height }, true),
    { left: anchor.left - TIP_GAP - width, top: level, width, height },
    stepped({ left: column, top: anchor.top - TIP_GAP - height, width, height }, false),
  ];
  return candidates.find(fits) ?? null;
}
