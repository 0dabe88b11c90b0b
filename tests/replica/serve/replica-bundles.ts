// Bundles the replica pages' scripts with esbuild (the one vite ships) into memory, once
// per test process: React + draft-js for X, Lexical for Facebook, minified like the sites.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ReplicaSite } from './replica-urls';

export interface ReplicaBundle {
  script: string;
  css: string;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);

let bundles: Promise<Record<ReplicaSite, ReplicaBundle>> | undefined;

export function replicaBundles(): Promise<Record<ReplicaSite, ReplicaBundle>> {
  bundles ??= buildBundles();
  return bundles;
}

async function buildBundles(): Promise<Record<ReplicaSite, ReplicaBundle>> {
  const result = await build({
    entryPoints: { x: here('../x/main.tsx'), fb: here('../fb/main.ts') },
    bundle: true,
    write: false,
    outdir: 'replica-out',
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    // The project tsconfig compiles JSX for Preact; the X replica is React.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    conditions: ['production'],
    logLevel: 'silent',
  });
  const script = (site: ReplicaSite) => {
    const file = result.outputFiles.find((output) => output.path.endsWith(`/${site}.js`));
    if (!file) throw new Error(`esbuild produced no ${site}.js`);
    return file.text;
  };
  const [draftCss, xCss, fbCss] = await Promise.all([
    readFile(require.resolve('draft-js/dist/Draft.css'), 'utf8'),
    readFile(here('../x/x.css'), 'utf8'),
    readFile(here('../fb/fb.css'), 'utf8'),
  ]);
  return { x: { script: script('x'), css: draftCss + xCss }, fb: { script: script('fb'), css: fbCss } };
}
