// A pack's regular expression runs on every pause in typing, in the page. One that backtracks
// catastrophically would freeze X or Facebook for the writer, so validation refuses it and says where.
import { describe, expect, it } from 'vitest';
import { compile, DEFAULT_CONTEXT, MAX_CHECKED_CHARS } from '../../rules';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { GENERIC_PROFILE } from '../../rules/schema/profile';
import { describeIssues, problemsToText } from '../../rules/schema/issues';
import { rulePackSchema } from '../../rules/schema/pack';
import { MAX_PATTERN_LENGTH } from '../../rules/kinds/pattern';
import { regexProblem } from '../../rules/schema/regex-safety';
import { adminPackJson } from './support/admin-packs';

/** The admin's small pack with one extra pattern rule at rules[1]. */
function packWithRegex(regex: string, flags = ''): unknown {
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
    ['(a+)+$', 'nested quantifiers'],
    ['(a|aa)+', 'alternatives inside a repeated group'],
    ['(.*a){12}', 'nested quantifiers'],
    ['^(\\w+\\s?)*$', 'nested quantifiers'],
    ['(\\w|\\d)+$', 'alternatives inside a repeated group'],
    ['(?:ab|a|ba)+x', 'alternatives inside a repeated group'],
    ['(?<!x)(a*)*b', 'nested quantifiers'],
    ['(?:\\p{Lu}|A)+', 'alternatives inside a repeated group'],
  ])('%s is refused at rules[1].regex (%s)', (regex, why) => {
    const message = refusal(packWithRegex(regex, 'u'));
    expect(message).toMatch(/^rules\[1\]\.regex: pattern may backtrack catastrophically/);
    expect(message).toContain(why);
    expect(message).toMatch(/rewrite it$/);
  });

  it('case-insensitive packs are judged case-insensitively: (?:A|a)+ only overlaps under the i flag', () => {
    expect(regexProblem('(?:A|a)+', '')).toBeNull();
    expect(regexProblem('(?:A|a)+', 'i')).toMatch(/alternatives inside a repeated group/);
  });

  it.each([
    '\\b(?:lovely |little |young )*(?:man|woman)\\b',
    '(?:a|b)+c',
    '(?:ab|abc|cd)+',
    '(?<![\\w@])(?:x|y)+\\b',
    '(?<span>\\d{3}) ?\\d{3}',
    '\\b\\p{Lu}\\p{Ll}+\\b',
    '[(?<=]+',
    '(?:\\u{1F600}|\\u{1F601})+',
  ])('%s is still accepted (no false alarm on ordinary patterns)', (regex) => {
    expect(regexProblem(regex, 'u')).toBeNull();
  });

  it('an invalid pattern is still refused as invalid, at its path', () => {
    expect(refusal(packWithRegex('(unclosed'))).toMatch(/^rules\[1\]\.regex: not a valid regular expression/);
  });

  it('profile placeholders are checked as one word, so a pattern using them is judged on its own shape', () => {
    expect(refusal(packWithRegex('\\b(?:a|an|the) {profile.clientTerms}\\b'))).toBe('accepted');
    expect(refusal(packWithRegex('(?:{profile.clientTerms}\\s*)+$'))).toMatch(/nested quantifiers/);
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
