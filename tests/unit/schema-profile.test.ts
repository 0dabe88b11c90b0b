import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orgProfileSchema } from '../../rules/schema/profile';
import { describeIssues, problemsToText } from '../../rules/schema/issues';

const problems = (value: unknown) => {
  const result = orgProfileSchema.safeParse(value);
  return result.success ? '' : problemsToText(describeIssues(result.error));
};

describe('organisation profile schema', () => {
  it('loads the sample profile', () => {
    const sample = orgProfileSchema.parse(JSON.parse(readFileSync('rules/profiles/sample-org.json', 'utf8')));
    expect(sample.name).toBe('Fernvale Borough Council');
    expect(sample.clientTerms.length).toBeGreaterThan(0);
  });

  it('strips keys it does not know, so profiles written for other tools still load', () => {
    const parsed = orgProfileSchema.parse({ name: 'Brackenford Hospice', region: 'north', brandColour: '#123456' });
    expect(parsed).toEqual({ name: 'Brackenford Hospice', aliases: [], handles: [], topics: [], clientTerms: [] });
  });

  it('trims words and keeps optional fields', () => {
    const parsed = orgProfileSchema.parse({
      name: '  Brackenford Hospice ',
      aliases: [' the hospice '],
      disclaimer: 'Views my own.',
      policyUrl: 'https://intranet.example/policy',
      speakUpContact: 'the guardian',
    });
    expect(parsed).toMatchObject({ name: 'Brackenford Hospice', aliases: ['the hospice'], disclaimer: 'Views my own.' });
  });

  it.each<[string, unknown, RegExp]>([
    ['a missing name', { aliases: ['x'] }, /^name: /m],
    ['an empty name', { name: '   ' }, /^name: /m],
    ['an empty alias', { name: 'A', aliases: ['ok', ' '] }, /^aliases\[1\]: /m],
    ['aliases as a string', { name: 'A', aliases: 'the hospice' }, /^aliases: /m],
    ['a policy link that is not a URL', { name: 'A', policyUrl: 'intranet/policy' }, /^policyUrl: /m],
    ['a policy link with a script scheme', { name: 'A', policyUrl: 'javascript:alert(1)' }, /^policyUrl: /m],
    ['not an object', ['A'], /^\(top level\): /m],
  ])('rejects %s, naming the field', (_what, value, expected) => {
    expect(problems(value)).toMatch(expected);
  });
});
