// `npm run build:test`: the test build, in .output/chrome-mv3-test and .output/firefox-mv3-test.
// It is the shipped build (same WXT mode, `production`, same config) with one difference: the
// overlay's shadow root is open, so the browser tests, the bench and the demo can find the frames
// the badge and cards are drawn in (what is inside a frame they read through the browser's own
// tooling). The shipped build's root is closed; tests/browser/closed-overlay.test.ts checks that
// build itself.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BROWSERS = ['chrome', 'firefox'] as const;
type TestBuildBrowser = (typeof BROWSERS)[number];

export const TEST_BUILD_DIRS: Record<TestBuildBrowser, string> = {
  chrome: resolve(ROOT, '.output/chrome-mv3-test'),
  firefox: resolve(ROOT, '.output/firefox-mv3-test'),
};

export async function buildTestBuild(browser: TestBuildBrowser): Promise<void> {
  // Imported here, not at the top: the browser harness reads TEST_BUILD_DIRS and need not load WXT.
  const { build } = await import('wxt');
  await build({
    root: ROOT,
    browser,
    outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test',
    // Merged over wxt.config.ts' Vite config, so this replaces only the constant named here.
    vite: () => ({ define: { __GUIDEPOST_OVERLAY_SHADOW_MODE__: JSON.stringify('open') } }),
  });
}

/** Builds the test build for `browser` when there is none (the bench and the demo need one). */
export async function ensureTestBuild(browser: TestBuildBrowser, log: (line: string) => void): Promise<void> {
  if (existsSync(join(TEST_BUILD_DIRS[browser], 'manifest.json'))) return;
  log(`  no test build at ${TEST_BUILD_DIRS[browser]}: building it (npm run build:test)`);
  await buildTestBuild(browser);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  for (const browser of BROWSERS) await buildTestBuild(browser);
}
