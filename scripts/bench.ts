// `npm run bench`: times the engine, the extension in Chromium, and the bundle against the
// budgets of issues 2 and 6; prints a table and writes bench-results.json at the project root.
// `--quick` (or BENCH_QUICK=1) runs a few iterations of everything, to prove the bench works.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { runBrowserBench } from './bench/browser-bench';
import { ensureChromeBuild, measureBundle } from './bench/bundle-sizes';
import { runEngineBench } from './bench/engine-bench';
import { runFirefoxBench } from './bench/firefox-bench';
import { formatTable, type BenchResults } from './bench/results';

const PARTS = ['engine', 'bundle', 'browser', 'firefox'] as const;
type Part = (typeof PARTS)[number];

interface Options {
  quick: boolean;
  out: string;
  parts: Part[];
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    quick: process.env['BENCH_QUICK'] === '1' || argv.includes('--quick'),
    out: resolve(import.meta.dirname, '../bench-results.json'),
    parts: [...PARTS],
  };
  const outAt = argv.indexOf('--out');
  if (outAt >= 0) options.out = resolve(argv[outAt + 1] ?? 'bench-results.json');
  const onlyAt = argv.indexOf('--only');
  if (onlyAt >= 0) {
    const wanted = (argv[onlyAt + 1] ?? '').split(',');
    const unknown = wanted.filter((p) => !(PARTS as readonly string[]).includes(p));
    if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
    options.parts = wanted as Part[];
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      quick: options.quick,
      node: process.version,
      cpus: cpus().length,
      loadAverage1m: loadavg()[0]!,
    },
  };
  const errors: Record<string, string> = {};
  const attempt = async (part: Part, run: () => Promise<void> | void) => {
    if (!options.parts.includes(part)) return;
    log(`${part}…`);
    try {
      await run();
    } catch (error) {
      errors[part] = error instanceof Error ? error.message : String(error);
      log(`  ${part} failed: ${errors[part]}`);
    }
  };

  await attempt('engine', () => {
    results.engine = runEngineBench({ quick: options.quick, log });
  });
  if (options.parts.includes('bundle') || options.parts.includes('browser')) ensureChromeBuild(log);
  await attempt('bundle', () => {
    results.bundle = measureBundle();
  });
  await attempt('browser', async () => {
    results.browser = await runBrowserBench({ quick: options.quick, log });
  });
  await attempt('firefox', async () => {
    results.firefox = await runFirefoxBench({ quick: options.quick, log });
  });

  if (Object.keys(errors).length > 0) results.errors = errors;
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\n${formatTable(results)}\n\nWrote ${options.out}${options.quick ? ' (quick run: figures are rough)' : ''}\n`);
  return Object.keys(errors).length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
