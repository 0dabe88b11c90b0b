import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../rules/schema/pack';
import { describeIssues, problemsToText } from '../../rules/schema/issues';
import { packJsonSchema } from '../../rules/cli/schema';
import { EXAMPLE_PLACEHOLDERS } from '../../rules/schema/rule-common';
import { GUIDANCE_ENTRY, packJson } from '../fixtures/engine-harness';

const EXAMPLES = { match: ['a'], noMatch: ['b'] };
const word = (id: string) => ({ id, kind: 'term-list', terms: [id], examples: EXAMPLES });

/** What a pack author reads when the pack is refused: `path: message` lines. */
function problems(pack: unknown): string {
  const result = rulePackSchema.safeParse(pack);
  return result.success ? '' : problemsToText(describeIssues(result.error));
}

describe('rule pack schema', () => {
  it('accepts a minimal pack and fills in the defaults', () => {
    const pack = rulePackSchema.parse(packJson([word('rota')]));
    expect(pack.rules[0]).toMatchObject({ severity: 'warn', caseSensitive: false, notAfter: [], fixes: [] });
    expect(pack.guidance[0]!.links).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a bad regex', { rules: [word('a'), word('b'), { id: 'c', kind: 'pattern', regex: '(unclosed', examples: EXAMPLES }] }, /^rules\[2\]\.regex: .*regular expression/m],
    ['a regex that can hang the page', { rules: [word('a'), { id: 'c', kind: 'pattern', regex: '(a+)+b', examples: EXAMPLES }] }, /^rules\[1\]\.regex: .*backtrack/m],
    ['an unknown rule reference', { rules: [word('a'), { id: 'both', kind: 'co-occurrence', all: [['a'], ['nope']], within: 'draft', examples: EXAMPLES }] }, /^rules\[1\]: refers to unknown rule "nope"/m],
    ['a forward reference', { rules: [{ id: 'first', kind: 'conditional', if: ['later'], require: ['later'], examples: EXAMPLES }, word('later')] }, /^rules\[0\]: refers to "later", which must come earlier/m],
    ['a rule that refers to itself', { rules: [{ id: 'loop', kind: 'conditional', if: ['loop'], require: ['loop'], examples: EXAMPLES }] }, /^rules\[0\]: refers to "loop", which must come earlier/m],
    ['duplicate rule ids', { rules: [word('a'), word('a')] }, /^rules\[1\]\.id: duplicate rule id "a"/m],
    ['duplicate guidance ids', { guidance: [GUIDANCE_ENTRY, GUIDANCE_ENTRY] }, /^guidance\[1\]\.id: duplicate guidance id/m],
    ['an unknown guidance id', { rules: [{ ...word('a'), guidance: 'missing' }] }, /^rules\[0\]\.guidance: unknown guidance id "missing"/m],
    ['a reported rule without a message', { rules: [{ ...word('a'), category: 'client-privacy', guidance: GUIDANCE_ENTRY.id }] }, /^rules\[0\]\.message: a reported rule needs a message/m],
    ['a reported rule without guidance', { rules: [{ ...word('a'), category: 'client-privacy', message: 'm' }] }, /^rules\[0\]\.guidance: a reported rule needs a guidance id/m],
    ['a rule without examples', { rules: [{ id: 'a', kind: 'term-list', terms: ['a'] }] }, /^rules\[0\]\.examples: /m],
    ['a rule with no noMatch example', { rules: [{ ...word('a'), examples: { match: ['a'], noMatch: [] } }] }, /^rules\[0\]\.examples\.noMatch: /m],
    ['an unknown kind', { rules: [{ id: 'a', kind: 'magic', examples: EXAMPLES }] }, /^rules\[0\]\.kind: /m],
    ['a rule id in capitals', { rules: [{ ...word('a'), id: 'Bad_Id' }] }, /^rules\[0\]\.id: a kebab-case rule id/m],
    ['a bad severity', { rules: [{ ...word('a'), severity: 'fatal' }] }, /^rules\[0\]\.severity: /m],
    ['a bad version string', { version: 'v2' }, /^version: /m],
    ['a negative version', { version: -1 }, /^version: /m],
    ['a bad expiry', { expires: 'next Tuesday' }, /^expires: /m],
    ['an impossible expiry date', { expires: '2026-13-40' }, /^expires: /m],
    ['no rules', { rules: [] }, /^rules: /m],
    ['no guidance', { guidance: [] }, /^guidance: /m],
    ['a guidance link over plain http', { guidance: [{ ...GUIDANCE_ENTRY, links: [{ label: 'Policy', url: 'http://example.org/p' }] }] }, /^guidance\[0\]\.links\[0\]\.url: /m],
    ['a signature with the wrong algorithm', { signature: { alg: 'RSA', keyId: 'k', value: 'abc=' } }, /^signature\.alg: /m],
    ['a misspelt placeholder in an example', { rules: [{ ...word('a'), examples: { match: ['Thanks {profile.handles}'], noMatch: ['b'] } }] }, /^rules\[0\]\.examples\.match\[0\]: an unknown \{profile\.…\} placeholder; examples may use \{profile\.name\}/m],
    ['an unknown placeholder in an example with a context', { rules: [{ ...word('a'), examples: { match: ['a'], noMatch: [{ text: '{profile.policyUrl}', context: { reply: true } }] } }] }, /^rules\[0\]\.examples\.noMatch\[0\]\.text: an unknown \{profile\./m],
  ])('names the path for %s', (_what, change, expected) => {
    expect(problems({ ...packJson([word('placeholder')]), ...change })).toMatch(expected);
  });

  it.each<[string | number]>([[1], [42], ['1.4.0'], ['2.0.0-rc.1']])('accepts version %j', (version) => {
    expect(problems({ ...packJson([word('a')]), version })).toBe('');
  });

  it.each(['2027-01-31', '2027-01-31T12:00:00Z', '2027-01-31T12:00:00+01:00'])('accepts expiry %j', (expires) => {
    expect(problems({ ...packJson([word('a')]), expires })).toBe('');
  });

  it('reports every problem, not just the first', () => {
    const text = problems({ ...packJson([word('a'), word('a')]), version: 'v2' });
    expect(text.split('\n').length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^version: /m);
    expect(text).toMatch(/^rules\[1\]\.id: /m);
  });

  it('describes a top-level problem as (top level)', () => {
    expect(problems('not a pack')).toMatch(/^\(top level\): /);
  });

  it('accepts every placeholder an example may use, and braces that are not placeholders', () => {
    const match = ['{profile.name} and {profile.alias}', 'Thanks {profile.handle}', '{profile.topic} for a {profile.clientTerm}', { text: 'Cuts. {profile.disclaimer}', context: { reply: true } }];
    expect(problems(packJson([{ ...word('a'), examples: { match, noMatch: ['Set {curly} braces, {profile'] } }]))).toBe('');
  });

  it("documents the examples' placeholders in the JSON Schema editors use, and flags a misspelt one there too", () => {
    const exampleTexts: { description: string; pattern?: string }[] = [];
    const visit = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const { description } = node as { description?: unknown };
      if (typeof description === 'string' && description.includes('{profile.')) exampleTexts.push(node as { description: string });
      Object.values(node).forEach(visit);
    };
    visit(packJsonSchema());
    expect(exampleTexts.length).toBeGreaterThan(0);
    for (const { description, pattern } of exampleTexts) {
      for (const placeholder of EXAMPLE_PLACEHOLDERS) expect(description).toContain(`{profile.${placeholder}}`);
      const text = new RegExp(pattern ?? '');
      expect(text.test('Proud to work for {profile.name}')).toBe(true);
      expect(text.test('Proud to work for {profile.names}')).toBe(false);
    }
  });
});
