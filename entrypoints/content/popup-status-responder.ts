import { browser } from 'wxt/browser';
import { readMessage, unanswered, type Answer, type PopupToContent } from '../../utils/messages';
import { draftStatus } from './draft-status';
import type { GuidepostPage } from './guidepost-page';

/** How long the popup's question waits for drafts being checked; the popup itself gives up at two seconds. */
const STATUS_WAIT_MS = 1_000;

/** Answers the toolbar popup: the findings of each draft in this tab, checked as they are now. */
export function init(signal: AbortSignal, page: GuidepostPage): void {
  const status = async () => {
    const waited = new Promise<void>((resolve) => page.view.setTimeout(resolve, STATUS_WAIT_MS));
    await Promise.race([Promise.all([...page.sessions()].map((session) => session.settle())), waited]);
    return draftStatus(page.site, page.offReason(), page.sessions(), page.adapter.hasUnwatchedComposer(page.doc));
  };
  const onMessage = (raw: unknown): Answer<PopupToContent> | undefined => {
    const message = readMessage<PopupToContent>(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'draft-status':
        return status();
      default:
        return unanswered(message.type);
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
