import { describe, expect, it } from 'vitest';
import { findingSchema, SEVERITIES, severityRank } from '../../rules/schema/finding';
import { checkerOf, contextOf, reported } from '../fixtures/engine-harness';

const FINDING = {
  category: 'client-privacy',
  rule: 'named-person',
  severity: 'serious',
  message: 'This could identify someone.',
  spans: [{ start: 4, end: 9 }],
  guidance: 'client-privacy',
  fixes: [{ kind: 'append', text: ' Views my own.', label: 'Add a disclaimer' }],
};

describe('finding schema', () => {
  it('accepts the documented shape', () => {
    expect(findingSchema.parse(FINDING)).toEqual(FINDING);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown severity', { severity: 'fatal' }],
    ['a category in capitals', { category: 'Client Privacy' }],
    ['a negative span', { spans: [{ start: -1, end: 2 }] }],
    ['a fractional span', { spans: [{ start: 1.5, end: 2 }] }],
    ['an unknown fix kind', { fixes: [{ kind: 'delete', text: '', label: 'x' }] }],
    ['a fix without a label', { fixes: [{ kind: 'append', text: 'x', label: '' }] }],
  ])('rejects %s', (_what, change) => {
    expect(findingSchema.safeParse({ ...FINDING, ...change }).success).toBe(false);
  });

  it('orders severities info < warn < serious', () => {
    expect([...SEVERITIES].sort((a, b) => severityRank(a) - severityRank(b))).toEqual(['info', 'warn', 'serious']);
  });

  it('spans are JavaScript string indices, end exclusive, also after emoji and accents', () => {
    const checker = checkerOf([reported({ id: 'name', kind: 'term-list', terms: ['Zoë'] })]);
    const text = '👋🏽 Café with Zoë.';
    const [finding] = checker.check(text, contextOf());
    const [span] = finding!.spans;
    expect(text.slice(span!.start, span!.end)).toBe('Zoë');
    expect(span).toEqual({ start: text.indexOf('Zoë'), end: text.indexOf('Zoë') + 3 });
  });
});
