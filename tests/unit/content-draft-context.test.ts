import { describe, expect, it } from 'vitest';
import { saysViewsOwn } from '../../entrypoints/content/bio-disclaimer';
import { draftContext, isOrganisationAccount } from '../../entrypoints/checks-frame/draft-context';
import type { PageSignals } from '../../entrypoints/content/sites/site-adapter';
import { GENERIC_PROFILE, type OrgProfile } from '../../rules/schema/profile';
import sample from '../../rules/profiles/sample-org.json';
import { bioCounts, type BioReadings } from '../../utils/bio-reading';
import { effectiveSettings, type LockedSettings } from '../../utils/settings';
import { DEFAULT_SETTINGS } from '../../utils/settings-table';

const profile = sample as OrgProfile;
const signals: PageSignals = { reply: false, media: false, audience: null, actingAs: null };

describe('reading the draft context', () => {
  it.each([
    ['@FernvaleBC', true],
    ['@fernvalebc', true],
    ['FernvaleHousing', true],
    ['Fernvale Borough Council', true],
    ['fernvale  borough council', true],
    ['Fernvale Leisure', true],
    ['Fernvale Housing', true],
    ['Fernvale Family Services', true],
    ['@jo_smith', false],
    ['Jo Smith', false],
    ['FBC', false],
    ['@FernvaleCouncil', false],
    ['', false],
    [null, false],
  ])('account or Page %s is the organisation’s: %s', (who, organisation) => {
    expect(isOrganisationAccount(who, profile)).toBe(organisation);
  });

  it('is never an organisation account with the generic profile', () => {
    expect(isOrganisationAccount('@anyone', GENERIC_PROFILE)).toBe(false);
  });

  it.each([
    ['x', false, false],
    ['x', true, true],
    ['facebook', true, true],
  ] as const)('on %s, the profile-disclaimer setting %s gives %s', (site, ticked, expected) => {
    const settings = { ...DEFAULT_SETTINGS, profileDisclaimer: { ...DEFAULT_SETTINGS.profileDisclaimer, [site]: ticked } };
    expect(draftContext(site, signals, profile, settings).profileDisclaimer).toBe(expected);
  });

  it('only uses the setting of its own site', () => {
    const settings = { ...DEFAULT_SETTINGS, profileDisclaimer: { x: true, facebook: false } };
    expect(draftContext('facebook', signals, profile, settings).profileDisclaimer).toBe(false);
  });

  it('passes on what the page shows', () => {
    const context = draftContext('facebook', { reply: true, media: true, audience: 'friends', actingAs: '@FernvaleBC' }, profile, DEFAULT_SETTINGS);
    expect(context).toEqual({
      site: 'facebook',
      account: 'organisation',
      audience: 'friends',
      profileDisclaimer: false,
      reply: true,
      media: true,
    });
  });
});

describe('a bio that says "views my own"', () => {
  it.each([
    ['Housing officer. Views my own.', true],
    ['Parks fan | opinions are mine', true],
    ['All views personal', true],
    ['Personal account. Dog person.', true],
    ['Tweets my own and not my employer’s', true],
    ['Not the views of my employer', true],
    ['Working for @FernvaleBC. RTs ≠ endorsements', false],
    ['Runner, reader, council officer', false],
  ])('%j says so: %s', (bio, says) => {
    expect(saysViewsOwn(bio)).toBe(says);
  });

  it('counts for the profile disclaimer on its site', () => {
    expect(draftContext('x', signals, profile, DEFAULT_SETTINGS, true).profileDisclaimer).toBe(true);
    expect(draftContext('x', signals, profile, DEFAULT_SETTINGS, false).profileDisclaimer).toBe(false);
  });
});

describe('a locked setting against what the page shows', () => {
  const lockedOff: LockedSettings = { 'profileDisclaimer.x': false };
  const lockedOn: LockedSettings = { 'profileDisclaimer.x': true };
  const saysSo: BioReadings = { x: { saysViewsOwn: true, readAt: '2026-12-01T09:00:00Z' } };
  const context = (locked: LockedSettings, bio: BioReadings) =>
    draftContext('x', signals, profile, effectiveSettings(DEFAULT_SETTINGS, locked), bioCounts('x', locked, bio)).profileDisclaimer;

  it.each<[string, LockedSettings, BioReadings, boolean]>([
    ['no lock, a bio that says so', {}, saysSo, true],
    ['locked off, a bio that says so', lockedOff, saysSo, false],
    ['locked on, a bio that does not', lockedOn, { x: { saysViewsOwn: false } }, true],
    ['locked off on Facebook only, a bio on X that says so', { 'profileDisclaimer.facebook': false }, saysSo, true],
  ])('%s: the profile counts as saying so: %s', (_name, locked, bio, expected) => {
    expect(context(locked, bio)).toBe(expected);
  });
});
