/**
 * Leave-one-organisation-out in one process, for trying reading and training changes quickly:
 * reads every organisation in a corpora list once, trains without each in turn, and scores it.
 * Thresholds are chosen once on all the left-out scores together, which flatters the table a little;
 * `node ../shared/corpus/cross-org.mjs` (the `train` command, thresholds nested) is the measure.
 * Also prints, per head, the ranking quality that thresholds cannot change: AUC and the recall
 * reached at 1% and 3% of clean drafts flagged.
 *
 *   npm run left-out [-- --corpora ../shared/corpus/corpora.json] [--networks N] [--epochs N] [--hidden N] [--show HEAD]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packSourceSchema } from '../rules/schema/pack';
import { orgProfileSchema } from '../rules/schema/profile';
import { readLabelled } from '../rules/cli/read-labelled';
import { DEFAULT_SOURCE } from '../rules/cli/train';
import { prepareExamples } from '../rules/training/prepare-examples';
import { foldsOf, leftOutProbabilities } from '../rules/training/train-pack';
import { chooseThresholds, outcomeOf } from '../rules/training/choose-thresholds';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: '../shared/corpus/corpora.json' },
    base: { type: 'string', default: DEFAULT_SOURCE },
    networks: { type: 'string' },
    epochs: { type: 'string' },
    hidden: { type: 'string' },
    show: { type: 'string' },
    dropout: { type: 'string' },
    decay: { type: 'string' },
  },
});
const started = performance.now();
const list = JSON.parse(readFileSync(values.corpora, 'utf8')) as { name: string; org: string; corpus: string }[];
const dir = path.dirname(values.corpora);
const sets = list.map((c) => ({
  source: c.name,
  profile: orgProfileSchema.parse(JSON.parse(readFileSync(path.join(dir, c.org), 'utf8'))),
  drafts: readLabelled(path.join(dir, c.corpus)),
}));
const base = packSourceSchema.parse(JSON.parse(readFileSync(values.base, 'utf8')));
const settings = {
  ...base.model!.training,
  ...(values.networks ? { networks: Number(values.networks) } : {}),
  ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
  ...(values.hidden ? { hidden: Number(values.hidden) } : {}),
  ...(values.dropout ? { dropout: Number(values.dropout) } : {}),
  ...(values.decay ? { weightDecay: Number(values.decay) } : {}),
};
const { heads, drafts, lessons } = prepareExamples(base, base.model!.reads, sets);
const read = performance.now();
const probabilities = leftOutProbabilities(drafts, lessons, foldsOf(drafts, sets.length), heads.length, settings);
const thresholds = chooseThresholds(drafts, probabilities, heads.length, settings.falseAlarmTarget);

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log(`thresholds ${heads.map((h, k) => `${h.name} ${thresholds[k]!.toFixed(3)}`).join(', ')}`);
console.log(`${'left out'.padEnd(13)} ${heads.map(() => '').length ? 'client-privacy    employer-comment  opinion-disclaimer   (precision/recall %)' : ''}`);
let meanF1 = 0;
let worstFA = 0;
sets.forEach((set, s) => {
  const mine = drafts.flatMap((d, i) => (d.set === s ? [i] : []));
  const o = outcomeOf(mine.map((i) => drafts[i]!), mine.map((i) => probabilities[i]!), thresholds);
  const f1 = o.categories.reduce((sum, c) => sum + c.f1, 0) / o.categories.length;
  meanF1 += f1 / sets.length;
  worstFA = Math.max(worstFA, o.falseAlarms);
  console.log(`${set.source.padEnd(13)} ${o.categories.map((c) => `${pct(c.precision)}/${pct(c.recall)}`).join('  ')}   FA ${pct(o.falseAlarms)}   F1 ${pct(f1)}`);
});
console.log(`mean F1 ${pct(meanF1)}, worst FA ${pct(worstFA)}`);
heads.forEach((head, k) => {
  const counted = drafts.map((d, i) => ({ d, p: probabilities[i]![k]! })).filter(({ d }) => d.counts[k]);
  const positive = counted.filter(({ d }) => d.targets[k]).map(({ p }) => p);
  const negative = counted.filter(({ d }) => !d.targets[k]).map(({ p }) => p);
  const clean = counted.filter(({ d }) => d.expect.size === 0).map(({ p }) => p).sort((a, b) => b - a);
  let wins = 0;
  for (const p of positive) for (const n of negative) wins += p > n ? 1 : p === n ? 0.5 : 0;
  const recallAt = (share: number) => {
    const cut = clean[Math.floor(share * clean.length)] ?? 0;
    return positive.filter((p) => p > cut).length / positive.length;
  };
  console.log(`${head.name.padEnd(16)} AUC ${pct(wins / (positive.length * negative.length))}  recall at 1% clean flagged ${pct(recallAt(0.01))}, at 3% ${pct(recallAt(0.03))}`);
});
console.log(`read ${((read - started) / 1000).toFixed(1)} s, trained and scored ${((performance.now() - read) / 1000).toFixed(1)} s`);

// --show HEAD: the clean drafts that head scores highest and the drafts it should find that it scores lowest.
const show = values.show;
if (show) {
  const k = heads.findIndex((h) => h.name === show);
  const texts = sets.flatMap((s) => s.drafts);
  const rows = drafts.map((d, i) => ({ d, p: probabilities[i]![k]!, text: texts[i]!.text, who: sets[d.set]!.source, account: texts[i]!.context.account }));
  const line = (r: (typeof rows)[number]) => `${r.p.toFixed(3)} ${r.who} ${r.account} [${[...r.d.expect].join(',')}] ${r.text.slice(0, 220).replace(/\s+/g, ' ')}`;
  console.log(`\n${show}: clean drafts scored highest`);
  for (const r of rows.filter((r) => r.d.counts[k] && r.d.expect.size === 0).sort((a, b) => b.p - a.p).slice(0, 25)) console.log(line(r));
  console.log(`\n${show}: drafts it should find, scored lowest`);
  for (const r of rows.filter((r) => r.d.counts[k] && r.d.targets[k]).sort((a, b) => a.p - b.p).slice(0, 25)) console.log(line(r));
}
