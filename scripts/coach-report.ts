/**
 * How often the "human face" coach would speak on organisation-account drafts of labelled
 * corpora, tip by tip, and a seeded sample of drafts with their tips to judge as a communications
 * officer would (printed here only; never copy corpus text into the product or docs).
 *
 *   npm run coach-report [-- --corpora ../shared/corpus/corpora.json] [--sample 20] [--seed 7]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packSourceSchema } from '../rules/schema/pack';
import { orgProfileSchema } from '../rules/schema/profile';
import { readLabelled } from '../rules/cli/read-labelled';
import { DEFAULT_SOURCE } from '../rules/cli/train';
import { compileCoach } from '../rules/coach/compile-coach';
import { seededRandom } from '../rules/training/seeded-random';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: '../shared/corpus/corpora.json' },
    sample: { type: 'string', default: '20' },
    seed: { type: 'string', default: '7' },
  },
});
const base = packSourceSchema.parse(JSON.parse(readFileSync(DEFAULT_SOURCE, 'utf8')));
const list = JSON.parse(readFileSync(values.corpora, 'utf8')) as { name: string; org: string; corpus: string }[];
const dir = path.dirname(values.corpora);
const perRule = new Map<string, number>();
const rows: { org: string; text: string; tips: string[] }[] = [];
let drafts = 0;
let withTip = 0;
let slowest = 0;
for (const c of list) {
  const profile = orgProfileSchema.parse(JSON.parse(readFileSync(path.join(dir, c.org), 'utf8')));
  const coach = await compileCoach(base.coach!, profile);
  for (const d of readLabelled(path.join(dir, c.corpus))) {
    if (d.context.account !== 'organisation') continue;
    drafts++;
    const started = performance.now();
    const tips = coach.tips(d.text, d.context);
    slowest = Math.max(slowest, performance.now() - started);
    if (tips.length > 0) withTip++;
    for (const t of tips) perRule.set(t.rule, (perRule.get(t.rule) ?? 0) + 1);
    rows.push({ org: c.name, text: d.text, tips: tips.map((t) => `${t.rule}: ${t.message}`) });
  }
}
console.log(`${drafts} organisation-account drafts; ${withTip} get a tip (${((100 * withTip) / drafts).toFixed(0)}%); slowest ${slowest.toFixed(1)} ms`);
for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(22)} ${n}`);
const random = seededRandom(Number(values.seed));
const tipped = rows.filter((r) => r.tips.length > 0);
const sample = [...tipped].sort(() => random() - 0.5).slice(0, Number(values.sample));
console.log(`\nsample of ${sample.length} drafts with tips (seed ${values.seed}):`);
for (const r of sample) console.log(`\n[${r.org}] ${r.text.replace(/\s+/g, ' ')}\n  ${r.tips.join('\n  ')}`);
