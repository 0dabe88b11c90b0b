import { browser } from 'wxt/browser';
import { firefoxFrameId, framePortName, relayPortName } from './frame-ports';
import { openPortLink, type PortLink } from './port-link';
import type { PortMessage } from './port-message';

/** The content script runs in the top frame of its tab only (the manifest's default), and that frame's id is 0. */
const TOP_FRAME = 0;

/**
 * A Guidepost frame's end of its channel to the content script that made it, found by the token in
 * the frame's URL fragment (see utils/frame-ports.ts). In Chromium the frame connects at once,
 * straight to the content script of its own tab, and again if the page comes back from the
 * back-forward cache (which closes ports); in Firefox it connects, through the background, only
 * when it has something to say and the content script has not connected first.
 */
export function linkToContentScript<In, Out>(onMessage: (message: PortMessage<In>) => void, signal = new AbortController().signal): PortLink<Out> {
  const token = location.hash.slice(1);
  const name = framePortName(token);
  const link = openPortLink<In, Out>({
    name,
    signal,
    async dial() {
      if (import.meta.env.FIREFOX) return browser.runtime.connect({ name: relayPortName(firefoxFrameId(window.parent), token) });
      const tab = await browser.tabs.getCurrent();
      return tab?.id === undefined ? null : browser.tabs.connect(tab.id, { frameId: TOP_FRAME, name });
    },
    onMessage,
  });
  if (!import.meta.env.FIREFOX) {
    link.connect();
    window.addEventListener('pageshow', (event) => event.persisted && link.connect(), { signal });
  }
  return link;
}
