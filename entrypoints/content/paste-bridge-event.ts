/** The event the content script fires for the page-world paste bridge (entrypoints/paste-bridge.content.ts). */
export const PASTE_BRIDGE_EVENT = 'guidepost:paste';
