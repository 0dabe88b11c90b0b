// A pack's regular expression runs on every pause in typing, in the page. One that backtracks
// catastrophically would freeze X or Facebook for the writer, so validation refuses it and says where.
import { describe, expect, it } from 'vitest';
import { compile, DEFAULT_CONTEXT, MAX_CHECKED_CHARS } from '../../rules';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { GENERIC_PROFILE, orgProfileSchema } from '../../rules/schema/profile';
import { describeIssues, problemsToText } from '../../rules/schema/issues';
import { rulePackSchema } from '../../rules/schema/pack';
import { checkExamples } from '../../rules/engine/run-examples';
import { expandRegex, MAX_PATTERN_LENGTH } from '../../rules/kinds/pattern';
import { regexProblem } from '../../rules/schema/regex-safety';
import { adminPackJson } from './support/admin-packs';

/** The admin's small pack with one extra pattern rule at rules[1]. */
function packWithRegex(regex: string, flags = ''): Record<string, unknown> {
  const pack = adminPackJson(1);
  (pack['rules'] as unknown[]).push({
    id: 'custom-pattern',
    kind: 'pattern',
    category: 'client-privacy',
    message: 'This looks like a case reference.',
    guidance: 'internal-matters',
    regex,
    flags,
    examples: { match: ['aaaa'], noMatch: ['Lovely walk by the river today'] },
  });
  return pack;
}

function refusal(pack: unknown): string {
  const parsed = rulePackSchema.safeParse(pack);
  if (parsed.success) return 'accepted';
  return problemsToText(describeIssues(parsed.error));
}

describe('catastrophic backtracking', () => {
  it.each([
    ['(a+)+$', 'more than one way'],
    ['(a|aa)+', 'more than one way'],
    ['(.*a){12}', 'more than one way'],
    ['^(\\w+\\s?)*$', 'more than one way'],
    ['(\\w|\\d)+$', 'more than one way'],
    ['(?:ab|a|ba)+x', 'more than one way'],
    ['(?<!x)(a*)*b', 'more than one way'],
    ['(?:\\p{Lu}|A)+', 'more than one way'],
    ['(a|aa){2,}', 'more than one way'],
  ])('%s is refused at rules[1].regex (%s)', (regex, why) => {
    const message = refusal(packWithRegex(regex, 'u'));
    expect(message).toMatch(/^rules\[1\]\.regex: pattern may backtrack catastrophically/);
    expect(message).toContain(why);
    expect(message).toMatch(/rewrite it$/);
  });

  it('case-insensitive packs are judged case-insensitively: (?:A|a)+ only overlaps under the i flag', () => {
    expect(regexProblem('(?:A|a)+', '')).toBeNull();
    expect(regexProblem('(?:A|a)+', 'i')).toMatch(/more than one way/);
  });

  // Each takes seconds to minutes in V8 on a draft of 100,000 characters (the cap) made of the given
  // run; refusing the pattern at validation is what keeps such a draft from ever meeting it.
  it.each([
    ['\\d+\\d+x', '', '1'],
    ['a.*b.*c.*d', 's', 'a'],
    ['\\s+$', '', ' '],
    ['x+y', '', 'x'],
    ['(?:a|b)+c', '', 'a'],
    ['\\w+ing\\b', '', 'a'],
    ['.*foo', '', 'x'],
    ['a[^z]*z', 'i', 'a'],
    ['\\b(?:lovely |little |young )*(?:man|woman)\\b', '', 'lovely '],
    ['x[^y]{0,5000}y', '', 'x'],
    ['(?:\\d+\\s)+x', '', '1 '],
  ])('%s (flags %j) is refused: its repetitions share a run of %j, and a 100,000-character run never meets it', (regex, flags, unit) => {
    expect(refusal(packWithRegex(regex, flags))).toMatch(
      /^rules\[1\]\.regex: pattern may backtrack catastrophically \(repetitions one after the other can match the same run of text/,
    );
    // Had it slipped past validation inside a pattern with profile words, compiling leaves it out too.
    const pack = rulePackSchema.parse(packWithRegex('case ref \\d{4}', flags));
    const slipped = { ...pack.rules[1]!, regex: `(?:${regex})(?:{profile.names})?` } as (typeof pack.rules)[number];
    const checker = compile({ ...pack, rules: [pack.rules[0]!, slipped] }, GENERIC_PROFILE);
    expect(checker.skipped.map((s) => s.rule)).toEqual(['custom-pattern']);
    const draft = unit.repeat(Math.ceil(MAX_CHECKED_CHARS / unit.length));
    expect(checker.check(draft, DEFAULT_CONTEXT).map((f) => f.rule)).not.toContain('custom-pattern');
  });

  it.each([
    '\\b(?:lovely |little |young )*(?:man|woman)\\b'.replace('\\b', '\\ba '),
    '(?:a|b)+c'.replace('(', '\\b('),
    '(?<!\\s)\\s+$',
    '(?<!x)x+y',
    '\\b\\w+ing\\b',
    '^a.*b',
    '(?:ab|abc|cd)+',
    '(?<![\\w@])(?:x|y)+\\b',
    '(?<span>\\d{3}) ?\\d{3}',
    '\\b\\p{Lu}\\p{Ll}+\\b',
    '[(?<=]+',
    '(?:\\u{1F600}|\\u{1F601})+',
    'x[^y]{0,200}y',
    'case (?:no\\.? )?\\d{4,}',
    '\\bwhy\\b[^?\\n]{3,200}\\?{2,}',
  ])('%s is still accepted (no false alarm on ordinary patterns)', (regex) => {
    expect(regexProblem(regex, 'u')).toBeNull();
  });

  it('an invalid pattern is still refused as invalid, at its path', () => {
    expect(refusal(packWithRegex('(unclosed'))).toMatch(/^rules\[1\]\.regex: not a valid regular expression/);
  });

  it('profile placeholders are checked as one word when the pack is loaded, so a pattern using them is judged on its own shape', () => {
    expect(refusal(packWithRegex('\\b(?:a|an|the) {profile.clientTerms}\\b'))).toBe('accepted');
    expect(refusal(packWithRegex('(?:{profile.clientTerms}\\s*)+$'))).toMatch(/backtrack catastrophically/);
  });

  it('every pattern in the default pack passes, and the pack checks a hostile 100,000-character paste', () => {
    expect(rulePackSchema.safeParse(structuredClone(DEFAULT_PACK)).success).toBe(true);
    const patterns = DEFAULT_PACK.rules.filter((r) => r.kind === 'pattern' && r.regex !== undefined);
    expect(patterns.length).toBeGreaterThan(0);
    const checker = compile(DEFAULT_PACK, GENERIC_PROFILE);
    // The inputs that make bad patterns explode: long runs of one character, then a mismatch.
    for (const unit of ['a', ' ', 'my manager ', 'why does ', '?', '1', 'A']) {
      const text = `${unit.repeat(Math.ceil(MAX_CHECKED_CHARS / unit.length))}!`;
      expect(() => checker.check(text, DEFAULT_CONTEXT)).not.toThrow();
    }
  });

  it('pattern length is capped, so no pack can hide a huge pattern', () => {
    expect(refusal(packWithRegex('a'.repeat(MAX_PATTERN_LENGTH + 1)))).toMatch(/^rules\[1\]\.regex: /);
    expect(refusal(packWithRegex('a'.repeat(MAX_PATTERN_LENGTH)))).toBe('accepted');
  });

  it('text beyond MAX_CHECKED_CHARS is not scanned: a finding there is not reported', () => {
    const checker = compile(DEFAULT_PACK, GENERIC_PROFILE);
    const clean = 'Lovely walk by the river today. '.repeat(Math.ceil(MAX_CHECKED_CHARS / 32)).slice(0, MAX_CHECKED_CHARS);
    // A checksum-valid NHS number is reported by rule, whatever the model makes of the words around it.
    const tail = ' NHS no 943 476 5919.';
    expect(checker.check(tail, DEFAULT_CONTEXT).length).toBeGreaterThan(0);
    expect(checker.check(clean + tail, DEFAULT_CONTEXT)).toEqual([]);
  });
});

describe("patterns checked again with the organisation's words in place", () => {
  // Names a writer could type at onboarding: "Fernvale" is also "Fern" + "vale".
  const overlapping = orgProfileSchema.parse({ name: 'Fernvale', aliases: ['Fern', 'vale'] });
  const distinct = orgProfileSchema.parse({ name: 'Ashdown' });
  const regex = String.raw`\b(?:{profile.names})+!`;

  it('passes at load, where the placeholder stands for one word', () => {
    expect(refusal(packWithRegex(regex))).toBe('accepted');
  });

  it('is skipped when the words make it exponential, saying which rule and why, and the rest of the pack still checks a 100,000-character draft', () => {
    const checker = compile(rulePackSchema.parse(packWithRegex(regex)), overlapping);
    expect(checker.skipped).toEqual([{ rule: 'custom-pattern', path: 'rules[1].regex', problem: expect.stringMatching(/more than one way/) }]);
    const draft = `${'Fernvale'.repeat(MAX_CHECKED_CHARS / 8 - 4)} rota`;
    expect(checker.check(draft, DEFAULT_CONTEXT).map((f) => f.rule)).toEqual(['internal-word']);
  });

  it('is kept when the words cannot overlap', () => {
    const checker = compile(rulePackSchema.parse(packWithRegex(regex)), distinct);
    expect(checker.skipped).toEqual([]);
    expect(checker.check('Go Ashdown!', DEFAULT_CONTEXT).map((f) => f.rule)).toEqual(['custom-pattern']);
  });

  it("the pack's examples for a skipped rule are reported as skipped for this profile, not as failures", () => {
    const { failures, skipped } = checkExamples(rulePackSchema.parse(packWithRegex(regex)), overlapping);
    expect(failures).toEqual([]);
    expect(skipped.filter((s) => s.rule === 'custom-pattern').map((s) => s.reason)).toEqual([
      expect.stringMatching(/^the rule is not used with this profile: pattern may backtrack/),
      expect.stringMatching(/^the rule is not used with this profile: pattern may backtrack/),
    ]);
  });

  it('compiles the words so the engine cannot backtrack into them: the longest that fits is taken, and a shorter one is not tried instead', () => {
    const profile = orgProfileSchema.parse({ name: 'Fernvale', aliases: ['Fern'] });
    // A plain alternation would find "Fernvale" as "Fern" + "vale".
    expect(new RegExp(expandRegex('{profile.names}vale', profile)).test('Fernvale')).toBe(false);
    expect(new RegExp(expandRegex('{profile.names}!', profile)).exec('Go Fernvale!')?.[0]).toBe('Fernvale!');
    expect(new RegExp(expandRegex('{profile.names}!', profile)).exec('Go Fern!')?.[0]).toBe('Fern!');
  });

  it('a pattern with profile words may not use numbered backreferences, which the words would renumber', () => {
    expect(refusal(packWithRegex(String.raw`(a)\1 {profile.names}`))).toMatch(/^rules\[1\]\.regex: .*named group/);
    expect(refusal(packWithRegex(String.raw`(?<a>a)\k<a> {profile.names}`))).toBe('accepted');
    expect(refusal(packWithRegex(String.raw`(a)\1`))).toBe('accepted');
  });
});
