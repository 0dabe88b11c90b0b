import { browser, type Browser } from 'wxt/browser';
import { framePortName, readRelayPortName } from '../../utils/frame-ports';

/**
 * Firefox only. An extension frame inside a page has only a content script's APIs there, so it and
 * the content script that made it cannot open a port to each other; each opens one to the
 * background instead, naming the frame of its own tab to reach, and the background connects on and
 * passes every message through unread and unkept (utils/frame-ports.ts). The ports end when
 * Firefox suspends the background; either side then connects again when it next has something to say.
 */
export function relayFramePorts(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    const relay = readRelayPortName(port.name);
    if (!relay) return;
    const tabId = port.sender?.tab?.id;
    if (tabId === undefined) return port.disconnect();
    const onward = browser.tabs.connect(tabId, { frameId: relay.frameId, name: framePortName(relay.token) });
    port.onMessage.addListener((message: unknown) => onward.postMessage(message));
    onward.onMessage.addListener((message: unknown) => port.postMessage(message));
    port.onDisconnect.addListener(() => onward.disconnect());
    onward.onDisconnect.addListener(() => port.disconnect());
  });
}
