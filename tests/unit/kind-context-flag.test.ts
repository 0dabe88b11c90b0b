import { describe, expect, it } from 'vitest';
import { contextOf, wordsMatched } from '../fixtures/engine-harness';

describe('context-flag rules', () => {
  it.each([
    ['media', { media: true }, ['Photo from today']],
    ['media', { media: false }, []],
    ['reply', { reply: true }, ['Photo from today']],
    ['reply', { media: true }, []],
    ['profileDisclaimer', { profileDisclaimer: true }, ['Photo from today']],
  ] as const)('flag %s with context %j → %j (the whole draft)', (flag, context, expected) => {
    expect(wordsMatched([{ id: 'flag', kind: 'context-flag', flag }], 'Photo from today', undefined, contextOf(context))).toEqual(expected);
  });

  it('lets a photo count as the identifying detail of a co-occurrence', () => {
    const rules = [
      { id: 'served', kind: 'term-list', terms: ['tenant'] },
      { id: 'photo', kind: 'context-flag', flag: 'media' },
      { id: 'pictured', kind: 'co-occurrence', all: [['served'], ['photo']], within: 'draft' },
    ];
    // The photo stands for the whole draft; it must not use up the word "tenant" under it.
    expect(wordsMatched(rules, 'Our tenant loved the new kitchen', undefined, contextOf({ media: true }))).toEqual([
      'Our tenant loved the new kitchen',
      'tenant',
    ]);
    expect(wordsMatched(rules, 'Our tenant loved the new kitchen', undefined, contextOf({ media: false }))).toEqual([]);
  });
});
