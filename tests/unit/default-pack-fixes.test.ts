import { describe, expect, it } from 'vitest';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { ASHCOMBE_PROFILE, LARKSPUR_PROFILE, SAMPLE_PROFILE } from '../fixtures/profiles';

// Opinions on work of several shapes; the disclaimer the fix appends names the organisation,
// which must not turn the draft into criticism of it.
const OPINIONS = [
  'Honestly the new parking charges in the town centre are the wrong call.',
  'Waiting lists are a disgrace and everyone knows it.',
  'Free school meals should be universal, full stop.',
  'Social housing is the answer. It always has been.',
];

describe.each([
  ['sample council', SAMPLE_PROFILE],
  ['health trust', ASHCOMBE_PROFILE],
  ['academy trust', LARKSPUR_PROFILE],
])('the "Add disclaimer" fix for the %s', (_name, profile) => {
  const checker = compile(DEFAULT_PACK, profile);

  it.each(OPINIONS)('settles "%s" and raises nothing new', (draft) => {
    const before = checker.check(draft, DEFAULT_CONTEXT);
    const opinion = before.find((f) => f.category === 'opinion-disclaimer');
    expect(opinion, 'the draft needs a disclaimer first').toBeDefined();
    const fix = opinion!.fixes.find((f) => f.kind === 'append');
    expect(fix?.label).toBe('Add disclaimer');
    const after = checker.check(draft + fix!.text, DEFAULT_CONTEXT);
    expect(after.map((f) => f.category)).toEqual(before.map((f) => f.category).filter((c) => c !== 'opinion-disclaimer'));
  });
});
