import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_PAGES } from '../rules/sites';
import { PASTE_BRIDGE_EVENT } from './content/paste-bridge-event';
import { plainTextPaste } from './content/plain-text-paste';

/**
 * Runs in the page's own world. Firefox hides a content script's DataTransfer from page scripts,
 * so Draft.js and Lexical would read an empty paste; a paste built here is an ordinary page object.
 * It pastes only the text the content script hands over, into the element it was asked about, and
 * cancels the request only when the editor took the paste (cancelled it, as Draft.js and Lexical
 * do), so the content script knows not to try another way.
 */
export default defineContentScript({
  matches: SITE_PAGES,
  world: 'MAIN',
  main() {
    document.addEventListener(
      PASTE_BRIDGE_EVENT,
      (event) => {
        const text = (event as CustomEvent<unknown>).detail;
        if (typeof text !== 'string' || !(event.target instanceof HTMLElement)) return;
        if (!event.target.dispatchEvent(plainTextPaste(text))) event.preventDefault();
      },
      true,
    );
  },
});
