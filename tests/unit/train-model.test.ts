import { describe, expect, it } from 'vitest';
import { trainModel, leftOutProbabilities, foldsOf } from '../../rules/training/train-pack';
import { prepareExamples } from '../../rules/training/prepare-examples';
import { rulePackSchema } from '../../rules/schema/pack';
import { compile } from '../../rules/engine/compile';
import { runExamples } from '../../rules/engine/run-examples';
import { madeUpSet } from '../fixtures/synthetic-drafts';
import { smallSourcePack } from '../fixtures/small-source-pack';

const SETS = [madeUpSet('Fennick', 56, 1), madeUpSet('Oxbourne', 56, 2), madeUpSet('Tarrow', 56, 3)];

describe('training a pack', () => {
  const base = smallSourcePack();
  const first = trainModel(base, SETS);

  it('is deterministic: the same drafts give byte-identical models', () => {
    const again = trainModel(smallSourcePack(), SETS);
    expect(JSON.stringify(again.model)).toBe(JSON.stringify(first.model));
  });

  it('gives a pack installs accept: it passes the schema and its own examples for each organisation it learned from', () => {
    const pack = rulePackSchema.parse({ ...base, model: first.model });
    for (const set of SETS) expect(runExamples(pack, set.profile).map((f) => f.message)).toEqual([]);
  });

  it('learns the categories of drafts it has never seen, for an organisation it has never seen', () => {
    const pack = rulePackSchema.parse({ ...base, model: first.model });
    const unseen = madeUpSet('Wexley', 28, 9);
    const checker = compile(pack, unseen.profile);
    const right = unseen.drafts.filter((d) => {
      const found = checker.check(d.text, d.context).map((f) => f.category).sort();
      return JSON.stringify(found) === JSON.stringify([...d.expect].sort());
    });
    expect(right.length / unseen.drafts.length).toBeGreaterThanOrEqual(0.9);
  });

  it('records how it was trained, and thresholds between 0 and 1 for each head', () => {
    expect(first.model.trainedOn).toEqual({ organisations: 3, drafts: 168 });
    expect(first.model.heads.map((h) => h.name)).toEqual(['client-privacy', 'employer-comment', 'work-opinion']);
    for (const h of first.model.heads) expect(h.threshold).toBeGreaterThan(0);
  });

  it('never lets an organisation left out shape its own left-out scores', () => {
    const { heads, drafts, lessons } = prepareExamples(base, base.model.reads, SETS);
    const settings = { ...base.model.training, networks: 1, epochs: 3 };
    const before = leftOutProbabilities(drafts, lessons, foldsOf(drafts, SETS.length), heads.length, settings);
    // Turn every label of the first organisation upside down: its own scores must not move.
    const flipped = drafts.map((d) => (d.set === 0 ? { ...d, targets: d.targets.map((t) => 1 - t) } : d));
    const after = leftOutProbabilities(flipped, lessons, foldsOf(flipped, SETS.length), heads.length, settings);
    const first = drafts.flatMap((d, i) => (d.set === 0 ? [i] : []));
    const others = drafts.flatMap((d, i) => (d.set !== 0 ? [i] : []));
    expect(first.map((i) => [...after[i]!])).toEqual(first.map((i) => [...before[i]!]));
    expect(others.some((i) => after[i]!.some((p, k) => p !== before[i]![k]))).toBe(true);
  });

  it('leaves a head out of learning where the pack\'s certain rules decide: no employer-comment lesson from an organisation account', () => {
    const { heads, drafts } = prepareExamples(base, base.model.reads, SETS);
    const employer = heads.findIndex((h) => h.name === 'employer-comment');
    const texts = SETS.flatMap((s) => s.drafts);
    drafts.forEach((d, i) => {
      if (texts[i]!.context.account === 'organisation') expect(d.counts[employer]).toBe(0);
    });
    expect(drafts.filter((d, i) => texts[i]!.context.account === 'personal' && d.counts[employer] === 1).length).toBeGreaterThan(0);
  });
});
