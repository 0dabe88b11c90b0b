import type { Box } from './view-model';

export const BADGE_SIZE = 22;
const INSET = 6;
const GAP = 8;
export const PANEL_WIDTH = 340;
/** Below this height the editor is one line: the badge goes beside it, not over the text. */
const ONE_LINE = 48;

export interface Placement {
  badge: { top: number; left: number };
  panel: { left: number; top?: number; bottom?: number; maxHeight: number };
}

/**
 * Where the badge and its cards go for an editor box, in viewport pixels: the badge in the box's
 * lower right corner (beside it for one-line boxes), the cards under it, or above when there is
 * more room there.
 */
export function placeBeside(box: Box, viewport: { width: number; height: number }): Placement {
  const oneLine = box.height < ONE_LINE;
  const badgeLeft = oneLine ? box.left + box.width + INSET : box.left + box.width - BADGE_SIZE - INSET;
  const badgeTop = oneLine ? box.top + (box.height - BADGE_SIZE) / 2 : box.top + box.height - BADGE_SIZE - INSET;
  const badge = {
    left: clamp(badgeLeft, GAP, viewport.width - BADGE_SIZE - GAP),
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
