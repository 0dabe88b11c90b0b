import { describe, expect, it } from 'vitest';
import { wordsMatched } from '../fixtures/engine-harness';

const terms = (id: string, list: string[]) => ({ id, kind: 'term-list', terms: list });
const SIGNALS = [terms('served', ['tenant', 'visit']), terms('detail', ['Rowan', 'aged 9']), terms('consent', ['with consent'])];
const together = (within: unknown, extra: Record<string, unknown> = {}) => [
  ...SIGNALS,
  { id: 'together', kind: 'co-occurrence', all: [['served'], ['detail']], within, ...extra },
];

describe('co-occurrence rules', () => {
  it.each([
    ['sentence', 'A tenant called Rowan rang.', ['tenant', 'Rowan'], 'both in one sentence'],
    ['sentence', 'A tenant rang. Rowan is lovely.', [], 'in different sentences'],
    ['sentence', 'Rowan rang! A tenant? No.', [], 'sentences end at ! and ?'],
    ['sentence', 'A tenant\nRowan', [], 'a line break ends a sentence'],
    ['draft', 'A tenant rang. Later, Rowan is lovely.', ['tenant', 'Rowan'], 'anywhere in the draft'],
    ['draft', 'A tenant rang about the bins.', [], 'one group alone is not enough'],
  ])('within %s: %j → %j (%s)', (within, text, expected) => {
    expect(wordsMatched(together(within), text)).toEqual(expected);
  });

  it.each([
    ['A tenant, Rowan.', ['tenant', 'Rowan'], 'close together'],
    ['A tenant rang about the boiler again today and Rowan came.', [], 'further apart than the window'],
    ['Rowan came; the tenant left.', ['Rowan', 'tenant'], 'the window reaches back as well as forward'],
  ])('within 20 chars: %j → %j (%s)', (text, expected) => {
    expect(wordsMatched(together({ chars: 20 }), text)).toEqual(expected);
  });

  it('a `none` rule in the same scope blocks it', () => {
    const rules = together('sentence', { none: ['consent'] });
    expect(wordsMatched(rules, 'Tenant Rowan, shared with consent.')).toEqual([]);
    expect(wordsMatched(rules, 'Tenant Rowan came. Shared with consent.')).toEqual(['Tenant', 'Rowan']);
  });

  it('one word cannot stand for two groups', () => {
    const rules = [terms('name', ['Rowan']), { id: 'two', kind: 'co-occurrence', all: [['name'], ['name']], within: 'draft' }];
    expect(wordsMatched(rules, 'Rowan came')).toEqual([]);
    expect(wordsMatched(rules, 'Rowan came with Rowan')).toEqual(['Rowan', 'Rowan']);
  });

  it('finds a pairing that taking the first candidate would miss', () => {
    // The first group's first candidate ("Rowan") is the only word the second group has.
    const rules = [
      terms('person-or-visit', ['Rowan', 'visit']),
      terms('name', ['Rowan']),
      { id: 'pair', kind: 'co-occurrence', all: [['person-or-visit'], ['name']], within: 'sentence' },
    ];
    expect(wordsMatched(rules, 'Rowan had a visit today.')).toEqual(['Rowan', 'visit']);
  });

  it('a group may list several rules; any of them counts', () => {
    const rules = [...SIGNALS, { id: 'any', kind: 'co-occurrence', all: [['served', 'consent'], ['detail']], within: 'sentence' }];
    expect(wordsMatched(rules, 'Shared with consent: aged 9.')).toEqual(['with consent', 'aged 9']);
  });

  it('needs three groups when given three', () => {
    const rules = [
      ...SIGNALS,
      terms('when', ['Tuesday']),
      { id: 'three', kind: 'co-occurrence', all: [['served'], ['detail'], ['when']], within: 'draft' },
    ];
    expect(wordsMatched(rules, 'A tenant, Rowan.')).toEqual([]);
    expect(wordsMatched(rules, 'A tenant, Rowan, on Tuesday.')).toEqual(['tenant', 'Rowan', 'Tuesday']);
  });
});
