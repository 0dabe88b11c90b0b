import { describe, expect, it } from 'vitest';
import { compile } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { DEFAULT_DISCLAIMER, fillGuidanceEntry, fillProfileWords } from '../../rules/profile/fill-profile-words';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import { GENERIC_PROFILE, type OrgProfile } from '../../rules/schema/profile';
import { SAMPLE_PROFILE } from '../fixtures/profiles';

const PROFILES: Array<[string, OrgProfile]> = [
  ['the generic profile', GENERIC_PROFILE],
  ['the sample profile', SAMPLE_PROFILE],
];

describe('fillProfileWords', () => {
  it("puts the organisation's words in", () => {
    const org: OrgProfile = { ...GENERIC_PROFILE, name: 'Fernvale Borough Council', aliases: ['FBC'], handles: ['@FernvaleBC'], disclaimer: 'Views my own.', speakUpContact: 'the Speak Up line' };
    expect(fillProfileWords('Use {profile.speakUpContact} or add "{profile.disclaimer}" ({profile.name}; {profile.names}; {profile.handles}).', org)).toBe(
      'Use the Speak Up line or add "Views my own." (Fernvale Borough Council; Fernvale Borough Council, FBC; @FernvaleBC).',
    );
  });

  it.each(['disclaimer', 'speakUpContact', 'handles'])('gives words that read well when the profile has no %s', (key) => {
    const filled = fillProfileWords(`Through {profile.${key}}.`, GENERIC_PROFILE);
    expect(filled).not.toContain('{profile.');
    expect(filled).toMatch(/^Through \S.*\.$/);
  });

  it('gives the default disclaimer to a profile without its own', () => {
    expect(fillProfileWords('{profile.disclaimer}', GENERIC_PROFILE)).toBe(DEFAULT_DISCLAIMER);
  });

  it.each(['{profile.unknown}', '{profile.toString}', '{profile.constructor}'])('leaves %s as written', (word) => {
    expect(fillProfileWords(`a ${word} b`, SAMPLE_PROFILE)).toBe(`a ${word} b`);
  });
});

describe.each(PROFILES)('the default pack, for %s', (_name, profile) => {
  it('leaves no {profile.…} word in any guidance entry', () => {
    for (const entry of DEFAULT_PACK.guidance) expect(JSON.stringify(fillGuidanceEntry(entry, profile))).not.toMatch(/\{profile\./);
  });

  it('leaves no {profile.…} word in any message or fix the checker reports', () => {
    const checker = compile(DEFAULT_PACK, profile);
    const reported = DEFAULT_PACK.rules.filter((rule) => rule.category !== undefined);
    expect(reported.length).toBeGreaterThan(0);
    const findings = checker.check('Honestly, I think the new parking charges are a disgrace', DEFAULT_CONTEXT);
    expect(findings.some((f) => f.fixes.length > 0)).toBe(true);
    for (const finding of findings) expect(JSON.stringify(finding)).not.toMatch(/\{profile\./);
  });

  it('says the same disclaimer in the fix and in the guidance', () => {
    const fix = compile(DEFAULT_PACK, profile)
      .check('Honestly, I think the new parking charges are a disgrace', DEFAULT_CONTEXT)
      .flatMap((f) => f.fixes)
      .find((f) => /disclaimer/i.test(f.label));
    const disclaimer = profile.disclaimer ?? DEFAULT_DISCLAIMER;
    expect(fix?.text.trim()).toBe(disclaimer);
    expect(DEFAULT_PACK.guidance.map((entry) => fillGuidanceEntry(entry, profile).doInstead).join('\n')).toContain(disclaimer);
  });
});
