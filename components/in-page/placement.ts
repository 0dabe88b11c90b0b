import type { Box } from './view-model';

export const BADGE_SIZE = 22;
const GAP = 8;
const BESIDE = 4;
/** About one line of the sites' composer text. */
const LINE_HEIGHT = 28;
export const PANEL_WIDTH = 340;

export interface Placement {
  badge: { top: number; left: number };
  panel: { left: number; top?: number; bottom?: number; maxHeight: number };
}

/**
 * Where the badge and its cards go for an editor box, in viewport pixels: the badge just right of
 * the box, level with its last line, so it never covers text and does not jump as lines wrap;
 * the cards under it, or above when there is more room there.
 */
export function placeBeside(box: Box, viewport: { width: number; height: number }): Placement {
  const lastLineMiddle = box.top + box.height - Math.min(box.height, LINE_HEIGHT) / 2;
  const badgeTop = lastLineMiddle - BADGE_SIZE / 2;
  const badge = {
    left: clamp(box.left + box.width + BESIDE, GAP, viewport.width - BADGE_SIZE - GAP),
    top: clamp(badgeTop, GAP, viewport.height - BADGE_SIZE - GAP),
  };
  const left = clamp(badge.left + BADGE_SIZE - PANEL_WIDTH, GAP, viewport.width - PANEL_WIDTH - GAP);
  const below = viewport.height - (badge.top + BADGE_SIZE + GAP) - GAP;
  const above = badge.top - 2 * GAP;
  if (below >= 280 || below >= above) return { badge, panel: { left, top: badge.top + BADGE_SIZE + GAP, maxHeight: below } };
  return { badge, panel: { left, bottom: viewport.height - badge.top + GAP, maxHeight: above } };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
