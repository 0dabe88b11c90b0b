import { describe, expect, it } from 'vitest';
import { GENERIC_PROFILE } from '../../rules/schema/profile';
import { formValuesFrom, parseProfileForm, splitList, type ProfileFormValues } from '../../components/settings/profile-form-model';

const EMPTY: ProfileFormValues = formValuesFrom(null);

describe('splitList', () => {
  it('takes one per line or comma-separated, trimmed, without repeats', () => {
    expect(splitList(' Fernvale Council, FBC\n\nfbc\nthe council ;  ')).toEqual(['Fernvale Council', 'FBC', 'the council']);
  });
});

describe('parseProfileForm', () => {
  it('builds a valid profile, keeping generic client terms when none were given before', () => {
    const result = parseProfileForm(
      {
        ...EMPTY,
        name: '  Fernvale Borough Council ',
        aliases: 'Fernvale Council\nFBC',
        handles: '@FernvaleBC, @FernvaleHousing',
        policyUrl: 'https://intranet.fernvale.example/social-media-policy',
      },
      null,
    );
    expect(result).toEqual({
      ok: true,
      profile: {
        name: 'Fernvale Borough Council',
        aliases: ['Fernvale Council', 'FBC'],
        handles: ['@FernvaleBC', '@FernvaleHousing'],
        topics: [],
        clientTerms: GENERIC_PROFILE.clientTerms,
        policyUrl: 'https://intranet.fernvale.example/social-media-policy',
      },
    });
  });

  it('keeps topics and client terms of the profile being edited', () => {
    const previous = { ...GENERIC_PROFILE, name: 'Old', topics: ['parking'], clientTerms: ['tenant'] };
    const result = parseProfileForm({ ...formValuesFrom(previous), name: 'New' }, previous);
    expect(result.ok && result.profile).toMatchObject({ name: 'New', topics: ['parking'], clientTerms: ['tenant'] });
  });

  it.each([
    [{ name: '   ' }, ['name']],
    [{ name: 'Fernvale', policyUrl: 'intranet/policy' }, ['policyUrl']],
    [{ name: 'Fernvale', policyUrl: 'javascript:alert(1)' }, ['policyUrl']],
    [{ name: '', policyUrl: 'ftp://x.example/p' }, ['name', 'policyUrl']],
  ])('rejects %j, naming %j', (values, fields) => {
    const result = parseProfileForm({ ...EMPTY, ...values }, null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual([...fields].sort());
  });

  it('round-trips a profile through the form', () => {
    const profile = { ...GENERIC_PROFILE, name: 'Fernvale', aliases: ['FBC'], handles: ['@FernvaleBC'], disclaimer: 'Views my own.', speakUpContact: 'speakup@fernvale.example' };
    const result = parseProfileForm(formValuesFrom(profile), profile);
    expect(result).toEqual({ ok: true, profile });
  });
});
