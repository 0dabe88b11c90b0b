import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { SITE_PAGES } from './rules/sites';
import { CHROME_EXTENSION_KEY, GECKO_ID } from './utils/extension-ids';

const ZOD_EVAL_PROBE = /(export const allowsEval = cached\(\(\) => )\{[\s\S]*?new F\(""\);[\s\S]*?\n\}\);/;

/**
 * zod asks whether `new Function("")` works, to build faster parsers when it does. Manifest V3
 * forbids eval in extension pages, workers and content scripts alike, so the answer in every bundle
 * is already "no"; this gives that answer without asking, so what ships holds no Function
 * constructor for `web-ext lint` to report as eval. The build fails if a new zod no longer has the
 * probe where this expects it.
 */
function zodWithoutEvalProbe(): Plugin {
  return {
    name: 'guidepost:zod-without-eval-probe',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!ZOD_EVAL_PROBE.test(code)) this.error(`${id} no longer has the eval probe zodWithoutEvalProbe() replaces: look for Function( in the build`);
      return { code: code.replace(ZOD_EVAL_PROBE, '$1false);'), map: null };
    },
  };
}

const PLURALIZE_UMD_TEST = "typeof require === 'function' && typeof exports === 'object' && typeof module === 'object'";

/**
 * `pluralize` (used by the coach's retext-profanities and syllable) is a UMD file that looks for
 * Node's `require` to decide it is CommonJS. Bundled, there is no `require`, so it fell through to
 * setting a global on `this` (the wrapped module's exports), and its importers got an object where
 * they expected the function ("pluralize.singular is not a function" in the coach's worker). This
 * tells it it is CommonJS, as it is. The build fails if a new pluralize no longer has that test.
 */
function pluralizeAsCommonJs(): Plugin {
  return {
    name: 'guidepost:pluralize-as-commonjs',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]pluralize[\\/]pluralize\.js$/.test(id)) return null;
      if (!code.includes(PLURALIZE_UMD_TEST)) this.error(`${id} no longer has the test pluralizeAsCommonJs() replaces`);
      return { code: code.replace(PLURALIZE_UMD_TEST, 'true'), map: null };
    },
  };
}

// Chromium MV3 and Firefox MV3 from one source; see README "Permissions" for why each is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every dependency visible where it is used.
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), zodWithoutEvalProbe(), pluralizeAsCommonJs()],
    // Closed, so the site's own scripts cannot reach Guidepost's frames. The test build
    // (scripts/test-build.ts) opens it so the browser tests can find each composer's frame, and
    // differs in nothing else.
    define: { __GUIDEPOST_OVERLAY_SHADOW_MODE__: JSON.stringify('closed') },
  }),
  manifest: ({ browser }) => ({
    name: 'Guidepost',
    description:
      "Checks your X and Facebook drafts against your organisation's social media guidance, on your device.",
    permissions: ['storage', 'alarms'],
    action: { default_title: 'Guidepost' },
    // The frames Guidepost draws and checks in, which X and Facebook pages may load, and only they.
    // Chromium serves them at an address that changes every session, so a page cannot use it to
    // recognise the browser; Firefox has no such option (docs/reliability.md says what it shows instead).
    web_accessible_resources: [
      {
        resources: ['checks-frame.html', 'nudge-frame.html', 'tip-frame.html'],
        matches: SITE_PAGES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first ESR with Ed25519 in WebCrypto, which signed rule packs need.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // A fixed id for policy files; Firefox has its gecko id instead.
          key: CHROME_EXTENSION_KEY,
          // Enterprise policy values (rule pack URL, trusted keys…); Chromium enforces this schema,
          // Firefox has no such key and the background validates every value itself.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
