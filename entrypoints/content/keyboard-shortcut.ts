import type { GuidepostPage } from './guidepost-page';

/**
 * Alt+Shift+G, pressed by the writer inside an editor, opens its cards and puts the keyboard in
 * them: the badge is not in the editor's tab order. A script's Alt+Shift+G does nothing.
 */
export function init(signal: AbortSignal, page: GuidepostPage): void {
  page.doc.addEventListener(
    'keydown',
    (event) => {
      if (!(event.altKey && event.shiftKey && event.code === 'KeyG') || !page.trusted(event)) return;
      const session = page.sessionOf(event.target);
      if (!session?.hasSomethingToShow()) return;
      event.preventDefault();
      session.rememberCaret();
      session.open = true;
      page.redraw();
      page.focusFrame(session);
    },
    { signal },
  );
}
