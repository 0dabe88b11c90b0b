import { describe, expect, it } from 'vitest';
import { contextOf, wordsMatched } from '../fixtures/engine-harness';

const terms = (id: string, list: string[]) => ({ id, kind: 'term-list', terms: list });
const RULES = [
  terms('opinion', ['I reckon', 'should']),
  terms('disclaimer', ['views my own', 'personal view']),
  terms('hashtag', ['#pv']),
];
const needs = (extra: Record<string, unknown> = {}) => [
  ...RULES,
  { id: 'needs-disclaimer', kind: 'conditional', if: ['opinion'], require: ['disclaimer', 'hashtag'], ...extra },
];

describe('conditional rules', () => {
  it.each([
    ['I reckon the bins should be weekly.', ['I reckon', 'should'], 'the condition without what it requires'],
    ['I reckon the bins should be weekly. Views my own.', [], 'a required phrase anywhere in the draft'],
    ['Personal view: I reckon bins matter.', [], 'the required phrase before the condition'],
    ['I reckon so #pv', [], 'any one of several required rules'],
    ['Bins are collected on Fridays.', [], 'no condition, nothing required'],
  ])('%j → %j (%s)', (text, expected) => {
    expect(wordsMatched(needs(), text)).toEqual(expected);
  });

  it('a context flag named in satisfiedBy stands in for the required words', () => {
    const rules = needs({ satisfiedBy: ['profileDisclaimer'] });
    const text = 'I reckon the bins should be weekly.';
    expect(wordsMatched(rules, text, undefined, contextOf({ profileDisclaimer: true }))).toEqual([]);
    expect(wordsMatched(rules, text, undefined, contextOf({ profileDisclaimer: false }))).toEqual(['I reckon', 'should']);
  });

  it('a flag not named in satisfiedBy changes nothing', () => {
    const text = 'I reckon the bins should be weekly.';
    expect(wordsMatched(needs(), text, undefined, contextOf({ profileDisclaimer: true }))).toEqual(['I reckon', 'should']);
  });
});
