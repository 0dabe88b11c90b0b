// Mozilla's own linter (addons-linter through web-ext, offline) on the Firefox build that ships
// (`npm run build`, not the test build): an error here is what would stop the add-on from being
// signed or listed.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_SHIPPED_DIR } from './harness/firefox';

const WEB_EXT = resolve(import.meta.dirname, '../../node_modules/web-ext/bin/web-ext.js');

interface LintMessage {
  code: string;
  message: string;
  description: string;
  file?: string;
}

interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

async function lint(dir: string): Promise<LintReport> {
  const args = [WEB_EXT, 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json', '--no-input', '--no-config-discovery'];
  // web-ext exits non-zero when there are errors; the report on stdout is what the test reads either way.
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 20_000_000 }).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }));
  return JSON.parse(stdout) as LintReport;
}

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors', async () => {
    expect(existsSync(join(FIREFOX_SHIPPED_DIR, 'manifest.json')), 'run `npm run build` first').toBe(true);
    const report = await lint(FIREFOX_SHIPPED_DIR);
    const listed = (messages: LintMessage[]) => messages.map((m) => `${m.code} ${m.file ?? ''}: ${m.description}`);
    expect(listed(report.errors)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  it('reports no eval, and no warning docs/reliability.md does not explain', async () => {
    const report = await lint(FIREFOX_SHIPPED_DIR);
    expect(report.warnings.filter((m) => m.code === 'DANGEROUS_EVAL').map((m) => `${m.file ?? ''}: ${m.message}`)).toEqual([]);
    const explained: string[] = (await readFile(resolve(import.meta.dirname, '../../docs/reliability.md'), 'utf8')).match(/`[A-Z][A-Z0-9_]+`/g) ?? [];
    const unexplained = report.warnings.filter((m) => !explained.includes(`\`${m.code}\``));
    expect(unexplained.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
  }, 120_000);

  it('does report errors and eval when the build is broken (so a clean report means something)', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'guidepost-lint-'));
    try {
      await cp(FIREFOX_SHIPPED_DIR, copy, { recursive: true });
      const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      delete manifest['name'];
      await writeFile(join(copy, 'manifest.json'), JSON.stringify(manifest));
      const background = join(copy, 'background.js');
      await writeFile(background, `${await readFile(background, 'utf8')}\n(() => { try { return Function(''), true; } catch { return false; } })();\n`);
      const report = await lint(copy);
      expect(report.summary.errors).toBeGreaterThan(0);
      expect(report.warnings.map((m) => m.code)).toContain('DANGEROUS_EVAL');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
