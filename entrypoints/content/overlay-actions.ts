import type { Fix } from '../../rules/schema/finding';
import { recordFeedback } from '../../utils/feedback';
import { ignored } from '../../utils/port-message';
import type { GuidepostPage } from './guidepost-page';
import { insertIntoEditor } from './insert-text';

/**
 * What the writer does in a composer's frame, carried out in the page: open and close the cards,
 * put a fix into the editor, dismiss a finding, and go back to editing or post anyway from the
 * review prompt. Closing from inside the frame gives the keyboard back to the editor.
 */
export function init(signal: AbortSignal, page: GuidepostPage): void {
  const toggle = (id: string, focused: boolean) => {
    const session = page.sessionById(id);
    if (!session) return;
    if (!session.open) session.rememberCaret();
    session.open = !session.open;
    page.redraw();
    if (session.open) return;
    session.outcome = null;
    // Closed from the keyboard (Escape, the close button): back to writing where the caret was.
    if (focused) session.returnFocus();
  };

  const applyFix = (id: string, rule: string, fix: Fix) => {
    const session = page.sessionById(id);
    // An editor Guidepost no longer knows is never written to (its frame offers the text to copy).
    if (!session || session.basic) return;
    // A replacement's place is in the text the tip was found in: once the draft has changed, it is not guessed.
    const moved = fix.kind === 'replace' && page.adapter.readText(session.editor) !== session.text;
    const inserted = moved ? Promise.resolve('failed') : insertIntoEditor(session.editor, page.adapter, { text: fix.text, span: fix.kind === 'replace' ? fix.span : undefined });
    void inserted.then((outcome) => {
      if (outcome === 'inserted') {
        session.fixPlaced(rule, fix);
        void recordFeedback(rule, 'fixed');
      } else session.outcome = { rule, state: 'failed', text: fix.text, label: fix.label };
      session.scheduler.changed();
      session.scheduler.flush();
      page.redraw();
    });
  };

  page.onAction(({ name, args }, focused) => {
    if (signal.aborted) return;
    switch (name) {
      case 'toggle':
        return toggle(args[0], focused);
      case 'applyFix':
        return applyFix(...args);
      case 'copy': {
        // The frame wrote the clipboard, where the writer clicked; the card says it is done.
        const [id, rule] = args;
        const session = page.sessionById(id);
        if (session) session.outcome = { rule, state: 'copied' };
        void recordFeedback(rule, 'fixed');
        return page.redraw();
      }
      case 'dismiss':
        page.sessionById(args[0])?.dismiss(args[1]);
        return void recordFeedback(args[1], 'dismissed');
      case 'notRight':
        page.sessionById(args[0])?.dismiss(args[1]);
        return void recordFeedback(args[1], 'not-right');
      case 'edit':
        return page.closeReview()?.session.returnFocus();
      case 'postAnyway': {
        const pending = page.closeReview();
        if (!pending) return;
        for (const finding of pending.findings) void recordFeedback(finding.rule, 'posted-anyway');
        return pending.proceed();
      }
      default:
        return ignored(name);
    }
  });
}
