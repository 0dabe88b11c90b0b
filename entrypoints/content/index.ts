import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuidepost } from './guidepost-page';
import { adapterForHost } from './sites/adapter-for-host';

/** Set on the content script's own global (invisible to the page) so a second injection does nothing. */
const STARTED = Symbol.for('guidepost.content.started');

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*'],
  cssInjectionMode: 'ui',
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
