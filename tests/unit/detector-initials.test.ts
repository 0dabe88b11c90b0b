import { describe, expect, it } from 'vitest';
import { detected } from '../fixtures/engine-harness';

describe('title-initial detector', () => {
  it.each([
    ['Mrs P was in good spirits', 'Mrs P'],
    ['Checked on Mr K. this morning', 'Mr K'],
    ['Checked on Mr. B this morning', 'Mr. B'],
    ['Dr J signed it off', 'Dr J'],
    ['Mx R is settling in', 'Mx R'],
    ["Ms T's flat was freezing", 'Ms T'],
  ])('finds the anonymised person in %j', (text, expected) => {
    expect(detected('title-initial', text)).toEqual([expected]);
  });

  it.each([
    ['Mrs Brown from the bakery', 'a full surname is not an initial'],
    ['Mr A-level results day', 'an initial joined to a word'],
    ['Miss D&T lessons again', 'a school subject'],
    ['MRS P in capitals', 'shouting, not a title'],
  ])('ignores %j (%s)', (text) => {
    expect(detected('title-initial', text)).toEqual([]);
  });
});

describe('lone-initial detector', () => {
  it.each([
    ['Little K is thriving', 'K'],
    ['Caught up with my young person T', 'T'],
    ['Visited B in the afternoon', 'B'],
    ['Met K. at the office', 'K'],
    ["Had a word with J's nan", 'J'],
    ['Made a cake for R today', 'R'],
  ])('finds the initial in %j', (text, expected) => {
    expect(detected('lone-initial', text)).toEqual([expected]);
  });

  it.each([
    ['Time for plan B', 'plan B'],
    ['Off to X to post it', 'X is the site'],
    ['Me and I went', 'the pronoun I'],
    ['A to Z of benefits', 'A to Z'],
    ['Went with D-Day theme', 'an initial joined to a word'],
    ['Talk to A&E first', 'A&E'],
  ])('ignores %j (%s)', (text) => {
    expect(detected('lone-initial', text)).toEqual([]);
  });
});
