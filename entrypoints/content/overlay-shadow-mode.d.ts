/**
 * The overlay's shadow-root mode, fixed at build time by wxt.config.ts: 'closed' in every build that
 * ships, 'open' only in the test build (`npm run build:test`) so the browser tests can find Guidepost's frames.
 */
declare const __GUIDEPOST_OVERLAY_SHADOW_MODE__: 'open' | 'closed';
