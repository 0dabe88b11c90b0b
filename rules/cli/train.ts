import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkExamples } from '../engine/run-examples';
import { packSourceSchema, rulePackSchema, type RulePack } from '../schema/pack';
import { GENERIC_PROFILE } from '../schema/profile';
import { describeIssues } from '../schema/issues';
import { trainModel } from '../training/train-pack';
import { parseJson, readText, validate } from './load-inputs';
import { readLabelledSet } from './read-labelled';
import { UserError } from './user-error';

export const DEFAULT_SOURCE = fileURLToPath(new URL('../packs/default-source.json', import.meta.url));

export const trainUsage = `guidepost train --out PACK.json [--base SOURCE.json] [--verify] ORG.json:DRAFTS.jsonl …

Trains the model of a pack on labelled drafts of one or more organisations (each organisation's
profile and its drafts, one {"id", "text", "context", "expect": [categories]} per line) and writes
a complete, unsigned pack: the base pack's guidance, rules and fixes with the trained model.
The base is the default pack's source unless --base names another pack (its model, if any, is
replaced). Thresholds are chosen on drafts left out organisation by organisation (with one
organisation, five folds of its drafts). The pack holds no profile and no words of the drafts:
only hashes of features seen in at least three drafts. Exits 1, writing nothing, if any of the
pack's own rule examples fails with the trained model. Same inputs, same bytes.
--verify writes nothing and exits 1 unless PACK.json already holds exactly what training gives.`;

function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

export async function runTrain(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, base: { type: 'string' }, verify: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (!values.out) throw new UserError(`train needs --out PACK.json\n\n${trainUsage}`);
  if (positionals.length === 0) throw new UserError(`train needs at least one ORG.json:DRAFTS.jsonl\n\n${trainUsage}`);
  const started = performance.now();
  const baseFile = values.base ?? DEFAULT_SOURCE;
  const base = validate(packSourceSchema, parseJson(readText(baseFile), baseFile), baseFile);
  if (!base.model) throw new UserError(`${baseFile}: model: the base pack says nothing of how its model reads drafts (model.reads)`);
  const sets = positionals.map(readLabelledSet);
  const log = (line: string) => process.stderr.write(`train: ${line}\n`);

  const { model, report } = trainModel({ ...base, model: base.model }, sets, log);
  // A trained pack serves any organisation (the install's profile is applied), and is unsigned until the admin signs it.
  const parsed = rulePackSchema.safeParse({ ...base, profile: undefined, signature: undefined, model });
  if (!parsed.success) {
    throw new Error(`the trained pack does not pass the schema: ${describeIssues(parsed.error).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  const pack: RulePack = parsed.data;

  // Every pack train writes is one installs accept: its examples hold for every organisation it learned from, and for none.
  const failures = [GENERIC_PROFILE, ...sets.map((s) => s.profile)].flatMap((profile) =>
    checkExamples(pack, profile).failures.map((f) => `${f.message} (profile "${profile.name}")`),
  );
  for (const line of report.heads.map((h, k) => `head ${h.name}: threshold ${report.thresholds[k]!.toFixed(3)}`)) log(line);
  log(
    `left out, organisation by organisation: ${report.leftOut.categories.map((c) => `${c.category} ${percent(c.precision)}/${percent(c.recall)}`).join(', ')}; ` +
      `false alarms ${percent(report.leftOut.falseAlarms)}`,
  );
  log(`${report.vocabulary} features, ${model.networks.length} networks; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    for (const f of [...new Set(failures)]) process.stderr.write(`train: FAIL ${f}\n`);
    process.stderr.write(`train: ${values.out} not written: the trained pack fails its own rule examples\n`);
    return 1;
  }
  const json = `${JSON.stringify(pack, null, 2)}\n`;
  if (values.verify) {
    let current = '';
    try {
      current = readFileSync(values.out, 'utf8');
    } catch {
      // A missing file is simply not what training gives.
    }
    if (current === json) {
      log(`${values.out} is exactly what training gives`);
      return 0;
    }
    process.stderr.write(`train: ${values.out} differs from what training gives; run without --verify to rewrite it\n`);
    return 1;
  }
  writeFileSync(values.out, json);
  return 0;
}
