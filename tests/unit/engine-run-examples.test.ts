import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCLAIMER } from '../../rules/profile/fill-profile-words';
import { checkExamples, fillExample, runExamples } from '../../rules/engine/run-examples';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import { packOf, profileOf, reported, TEST_PROFILE } from '../fixtures/engine-harness';

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

  it("runs examples written with placeholders in the profile's own words, so one pack holds for every organisation", () => {
    const pack = packOf([
      { id: 'employer', kind: 'term-list', terms: ['{profile.names}', '{profile.handles}'], examples: { match: ['Thanks {profile.handle}', 'Proud of {profile.name}', 'Go {profile.alias}!'], noMatch: ['Thanks @SomeoneElse'] } },
      { id: 'served', kind: 'term-list', terms: ['{profile.clientTerms}', '{profile.topics}'], examples: { match: ['The {profile.clientTerm} rang', 'More on {profile.topic}'], noMatch: ['The dog rang'] } },
    ]);
    const hospice = profileOf({ name: 'Brackenford Hospice', aliases: ['the hospice'], handles: ['@BrackenfordCare'], topics: ['bereavement support'], clientTerms: ['patient'] });
    expect(runExamples(pack, TEST_PROFILE)).toEqual([]);
    expect(runExamples(pack, hospice)).toEqual([]);
  });

  it('reports a failing example as it was checked, with the profile filled in', () => {
    const pack = packOf([{ id: 'name', kind: 'term-list', terms: ['{profile.names}'], examples: { match: ['{profile.alias} again'], noMatch: ['Nothing but praise for {profile.name}'] } }]);
    expect(runExamples(pack, TEST_PROFILE)).toEqual([
      {
        rule: 'name',
        path: 'rules[0].examples.noMatch[0]',
        expected: 'no match',
        text: 'Nothing but praise for Hollowmere District Council',
        message: 'rules[0].examples.noMatch[0] (rule "name"): expected no match: "Nothing but praise for Hollowmere District Council"',
      },
    ]);
  });

  it("fills {profile.disclaimer} with the profile's wording, or the wording used when it has none", () => {
    expect(fillExample('Cuts again. {profile.disclaimer}', TEST_PROFILE)).toEqual({ text: 'Cuts again. All views my own.', context: DEFAULT_CONTEXT });
    const withoutDisclaimer = profileOf({ name: 'Brackenford Hospice' });
    expect(fillExample({ text: '{profile.disclaimer}', context: { reply: true } }, withoutDisclaimer)).toEqual({
      text: DEFAULT_DISCLAIMER,
      context: { ...DEFAULT_CONTEXT, reply: true },
    });
  });

  it('skips, and says why, an example that needs words the profile does not have; it is never counted as passing', () => {
    const pack = packOf([
      { id: 'handle', kind: 'term-list', terms: ['{profile.handles}'], examples: { match: ['Thanks {profile.handle}', 'Thanks @Nobody'], noMatch: ['{profile.topic} with {profile.handle}'] } },
    ]);
    const nameOnly = profileOf({ name: 'Brackenford Hospice' });
    expect(checkExamples(pack, nameOnly)).toEqual({
      failures: [expect.objectContaining({ path: 'rules[0].examples.match[1]', text: 'Thanks @Nobody' })],
      skipped: [
        { rule: 'handle', path: 'rules[0].examples.match[0]', text: 'Thanks {profile.handle}', reason: 'the profile has no handles' },
        { rule: 'handle', path: 'rules[0].examples.noMatch[0]', text: '{profile.topic} with {profile.handle}', reason: 'the profile has no topics or handles' },
      ],
    });
    // With a handle to fill in, the same example runs, and can fail.
    const wrongHandle = profileOf({ name: 'Brackenford Hospice', handles: ['@BrackenfordCare'] });
    const handleRule = packOf([{ id: 'handle', kind: 'term-list', terms: ['@Elsewhere'], examples: { match: ['Thanks {profile.handle}'], noMatch: ['x'] } }]);
    expect(checkExamples(handleRule, wrongHandle)).toEqual({
      failures: [expect.objectContaining({ path: 'rules[0].examples.match[0]', text: 'Thanks @BrackenfordCare' })],
      skipped: [],
    });
  });
});
