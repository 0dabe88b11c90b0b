import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { draftContextSchema } from '../../rules/schema/context';
import type { OrgProfile } from '../../rules/schema/profile';
import { ASHCOMBE_PROFILE, LARKSPUR_PROFILE } from '../fixtures/profiles';

/**
 * A generalisation check: drafts written fresh for fictional organisations in other sectors
 * (not the sample council, not the dev set), labelled by LABELS.md. This shows how well the
 * default pack carries over; it is not a set to tune against.
 */
interface LabelledDraft {
  id: string;
  text: string;
  context: Record<string, unknown>;
  expect: string[];
}

function drafts(path: string): LabelledDraft[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledDraft);
}

interface LabelledSet {
  name: string;
  profile: OrgProfile;
  drafts: LabelledDraft[];
  /** A floor against regressions; never lower it to make a change pass. */
  floor: number;
}

const SETS: LabelledSet[] = [
  {
    // 19 of 24 (79%) exactly right when written; the pack was then improved with this set in
    // view (dbc7769) and gets 24 of 24, so it is no longer held out.
    name: 'community health trust',
    profile: ASHCOMBE_PROFILE,
    drafts: drafts('tests/fixtures/ashcombe-drafts.jsonl'),
    floor: 0.9,
  },
  {
    // 17 of 22 (77%) exactly right when written, all five misses client-privacy (year groups,
    // ages and initials between commas); the pack then learnt those forms (a5a7696) and gets 22
    // of 22, so it is no longer held out either.
    name: 'academy trust',
    profile: LARKSPUR_PROFILE,
    drafts: drafts('tests/fixtures/larkspur-drafts.jsonl'),
    floor: 0.9,
  },
];

describe.each(SETS)('default pack on drafts for a $name', ({ profile, drafts: set, floor }) => {
  it('has labelled drafts covering every category and clean drafts', () => {
    const labels = new Set(set.flatMap((d) => (d.expect.length ? d.expect : ['clean'])));
    expect([...labels].sort()).toEqual(['clean', 'client-privacy', 'employer-comment', 'opinion-disclaimer']);
    expect(set.length).toBeGreaterThanOrEqual(15);
  });

  it(`gets at least ${floor * 100}% of them exactly right`, () => {
    const checker = compile(DEFAULT_PACK, profile);
    const wrong = set.flatMap((d) => {
      const got = [...new Set(checker.check(d.text, draftContextSchema.parse(d.context)).map((f) => f.category))].sort();
      const want = [...d.expect].sort();
      return got.join() === want.join() ? [] : [`${d.id}: expected [${want.join(', ')}], got [${got.join(', ')}]: ${d.text}`];
    });
    if (wrong.length) console.info(`${profile.name}: drafts judged wrong (${wrong.length} of ${set.length}):\n${wrong.join('\n')}`);
    expect((set.length - wrong.length) / set.length).toBeGreaterThanOrEqual(floor);
  });
});
