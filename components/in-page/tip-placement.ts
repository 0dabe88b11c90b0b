import type { Rect } from './frame-layout';

/** The tip's width; its height is what its frame measures. */
export const TIP_WIDTH = 288;
/** Space between the tip and the control it is about. */
export const TIP_GAP = 8;
/** Kept clear at the viewport's edges. */
const EDGE = 8;

/**
 * Where a tip goes beside a page control (`anchor`, viewport pixels): to its right, else its left,
 * else below it, whichever first fits in the viewport; each lies wholly to one side of the control,
 * so it never covers it. Null when none fits (the tip waits rather than cover what the writer came to click).
 */
export function placeTip(anchor: Rect, height: number, viewport: { width: number; height: number }): Rect | null {
  const width = TIP_WIDTH;
  const top = Math.max(EDGE, Math.min(anchor.top + (anchor.height - height) / 2, viewport.height - height - EDGE));
  const candidates: Rect[] = [
    { left: anchor.left + anchor.width + TIP_GAP, top, width, height },
    { left: anchor.left - TIP_GAP - width, top, width, height },
    { left: Math.max(EDGE, Math.min(anchor.left, viewport.width - width - EDGE)), top: anchor.top + anchor.height + TIP_GAP, width, height },
  ];
  return candidates.find((r) => r.left >= EDGE && r.top >= EDGE && r.left + width <= viewport.width - EDGE && r.top + height <= viewport.height - EDGE) ?? null;
}
