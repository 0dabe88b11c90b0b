import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_PAGES } from '../../rules/sites';
import { startGuidepost } from './guidepost-page';
import { adapterForHost } from './sites/adapter-for-host';

/** Set on the content script's own global (invisible to the page) so a second injection does nothing. */
const STARTED = Symbol.for('guidepost.content.started');

export default defineContentScript({
  matches: SITE_PAGES,
  // The frames' few styles are passed to the shadow root as text (frame-host.ts); everything else is styled inside the frames.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const scope = globalThis as { [STARTED]?: boolean };
    const adapter = adapterForHost(location.hostname);
    if (scope[STARTED] || !adapter) return;
    scope[STARTED] = true;
    ctx.onInvalidated(() => {
      scope[STARTED] = false;
    });
    try {
      await startGuidepost(ctx, adapter);
    } catch (error) {
      // Whatever went wrong, the site must keep working as if Guidepost were not there.
      console.warn('Guidepost could not start on this page', error);
    }
  },
});
