import { describe, expect, it } from 'vitest';
import { MAX_CHECKED_CHARS } from '../../rules/engine/compile';
import { DEFAULT_DISCLAIMER } from '../../rules/profile/fill-profile-words';
import { checkerOf, contextOf, profileOf, reported, TEST_PROFILE } from '../fixtures/engine-harness';

const terms = (id: string, list: string[], extra: Record<string, unknown> = {}) => ({ id, kind: 'term-list', terms: list, ...extra });

describe('compile and check', () => {
  it('reports only rules with a category; signal rules stay silent', () => {
    const checker = checkerOf([terms('signal', ['rota']), reported(terms('reported', ['payslip']), 'employer-comment')]);
    const findings = checker.check('The rota and my payslip', contextOf());
    expect(findings.map((f) => f.rule)).toEqual(['reported']);
  });

  it('gives one finding per category: the first rule in pack order speaks, spans are pooled', () => {
    const checker = checkerOf([
      reported(terms('first', ['Rowan']), 'client-privacy'),
      reported(terms('second', ['aged 9']), 'client-privacy'),
      reported(terms('third', ['payslip']), 'employer-comment'),
    ]);
    const text = 'Rowan, aged 9, found a payslip';
    const findings = checker.check(text, contextOf());
    expect(findings.map((f) => [f.category, f.rule])).toEqual([
      ['client-privacy', 'first'],
      ['employer-comment', 'third'],
    ]);
    expect(findings[0]!.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Rowan', 'aged 9']);
  });

  it('merges overlapping spans into one', () => {
    const checker = checkerOf([reported(terms('a', ['pay cut'])), reported(terms('b', ['cut back']))]);
    expect(checker.check('A pay cut back', contextOf())[0]!.spans).toEqual([{ start: 2, end: 14 }]);
  });

  it('fills profile variables in messages and fixes', () => {
    const rule = reported(terms('opinion', ['I reckon']), 'opinion-disclaimer');
    rule['message'] = 'Say so for {profile.name}; ask {profile.speakUpContact}.';
    rule['fixes'] = [{ kind: 'append', text: '{profile.disclaimer}', label: 'Add “{profile.disclaimer}”' }];
    const withAll = profileOf({ name: 'Brackenford Hospice', disclaimer: 'My views, not the hospice’s.', speakUpContact: 'the Freedom to Speak Up guardian' });
    const [finding] = checkerOf([rule], withAll).check('I reckon so', contextOf());
    expect(finding!.message).toBe('Say so for Brackenford Hospice; ask the Freedom to Speak Up guardian.');
    expect(finding!.fixes).toEqual([{ kind: 'append', text: ' My views, not the hospice’s.', label: 'Add “My views, not the hospice’s.”' }]);

    const bare = profileOf({ name: 'Brackenford Hospice' });
    const [plain] = checkerOf([rule], bare).check('I reckon so', contextOf());
    expect(plain!.message).toBe("Say so for Brackenford Hospice; ask your organisation's speak-up (whistleblowing) route.");
    expect(plain!.fixes[0]!.text).toBe(` ${DEFAULT_DISCLAIMER}`);
  });

  it.each([
    ['I reckon so', ' All views my own.', 'one line: after a space'],
    ['I reckon so\nreally', '\n\nAll views my own.', 'several lines: its own paragraph'],
    ['I reckon so ', 'All views my own.', 'already ends in a space'],
  ])('an append fix joins %j as %j (%s)', (text, expected) => {
    const rule = reported(terms('opinion', ['I reckon']), 'opinion-disclaimer');
    rule['fixes'] = [{ kind: 'append', text: '{profile.disclaimer}', label: 'Add a disclaimer' }];
    expect(checkerOf([rule], TEST_PROFILE).check(text, contextOf())[0]!.fixes[0]!.text).toBe(expected);
  });

  it.each(['', '   ', '\n\n'])('finds nothing in an empty draft %j', (text) => {
    expect(checkerOf([reported({ id: 'any', kind: 'pattern', regex: String.raw`\s*` })]).check(text, contextOf())).toEqual([]);
  });

  it('checks only the first MAX_CHECKED_CHARS of a huge paste', () => {
    const checker = checkerOf([reported(terms('word', ['payslip']))]);
    const early = `payslip ${'x'.repeat(MAX_CHECKED_CHARS)}`;
    const late = `${'x '.repeat(MAX_CHECKED_CHARS / 2)}payslip`;
    expect(checker.check(early, contextOf())[0]!.spans).toEqual([{ start: 0, end: 7 }]);
    expect(checker.check(late, contextOf())).toEqual([]);
  });

  it('a checker can be reused: one draft does not leak into the next', () => {
    const checker = checkerOf([terms('served', ['tenant']), terms('name', ['Rowan']), reported({ id: 'both', kind: 'co-occurrence', all: [['served'], ['name']], within: 'draft' })]);
    expect(checker.check('Tenant Rowan', contextOf())).toHaveLength(1);
    expect(checker.check('Rowan', contextOf())).toEqual([]);
    expect(checker.check('Tenant', contextOf())).toEqual([]);
  });
});

describe('when: rules that apply only in some contexts', () => {
  const rule = (when: Record<string, unknown>) => checkerOf([reported(terms('rule', ['payslip'], { when }))]);
  const fires = (when: Record<string, unknown>, context: Record<string, unknown>) =>
    rule(when).check('my payslip', contextOf(context)).length > 0;

  it.each([
    [{ account: ['personal'] }, { account: 'personal' }, true],
    [{ account: ['personal'] }, { account: 'organisation' }, false],
    [{ account: ['personal', 'organisation'] }, { account: 'organisation' }, true],
    [{ site: ['facebook'] }, { site: 'x' }, false],
    [{ site: ['facebook'] }, { site: 'facebook' }, true],
    [{ reply: true }, { reply: false }, false],
    [{ reply: true }, { reply: true }, true],
    [{ media: false }, { media: true }, false],
    [{ profileDisclaimer: false }, { profileDisclaimer: true }, false],
    [{ account: ['personal'], site: ['x'] }, { account: 'personal', site: 'facebook' }, false],
    [{}, { account: 'organisation', site: 'facebook', reply: true }, true],
  ])('when %j in context %j → %s', (when, context, expected) => {
    expect(fires(when, context)).toBe(expected);
  });

  it('a rule switched off by `when` also gives nothing to rules built on it', () => {
    const checker = checkerOf([
      terms('served', ['tenant'], { when: { account: ['personal'] } }),
      terms('name', ['Rowan']),
      reported({ id: 'both', kind: 'co-occurrence', all: [['served'], ['name']], within: 'draft' }),
    ]);
    expect(checker.check('Tenant Rowan', contextOf({ account: 'personal' }))).toHaveLength(1);
    expect(checker.check('Tenant Rowan', contextOf({ account: 'organisation' }))).toEqual([]);
  });
});
