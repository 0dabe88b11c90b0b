import { describe, expect, it } from 'vitest';
import { entityRuleSchema } from '../../rules/kinds/entity';
import { profileOf, wordsMatched } from '../fixtures/engine-harness';

const PERSON = { id: 'person', kind: 'entity', entity: 'person-name' };

describe('entity rules', () => {
  it("never takes the organisation's own names for a person", () => {
    const profile = profileOf({ name: 'Florence Nightingale Hospice', aliases: ['Ruby House'] });
    const text = 'Florence Nightingale Hospice and Ruby House thank Oscar';
    expect(wordsMatched([PERSON], text, profile)).toEqual(['Oscar']);
    expect(wordsMatched([PERSON], text, profileOf({ name: 'Somewhere Else' }))).toEqual(['Florence', 'Ruby', 'Oscar']);
  });

  it('ignores the words a pack lists, whatever their case', () => {
    expect(wordsMatched([{ ...PERSON, ignore: ['OSCAR'] }], 'Oscar and Ruby came')).toEqual(['Ruby']);
  });

  it('only knows the entities it has recognisers for', () => {
    expect(entityRuleSchema.safeParse({ ...PERSON, entity: 'organisation', examples: { match: ['a'], noMatch: ['b'] } }).success).toBe(false);
  });
});
