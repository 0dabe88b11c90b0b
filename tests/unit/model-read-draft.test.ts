import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { compileRules, runRules } from '../../rules/engine/compile-rules';
import { prepareDraft } from '../../rules/engine/prepare-draft';
import { featureHash } from '../../rules/model/feature-hash';
import { readDraft, readDraftHashes, resolveReading } from '../../rules/model/read-draft';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import { SAMPLE_PROFILE } from '../fixtures/profiles';

const compiled = compileRules(DEFAULT_PACK.rules, SAMPLE_PROFILE, DEFAULT_PACK.model);
const index = new Map(DEFAULT_PACK.rules.map((r, i) => [r.id, i]));
const reading = resolveReading(DEFAULT_PACK.model!.reads, (id) => index.get(id)!);
const lastSignal = DEFAULT_PACK.rules.findIndex((r) => r.kind === 'classifier') - 1;

function both(text: string) {
  const draft = prepareDraft(text);
  const table = runRules(compiled, draft, DEFAULT_CONTEXT, lastSignal);
  return { strings: readDraft(draft, DEFAULT_CONTEXT, table, reading, true), hashes: readDraftHashes(draft, DEFAULT_CONTEXT, table, reading, true) };
}

const WORDS = ['Visited', 'a', 'resident', 'Mrs', 'P', '92', 'on', 'Elm', 'Road', 'my', 'manager', 'is', 'a', 'disgrace', 'the', 'council', '🙄', '!!', 'Personal', 'opinion', '\n', 'Fernvale'];

describe('how the model reads a draft', () => {
  it('training and checking read the same features: the checker hashes them without building the strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (words) => {
        const { strings, hashes } = both(words.join(' '));
        expect(hashes.features).toEqual(strings.features.map(featureHash));
        expect(hashes.sources).toEqual(strings.sources);
        expect(hashes.units).toEqual(strings.units);
      }),
      { numRuns: 200, seed: 20261207 },
    );
  });

  it('reads the kind of thing, never the organisation\'s words or a person\'s name', () => {
    const { strings } = both('Mrs Patel, 92, told Fernvale Borough Council that Zorbeth visited.');
    const text = strings.features.join(' ');
    expect(text).not.toMatch(/patel|fernvale|zorbeth/i);
    expect(strings.features).toEqual(expect.arrayContaining(['w:ORG', 'w:PROPER']));
    expect(strings.features.some((f) => f.includes('AGE'))).toBe(true);
  });
});
