import { OVERLAY_NAME } from './frame-host';
import type { GuidepostPage } from './guidepost-page';

/**
 * A click of the writer's anywhere in the page puts the cards away, as people expect of a popover.
 * Clicks inside Guidepost's frames never reach the page; the frame handles its own see-through edges.
 */
export function init(signal: AbortSignal, page: GuidepostPage): void {
  page.doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!page.trusted(event) || event.composedPath().some((node) => node instanceof Element && node.localName === OVERLAY_NAME)) return;
      let closed = false;
      for (const session of page.sessions()) {
        closed ||= session.open;
        session.open = false;
      }
      if (closed) page.redraw();
    },
    { capture: true, signal },
  );
}
