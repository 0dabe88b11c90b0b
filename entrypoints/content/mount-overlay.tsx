import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OverlayApp, type OverlayStore } from '../../components/in-page/overlay-app';
import type { OverlayActions } from '../../components/in-page/view-model';
import '../../components/in-page/in-page.css';

/** The custom element hosting the shadow root. */
export const OVERLAY_NAME = 'guidepost-overlay';

/**
 * One shadow root at the end of the body holds every badge, card and prompt; they are placed over
 * the page beside each composer, so nothing is ever put inside an editor the site's framework owns.
 * The root is closed in the shipped build, so the site's own scripts cannot read what was flagged
 * (`host.shadowRoot` is null to them); only the test build opens it (see wxt.config.ts).
 */
export async function mountOverlay(ctx: ContentScriptContext, store: OverlayStore, actions: OverlayActions): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_NAME,
    mode: __GUIDEPOST_OVERLAY_SHADOW_MODE__,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(<OverlayApp store={store} actions={actions} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  ctx.onInvalidated(() => ui.remove());
}
