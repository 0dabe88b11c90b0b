import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CHROME_BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface BundleResults {
  /** Every script the page-start content scripts load, gzip, kB. */
  contentGzipKB: number;
  entrypoints: Record<string, { gzipKB: number; files: number }>;
}

interface ContentScriptEntry {
  js?: string[];
}

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: ContentScriptEntry[];
}

/** kB are 1,000 bytes, as browser stores and the budget count them; gzip at zlib's default level. */
function gzipKB(bytes: number): number {
  return bytes / 1000;
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** Modules a built chunk imports statically (`from"./x.js"`, `import"./x.js"`); dynamic imports load later and are left out. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const m of source.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) found.add(m[1]!);
  return [...found];
}

/** The built JS files an entry loads at start: itself, then everything it imports, transitively. */
function closure(buildDir: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = roots.map((r) => posix.normalize(r.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(buildDir, file))) continue;
    seen.add(file);
    for (const spec of staticImports(join(buildDir, file))) {
      queue.push(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
    }
  }
  return [...seen];
}

/** The scripts an HTML page starts with: module scripts and module preloads. */
function htmlScripts(buildDir: string, page: string): string[] {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return srcs.map((m) => (m[1]!.startsWith('/') ? m[1]!.slice(1) : posix.join(dirname(page), m[1]!)));
}

function sizeOf(buildDir: string, files: string[]) {
  return { gzipKB: gzipKB(files.reduce((sum, f) => sum + gzipSize(join(buildDir, f)), 0)), files: files.length };
}

/** Builds the Chrome MV3 extension when there is no build to measure. */
export function ensureChromeBuild(log: (line: string) => void, buildDir = CHROME_BUILD_DIR): void {
  if (existsSync(join(buildDir, 'manifest.json'))) return;
  log('  no build at .output/chrome-mv3: running `wxt build` first');
  execFileSync('npx', ['wxt', 'build'], { cwd: resolve(buildDir, '../..'), stdio: ['ignore', 'ignore', 'inherit'] });
}

export function measureBundle(buildDir = CHROME_BUILD_DIR): BundleResults {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as Manifest;
  const entrypoints: BundleResults['entrypoints'] = {};
  const worker = manifest.background?.service_worker;
  if (worker) entrypoints['background'] = sizeOf(buildDir, closure(buildDir, [worker]));
  for (const page of readdirSync(buildDir).filter((f) => f.endsWith('.html'))) {
    entrypoints[basename(page, '.html')] = sizeOf(buildDir, closure(buildDir, htmlScripts(buildDir, page)));
  }
  const contentDir = join(buildDir, 'content-scripts');
  const contentFiles = existsSync(contentDir) ? readdirSync(contentDir).filter((f) => f.endsWith('.js')) : [];
  for (const file of contentFiles) {
    entrypoints[basename(file, '.js')] = sizeOf(buildDir, closure(buildDir, [`content-scripts/${file}`]));
  }
  // Every content script the manifest injects at page start (isolated and main world alike).
  const injected = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  return { contentGzipKB: sizeOf(buildDir, closure(buildDir, injected)).gzipKB, entrypoints };
}
