import { describe, expect, it } from 'vitest';
import { wordsMatched } from '../fixtures/engine-harness';

const PERSON = { id: 'person', kind: 'entity', entity: 'person-name' };
const names = (text: string) => wordsMatched([PERSON], text);

describe('person-name entity', () => {
  it.each([
    ['Popped in to see Chloe today', ['Chloe'], 'a common given name'],
    ['Tunde, 15, told me about school', ['Tunde'], 'an unlisted name followed by an age'],
    ['Ezinne (80) loves her garden', ['Ezinne'], 'an unlisted name with an age in brackets'],
    ['Ifeoma is 6 now and reading', ['Ifeoma'], 'an unlisted name with "is <age>"'],
    ["Bolu's mum rang the office", ['Bolu'], 'an unlisted name with a possessive family word'],
    ["Then Grace's case came up", ['Grace'], 'an ambiguous name made clear by context'],
    ['Noisy night next to the Smiths', ['the Smiths'], 'a household'],
    ['The Okoro family are moving', ['The Okoro family'], 'a family by surname'],
    ['Met the Adeyemi twins', ['the Adeyemi twins'], 'siblings by surname'],
    ['Mrs Brown waved from the window', ['Mrs Brown'], 'a title with a surname'],
    ['Chloe and Aaron came too', ['Chloe', 'Aaron'], 'two names, in order'],
  ])('finds %j → %j (%s)', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Thanks to @Chloe_R for the tip', 'a handle is an account, not a name'],
    ['Loved the #Chloe fundraiser', 'a hashtag'],
    ['May I ask a question', '"May" as a verb'],
    ['Will you be there', '"Will" as a verb'],
    ['Hollowmere Council opened the lido', "the organisation's own name"],
    ['visited chloe today', 'a lower-case word is not taken for a name'],
    ['Went to Leeds for the match', 'a place'],
    ['Drinks at the Crown Arms', 'a pub'],
  ])('finds no one in %j (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('skips words a rule tells it to ignore', () => {
    const rule = { ...PERSON, ignore: ['chloe'] };
    expect(wordsMatched([rule], 'Chloe and Aaron came')).toEqual(['Aaron']);
  });
});
