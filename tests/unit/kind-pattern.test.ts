import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../rules/schema/pack';
import { checkerOf, contextOf, packJson, profileOf, reported, wordsMatched } from '../fixtures/engine-harness';

const pattern = (extra: Rule) => [{ id: 'pattern', kind: 'pattern', ...extra }];
const find = (extra: Rule, text: string) => wordsMatched(pattern(extra), text);

type Rule = Record<string, unknown>;

describe('pattern rules', () => {
  it.each<[Rule, string, string[], string]>([
    [{ regex: String.raw`case (?:no\.? )?\d{4,}`, flags: 'i' }, 'Filed under Case No. 20391 today', ['Case No. 20391'], 'flag i ignores case'],
    [{ regex: String.raw`case (?:no\.? )?\d{4,}` }, 'Filed under Case No. 20391 today', [], 'without i, case counts'],
    [{ regex: String.raw`^urgent`, flags: 'im' }, 'Hello\nUrgent: call back', ['Urgent'], 'flag m makes ^ start each line'],
    [{ regex: String.raw`^urgent`, flags: 'i' }, 'Hello\nUrgent: call back', [], 'without m, ^ is the start of the draft'],
    [{ regex: String.raw`start.end`, flags: 's' }, 'start\nend', ['start\nend'], 'flag s lets . cross lines'],
    [{ regex: String.raw`\p{Lu}{3,}`, flags: 'u' }, 'so ÉTÉ then', ['ÉTÉ'], 'flag u enables property escapes'],
    [{ regex: String.raw`\bref \d+` }, 'ref 1, ref 22 and ref 333', ['ref 1', 'ref 22', 'ref 333'], 'every match, in order'],
  ])('%j on %j → %j (%s)', (rule, text, expected) => {
    expect(find(rule, text)).toEqual(expected);
  });

  it.each([
    ['nhs-number', 'NHS 943 476 5919 on file', ['943 476 5919']],
    ['nhs-number', 'NHS 943 476 5918 on file', []],
    ['uk-postcode', 'Parcel to LS6 2HQ', ['LS6 2HQ']],
    ['age', 'A 14-year-old helper', ['14-year-old']],
  ])('detector %s on %j → %j', (detector, text, expected) => {
    expect(find({ detector }, text)).toEqual(expected);
  });

  it('a validator checks what the regex found', () => {
    const rule = { regex: String.raw`\bNHS:? ?\d{3} ?\d{3} ?\d{4}`, validator: 'nhs-number' };
    expect(find(rule, 'Patient NHS: 943 476 5919')).toEqual(['NHS: 943 476 5919']);
    expect(find(rule, 'Patient NHS: 943 476 5918')).toEqual([]);
  });

  it.each([
    ['Rang a tenant about it', ['a tenant']],
    ['Rang the residents about it', ['the residents']],
    ['Rang a PA about it', ['a PA']],
    ['Rang a neighbour about it', []],
  ])('{profile.clientTerms} inside a regex: %j → %j', (text, expected) => {
    expect(find({ regex: String.raw`\b(?:a|the) {profile.clientTerms}\b` }, text)).toEqual(expected);
  });

  it('escapes profile words that contain regex characters', () => {
    const profile = profileOf({ name: 'Acme (North) C.I.C.', aliases: ['A+ Care'] });
    const rules = pattern({ regex: String.raw`with {profile.names}` });
    expect(wordsMatched(rules, 'Working with A+ Care, then with Acme (North) C.I.C. today', profile)).toEqual([
      'with A+ Care',
      'with Acme (North) C.I.C.',
    ]);
    expect(wordsMatched(rules, 'Working with AAA Care today', profile)).toEqual([]);
  });

  it('a profile variable with no words matches nothing', () => {
    const profile = profileOf({ name: 'Acme' });
    expect(wordsMatched(pattern({ regex: String.raw`hi {profile.handles}` }), 'hi @acme', profile)).toEqual([]);
  });

  it('highlights only the `span` group, at its own position', () => {
    const checker = checkerOf([reported({ id: 'twins', kind: 'pattern', regex: String.raw`(?<span>\d{2}) and \d{2}` })]);
    const text = 'Now 15 and 15';
    expect(checker.check(text, contextOf())[0]?.spans).toEqual([{ start: 4, end: 6 }]);
  });

  it('keeps the rest of the match as context only', () => {
    expect(find({ regex: String.raw`moved to (?<span>\p{Lu}\p{Ll}+)`, flags: 'u' }, 'She moved to Dunmore')).toEqual(['Dunmore']);
  });

  it('never loops on a pattern that can match nothing', () => {
    expect(find({ regex: String.raw`x*` }, 'abc xx d')).toEqual(['xx']);
  });
});

describe('pattern rule schema', () => {
  const problems = (rule: Rule) => {
    const result = rulePackSchema.safeParse(packJson([{ id: 'pattern', kind: 'pattern', ...rule }]));
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it.each<[Rule, string]>([
    [{}, 'neither detector nor regex'],
    [{ regex: 'a', detector: 'age' }, 'both'],
    [{ regex: '(' }, 'an invalid regex'],
    [{ regex: 'a', flags: 'g' }, 'a flag the engine sets itself'],
    [{ regex: 'a', flags: 'y' }, 'a sticky flag'],
    [{ detector: 'shoe-size' }, 'an unknown detector'],
    [{ regex: 'a', validator: 'uk-postcode' }, 'a validator that checks nothing'],
  ])('rejects %j (%s)', (rule) => {
    expect(problems(rule)).not.toEqual([]);
  });

  it('accepts a regex with a validator that checks', () => {
    expect(problems({ regex: String.raw`\d{10}`, validator: 'nhs-number' })).toEqual([]);
  });
});
