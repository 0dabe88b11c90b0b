/**
 * Rebuilds the shipped default pack: trains rules/packs/default-source.json on every labelled
 * organisation in ../shared/corpus/corpora.json and writes rules/packs/default.json. With
 * --verify it writes nothing and fails unless the committed pack is exactly what training gives.
 * Only this script reads ../shared; what ships is the committed pack.
 *
 *   npm run train:default [-- --verify] [-- --corpora PATH]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTrain } from '../rules/cli/train';

const { values } = parseArgs({
  options: { verify: { type: 'boolean', default: false }, corpora: { type: 'string', default: '../shared/corpus/corpora.json' } },
});
const list = JSON.parse(readFileSync(values.corpora, 'utf8')) as { org: string; corpus: string }[];
const dir = path.dirname(values.corpora);
const out = fileURLToPath(new URL('../rules/packs/default.json', import.meta.url));
const pairs = list.map((c) => `${path.join(dir, c.org)}:${path.join(dir, c.corpus)}`);
process.exitCode = await runTrain(['--out', out, ...(values.verify ? ['--verify'] : []), ...pairs]);
