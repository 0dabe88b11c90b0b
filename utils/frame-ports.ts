import { browser } from 'wxt/browser';

/**
 * How the content script and its frames find each other over extension messaging. Each frame is
 * named by a random token the content script puts in the frame's URL fragment: the page cannot
 * read it (the frame element is in a closed shadow root, and the frame's location is another
 * origin's), and a page cannot open a runtime port at all, so only that content script and that
 * frame ever hold a port of that name.
 *
 * Chromium connects the two directly. In Firefox an extension frame inside a page has only a
 * content script's APIs, so neither end can reach the other; the background passes the port on
 * (entrypoints/background/frame-relay.ts): a port named for the relay says which frame of the
 * sender's tab to connect to.
 */

const FRAME_PORT = 'guidepost-frame:';
const RELAY_PORT = 'guidepost-relay:';

/** A token for a new frame: unguessable, and fit for a URL fragment and a port name. */
export function newFrameToken(): string {
  return crypto.randomUUID();
}

/** The name of the port between a frame and its content script. */
export function framePortName(token: string): string {
  return `${FRAME_PORT}${token}`;
}

/** The name of a port to the background asking it to connect on to frame `frameId` of the sender's tab. */
export function relayPortName(frameId: number, token: string): string {
  return `${RELAY_PORT}${frameId}:${token}`;
}

export function readRelayPortName(name: string): { frameId: number; token: string } | null {
  const match = /^guidepost-relay:(\d{1,20}):([\w-]{1,64})$/.exec(name);
  return match ? { frameId: Number(match[1]), token: match[2]! } : null;
}

/** Firefox's id for a frame (a window or a frame element); Chromium has no such call, nor needs it here. */
export function firefoxFrameId(target: Window | Element): number {
  return (browser.runtime as unknown as { getFrameId(target: Window | Element): number }).getFrameId(target);
}
