import type { Box } from './view-model';

export const BADGE_SIZE = 22;
const GAP = 8;
const BESIDE = 4;
/** About one line of the sites' composer text. */
const LINE_HEIGHT = 28;
export const PANEL_WIDTH = 340;
/**
 * Room around the open cards, for their shadow (cut short, it shows a hard edge), on every side
 * but the one facing the editor: the frame covers it, so it must stay off the page's controls too.
 */
export const PANEL_ROOM = 32;
/** The cards' height until the frame has measured them. */
const EXPECTED_PANEL_HEIGHT = 320;
/** Less room than this, and the cards go wherever there is most. */
const MIN_PANEL_HEIGHT = 160;

/** Where the cards open, from the editor: beside it (right or left), below or above. */
export type PanelSide = 'right' | 'left' | 'below' | 'above';

/** Where the badge and cards go, as the frame draws them. */
export interface Placement {
  badge: { top: number; left: number };
  /** `width` when the window is narrower than the cards' own. */
  panel: { left: number; top?: number; bottom?: number; maxHeight: number; width?: number };
}

/** A placement and the side of the editor the cards opened on. */
export interface PlacementBeside extends Placement {
  panel: Placement['panel'] & { width: number };
  side: PanelSide;
}

interface Candidate {
  side: PanelSide;
  left: number;
  /** The cards' top edge, or for 'above' their bottom edge. */
  edge: number;
  room: number;
}

function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The cards' box with the room for their shadow, which the frame covers, on every side but the editor's. */
function footprint({ side, left, edge }: Candidate, width: number, height: number): Box {
  const top = side === 'above' ? edge - height : edge;
  return {
    left: side === 'right' ? left : left - PANEL_ROOM,
    top: side === 'below' ? top : top - PANEL_ROOM,
    width: width + (side === 'right' || side === 'left' ? PANEL_ROOM : 2 * PANEL_ROOM),
    height: height + (side === 'below' || side === 'above' ? PANEL_ROOM : 2 * PANEL_ROOM),
  };
}

/**
 * Where the badge and its cards go for an editor box, in viewport pixels. The badge sits just right
 * of the box, level with its last line, so it never covers text and does not jump as lines wrap.
 * The cards open beside the editor, else below it and past the page's controls there (`avoid`: the
 * Post button), else on its left, else above; never over the editor or those controls while any of
 * these has room for them, and always inside the window.
 */
export function placeBeside(box: Box, viewport: { width: number; height: number }, avoid: readonly Box[] = [], panelHeight: number | null = null): PlacementBeside {
  const lastLineMiddle = box.top + box.height - Math.min(box.height, LINE_HEIGHT) / 2;
  const badgeTop = lastLineMiddle - BADGE_SIZE / 2;
  const badge = {
    left: clamp(box.left + box.width + BESIDE, GAP, viewport.width - BADGE_SIZE - GAP),
    top: clamp(badgeTop, GAP, viewport.height - BADGE_SIZE - GAP),
  };
  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * GAP);
  const wanted = panelHeight ?? EXPECTED_PANEL_HEIGHT;
  const obstacles = [box, ...avoid.filter((b) => b.width > 0 && b.height > 0)];
  const fits = (c: Candidate, height: number) => !obstacles.some((o) => intersects(footprint(c, width, height), o));

  /** Below or above: moved on past each control in the way (a Post button under the editor). */
  function pushedPast(c: Candidate): Candidate {
    for (let tries = 0; tries <= obstacles.length; tries++) {
      c.room = c.side === 'below' ? viewport.height - GAP - c.edge : c.edge - GAP;
      const height = Math.max(0, Math.min(wanted, c.room));
      const hit = obstacles.find((o) => intersects(footprint(c, width, height), o));
      if (!hit) break;
      c.edge = c.side === 'below' ? hit.top + hit.height + GAP : hit.top - GAP;
    }
    return c;
  }

  // Beside: level with the editor's top, moved up as far as the cards need to fit in the window.
  const besideTop = clamp(box.top, GAP, viewport.height - GAP - wanted);
  const underLeft = clamp(badge.left + BADGE_SIZE - width, GAP, viewport.width - width - GAP);
  const candidates: Candidate[] = [];
  const right = Math.max(box.left + box.width, badge.left + BADGE_SIZE) + GAP;
  if (right + width <= viewport.width - GAP) candidates.push({ side: 'right', left: right, edge: besideTop, room: viewport.height - GAP - besideTop });
  candidates.push(pushedPast({ side: 'below', left: underLeft, edge: Math.max(box.top + box.height, badge.top + BADGE_SIZE) + GAP, room: 0 }));
  const left = box.left - GAP - width;
  if (left >= GAP) candidates.push({ side: 'left', left, edge: besideTop, room: viewport.height - GAP - besideTop });
  candidates.push(pushedPast({ side: 'above', left: underLeft, edge: Math.min(box.top, badge.top) - GAP, room: 0 }));


  const clear = candidates.filter((c) => c.room >= Math.min(wanted, MIN_PANEL_HEIGHT) && fits(c, Math.min(wanted, c.room)));
  const chosen =
    clear.find((c) => c.room >= wanted) ??
    clear.sort((a, b) => b.room - a.room)[0] ??
    // Nowhere clear (an editor filling the window): under or over the badge, whichever has more room.
    fallback(badge, viewport, underLeft);
  const maxHeight = Math.max(0, chosen.room);
  const panel = chosen.side === 'above' ? { left: chosen.left, bottom: viewport.height - chosen.edge, maxHeight, width } : { left: chosen.left, top: chosen.edge, maxHeight, width };
  return { badge, panel, side: chosen.side };
}

function fallback(badge: { top: number; left: number }, viewport: { width: number; height: number }, left: number): Candidate {
  const below = viewport.height - (badge.top + BADGE_SIZE + GAP) - GAP;
  const above = badge.top - 2 * GAP;
  if (below >= above) return { side: 'below', left, edge: badge.top + BADGE_SIZE + GAP, room: below };
  return { side: 'above', left, edge: badge.top - GAP, room: above };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
