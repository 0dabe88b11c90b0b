import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { newFrameToken } from '../../utils/frame-ports';

/** The custom element hosting the shadow root. */
export const OVERLAY_NAME = 'guidepost-overlay';

/** Guidepost's own pages that go into the page as frames. */
export type FramePage = '/checks-frame.html' | '/nudge-frame.html' | '/tip-frame.html';

export interface FrameHost {
  /**
   * Adds a frame of `page`, named by a fresh token for its port (utils/frame-ports.ts), last or
   * before the frame `before` (a frame moved in the document would load again, so order is kept as frames are added).
   */
  add(page: FramePage, before?: HTMLIFrameElement): { iframe: HTMLIFrameElement; token: string };
}

/**
 * The frames' own layer. The shadow root's reset (`:host { all: initial !important }`, from WXT)
 * beats the page's `!important` rules, so no page style moves the frames or fades them; nothing
 * of the page's stylesheets reaches the frames themselves.
 */
const FRAME_CSS = `
.gp-frames { position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
iframe { position: fixed; display: block; margin: 0; padding: 0; border: 0; background: transparent; color-scheme: normal; z-index: 1; }
iframe[hidden] { display: none; }
iframe[data-mode="review"] { z-index: 2; }
iframe[data-guidepost="checks"] { top: 0; left: 0; width: 1px; height: 1px; opacity: 0; pointer-events: none; }
iframe[data-guidepost="tip"]:not([data-shown]) { visibility: hidden; pointer-events: none; }
`;

/**
 * One element added to the page, at the end of the body: <guidepost-overlay>, whose shadow root
 * holds Guidepost's frames. Everything Guidepost shows is drawn inside those frames, which are the
 * extension's own pages: the page's scripts cannot read what is in them (another origin), find it
 * with `window.find()` or select it. The root is closed in the shipped build, so the page cannot
 * reach the frame elements either; only the test build opens it (see wxt.config.ts), so the
 * browser tests can find each composer's frame.
 */
export async function mountFrameHost(ctx: ContentScriptContext): Promise<FrameHost> {
  let layer: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_NAME,
    mode: __GUIDEPOST_OVERLAY_SHADOW_MODE__,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: FRAME_CSS,
    onMount(container) {
      layer = document.createElement('div');
      layer.className = 'gp-frames';
      container.append(layer);
      return layer;
    },
  });
  ui.mount();
  ctx.onInvalidated(() => ui.remove());
  return {
    add(page, before) {
      const token = newFrameToken();
      const iframe = document.createElement('iframe');
      iframe.title = 'Guidepost';
      const src = browser.runtime.getURL(page);
      // The writer copies a disclaimer from inside the frame, where their click was: Chromium asks
      // for the permission by the extension's own origin, which is where its frames run (they are
      // served from a changing address). Firefox grants it to a click without one.
      if (!import.meta.env.FIREFOX) iframe.allow = `clipboard-write chrome-extension://${browser.runtime.id}`;
      layer!.insertBefore(iframe, before ?? null);
      // Navigated, not given a src: Firefox hands page listeners the frame element itself (a
      // mouseover's originalTarget), and its src would show the page the add-on's per-install id.
      iframe.contentWindow!.location.replace(`${src}#${token}`);
      return { iframe, token };
    },
  };
}
