import { BADGE_SIZE, PANEL_ROOM, placeBeside, type PanelSide, type Placement } from './placement';
import type { Box } from './view-model';

/** What a composer's frame shows: the badge alone, the badge and its open cards, or the review prompt over the page. */
export type FrameMode = 'badge' | 'panel' | 'review';

/** A rectangle in viewport pixels. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface FrameLayout {
  /** Where the frame goes in the page. */
  rect: Rect;
  /** Where the badge and cards go inside the frame. */
  place: Placement;
  /**
   * The parts of the frame that show something, in its own pixels, when that is not all of it: a
   * frame is a rectangle, and the page under the gap beside the badge must still take clicks.
   */
  shows: Rect[] | null;
}

/** Room around the badge inside its frame, for its hover growth, focus ring and shadow. */
export const BADGE_ROOM = 6;
/**
 * Room around the open cards for their shadow (placement.ts), on every side but the one facing the
 * editor: there it would cover the editor, which must still take the writer's clicks, and the shadow
 * is cut at the cards' own edge, where it shows no edge.
 */
export { PANEL_ROOM };

function grow(rect: Rect, by: number): Rect {
  return { left: rect.left - by, top: rect.top - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

/** `rect` grown by `by` on every side but the one facing the editor, for cards opened on `side` of it. */
function growAwayFrom(rect: Rect, by: number, side: PanelSide): Rect {
  const grown = grow(rect, by);
  if (side === 'below') return { ...grown, top: rect.top, height: grown.height - by };
  if (side === 'above') return { ...grown, height: grown.height - by };
  if (side === 'right') return { ...grown, left: rect.left, width: grown.width - by };
  return { ...grown, width: grown.width - by };
}

function union(a: Rect, b: Rect): Rect {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return { left, top, width: Math.max(a.left + a.width, b.left + b.width) - left, height: Math.max(a.top + a.height, b.top + b.height) - top };
}

/**
 * The frame for a composer's badge and cards, and where they sit inside it: as small as what is
 * shown, because the page cannot be clicked through a frame. The cards' height is what the frame
 * measured them at (`panelHeight`); until it has, they are given all the room they may take. The
 * review prompt covers the page, as a modal dialog does.
 */
export function frameLayout(
  box: Box,
  viewport: { width: number; height: number },
  mode: FrameMode,
  panelHeight: number | null,
  /** The page's controls the cards must not cover: the composer's Post button. */
  avoid: readonly Box[] = [],
): FrameLayout {
  const place = placeBeside(box, viewport, avoid, panelHeight);
  if (mode === 'review') return { rect: { left: 0, top: 0, width: viewport.width, height: viewport.height }, place, shows: null };
  const badge = grow({ left: place.badge.left, top: place.badge.top, width: BADGE_SIZE, height: BADGE_SIZE }, BADGE_ROOM);
  let rect = badge;
  let parts: Rect[] = [badge];
  if (mode === 'panel') {
    const height = Math.min(panelHeight ?? place.panel.maxHeight, place.panel.maxHeight);
    const top = place.panel.top ?? viewport.height - place.panel.bottom! - height;
    const panel = growAwayFrom({ left: place.panel.left, top, width: place.panel.width, height }, PANEL_ROOM, place.side);
    rect = union(badge, panel);
    parts = [badge, panel];
  }
  const bottomGap = viewport.height - rect.top - rect.height;
  return {
    rect,
    shows: parts.length > 1 ? parts.map((part) => ({ ...part, left: part.left - rect.left, top: part.top - rect.top })) : null,
    place: {
      badge: { top: place.badge.top - rect.top, left: place.badge.left - rect.left },
      panel: {
        left: place.panel.left - rect.left,
        top: place.panel.top === undefined ? undefined : place.panel.top - rect.top,
        bottom: place.panel.bottom === undefined ? undefined : place.panel.bottom - bottomGap,
        maxHeight: place.panel.maxHeight,
        width: place.panel.width,
      },
    },
  };
}
