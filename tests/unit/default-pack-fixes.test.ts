import { describe, expect, it } from 'vitest';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { ASHCOMBE_PROFILE, LARKSPUR_PROFILE, SAMPLE_PROFILE } from '../fixtures/profiles';
import { exampleDraft } from '../fixtures/pack-examples';
import type { OrgProfile } from '../../rules/schema/profile';

// Opinions on work of several shapes (the pack's own examples, which every trained pack must
// flag); the disclaimer the fix appends names the organisation, which must not turn the draft into
// criticism of it.
const OPINION_RULE = DEFAULT_PACK.rules.find((r) => r.id === 'work-opinion')!;
const opinions = (profile: OrgProfile) => OPINION_RULE.examples.match.map((_, i) => exampleDraft('work-opinion', profile, i));

describe.each([
  ['sample council', SAMPLE_PROFILE],
  ['health trust', ASHCOMBE_PROFILE],
  ['academy trust', LARKSPUR_PROFILE],
])('the "Add disclaimer" fix for the %s', (_name, profile) => {
  const checker = compile(DEFAULT_PACK, profile);

  it.each(opinions(profile))('settles "%s" and raises nothing new', (draft) => {
    const before = checker.check(draft, DEFAULT_CONTEXT);
    const opinion = before.find((f) => f.category === 'opinion-disclaimer');
    expect(opinion, 'the draft needs a disclaimer first').toBeDefined();
    const fix = opinion!.fixes.find((f) => f.kind === 'append');
    expect(fix?.label).toBe('Add disclaimer');
    const after = checker.check(draft + fix!.text, DEFAULT_CONTEXT);
    expect(after.map((f) => f.category)).toEqual(before.map((f) => f.category).filter((c) => c !== 'opinion-disclaimer'));
  });
});
