import { defineContentScript } from 'wxt/utils/define-content-script';
import { PASTE_BRIDGE_EVENT } from './content/paste-bridge-event';

/**
 * Runs in the page's own world. Firefox hides a content script's DataTransfer from page scripts,
 * so Draft.js and Lexical would read an empty paste; a paste built here is an ordinary page object.
 * It pastes only the text the content script hands over, into the element it was asked about.
 */
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*'],
  world: 'MAIN',
  main() {
    document.addEventListener(
      PASTE_BRIDGE_EVENT,
      (event) => {
        const text = (event as CustomEvent<unknown>).detail;
        if (typeof text !== 'string' || !(event.target instanceof HTMLElement)) return;
        const data = new DataTransfer();
        data.setData('text/plain', text);
        event.target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        event.preventDefault();
      },
      true,
    );
  },
});
