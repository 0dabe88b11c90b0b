import { describe, expect, it } from 'vitest';
import { runExamples } from '../../rules/engine/run-examples';
import { packOf, reported, TEST_PROFILE } from '../fixtures/engine-harness';

const rota = (examples: unknown) => ({ id: 'rota', kind: 'term-list', terms: ['rota'], examples });

describe('runExamples', () => {
  it('returns nothing when every example behaves', () => {
    const pack = packOf([rota({ match: ['The rota is out'], noMatch: ['A rotation'] })]);
    expect(runExamples(pack, TEST_PROFILE)).toEqual([]);
  });

  it('names the path, the rule and the text of every example that misbehaves', () => {
    const pack = packOf([
      { id: 'first', kind: 'term-list', terms: ['pay'], examples: { match: ['pay'], noMatch: ['no'] } },
      rota({ match: ['The rota is out', 'Rotas everywhere'], noMatch: ['A rotation', 'Rota again'] }),
    ]);
    expect(runExamples(pack, TEST_PROFILE)).toEqual([
      {
        rule: 'rota',
        path: 'rules[1].examples.match[1]',
        expected: 'match',
        text: 'Rotas everywhere',
        message: 'rules[1].examples.match[1] (rule "rota"): expected a match: "Rotas everywhere"',
      },
      {
        rule: 'rota',
        path: 'rules[1].examples.noMatch[1]',
        expected: 'no match',
        text: 'Rota again',
        message: 'rules[1].examples.noMatch[1] (rule "rota"): expected no match: "Rota again"',
      },
    ]);
  });

  it('runs an example in the context it gives, over the defaults', () => {
    const rule = reported({
      id: 'personal-only',
      kind: 'term-list',
      terms: ['rota'],
      when: { account: ['personal'] },
      examples: { match: ['The rota'], noMatch: [{ text: 'The rota', context: { account: 'organisation' } }] },
    });
    expect(runExamples(packOf([rule]), TEST_PROFILE)).toEqual([]);
  });

  it('judges a rule that builds on others with those others run first', () => {
    const pack = packOf([
      { id: 'served', kind: 'term-list', terms: ['tenant'] },
      { id: 'name', kind: 'term-list', terms: ['Rowan'] },
      {
        id: 'both',
        kind: 'co-occurrence',
        all: [['served'], ['name']],
        within: 'sentence',
        examples: { match: ['Tenant Rowan rang'], noMatch: ['Tenant rang. Rowan too.'] },
      },
    ]);
    expect(runExamples(pack, TEST_PROFILE).filter((f) => f.rule === 'both')).toEqual([]);
  });

  it("uses the profile's words, so the same pack can fail for another organisation", () => {
    const pack = packOf([{ id: 'employer', kind: 'term-list', terms: ['{profile.names}'], examples: { match: ['HDC again'], noMatch: ['Other lot'] } }]);
    expect(runExamples(pack, TEST_PROFILE)).toEqual([]);
    expect(runExamples(pack, { ...TEST_PROFILE, name: 'Brackenford Hospice', aliases: [] }).map((f) => f.path)).toEqual(['rules[0].examples.match[0]']);
  });
});
