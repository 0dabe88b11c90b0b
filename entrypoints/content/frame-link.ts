import { browser } from 'wxt/browser';
import { firefoxFrameId, framePortName, relayPortName } from '../../utils/frame-ports';
import { openPortLink, type PortLink } from '../../utils/port-link';
import type { PortMessage } from '../../utils/port-message';

/**
 * The content script's end of the channel to one of its frames (the frame's end is
 * utils/content-link.ts). In Chromium the frame connects once it has loaded and the port lasts as
 * long as both; messages wait until then. In Firefox the port goes through the background and ends
 * when the background is suspended, so this side connects again, through it, when it next has
 * something to send, once the frame has loaded.
 */
export function linkToFrame<In, Out>(iframe: HTMLIFrameElement, token: string, onMessage: (message: PortMessage<In>) => void, signal: AbortSignal): PortLink<Out> {
  let loaded = false;
  const link = openPortLink<In, Out>({
    name: framePortName(token),
    signal,
    async dial() {
      if (!import.meta.env.FIREFOX || !loaded) return null;
      return browser.runtime.connect({ name: relayPortName(firefoxFrameId(iframe), token) });
    },
    onMessage,
  });
  // The first load may be the empty document the frame starts with, before it is sent to Guidepost's page.
  const showsGuidepost = () => {
    try {
      return iframe.contentDocument?.URL !== 'about:blank';
    } catch {
      return true;
    }
  };
  iframe.addEventListener(
    'load',
    () => {
      loaded = showsGuidepost();
      link.resume();
    },
    { signal },
  );
  return link;
}
