import { describe, expect, it } from 'vitest';
import { trainModel } from '../../rules/training/train-pack';
import { prepareExamples } from '../../rules/training/prepare-examples';
import { featureHash } from '../../rules/model/feature-hash';
import { base64ToBytes } from '../../rules/signing/base64';
import { MADE_UP_NAMES, madeUpSet } from '../fixtures/synthetic-drafts';
import { smallSourcePack } from '../fixtures/small-source-pack';
import type { LabelledSet } from '../../rules/training/labelled-draft';

/** The model's vocabulary, as a set of feature hashes. */
function vocabulary(encoded: string): Set<number> {
  const bytes = base64ToBytes(encoded)!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Set(Array.from({ length: bytes.length / 4 }, (_, i) => view.getUint32(i * 4, true)));
}

// A published pack is public, and an admin's labelled drafts may hold real people's names.
describe('a trained pack holds no name from the drafts it learned from', () => {
  // Each name appears in dozens of drafts: at the start of sentences, after a comma, before an age.
  const sets: LabelledSet[] = [madeUpSet('Fennick', 70, 11), madeUpSet('Oxbourne', 70, 12), madeUpSet('Tarrow', 70, 13)];
  // One organisation alone too: the admin training on their own drafts.
  const cases: [string, LabelledSet[]][] = [
    ['three organisations', sets],
    ['one organisation', [madeUpSet('Fennick', 300, 14)]],
  ];

  it.each(cases)('trained on %s: no name can be read in the pack, or found by hashing what the reader makes of it', (_what, trainingSets) => {
    const base = smallSourcePack();
    const { model } = trainModel(base, trainingSets);
    const json = JSON.stringify(model).toLowerCase();
    const names = MADE_UP_NAMES.map((n) => n.toLowerCase());
    for (const name of names) expect(json).not.toContain(name);

    // Every feature the reader produced from the training drafts that carries a name…
    const kept = vocabulary(model.vocabulary);
    const { drafts } = prepareExamples(base, base.model.reads, trainingSets);
    const withNames = [...new Set(drafts.flatMap((d) => d.features))].filter((f) => names.some((n) => f.toLowerCase().includes(n)));
    // …and the ones a guesser would try, name by name.
    const guesses = names.flatMap((n) => [`w:${n}`, `b:${n} from`, `b:${n} ,`, `e:${n}`]);
    expect(withNames.concat(guesses).filter((f) => kept.has(featureHash(f)))).toEqual([]);
    // The names were in the drafts, often: the test would see them if they got through.
    expect(trainingSets.flatMap((s) => s.drafts).filter((d) => names.some((n) => d.text.toLowerCase().includes(n))).length).toBeGreaterThan(15);
  });
});
