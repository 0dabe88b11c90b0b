import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTEXT, draftContextSchema } from '../../rules/schema/context';

describe('draft context schema', () => {
  it('fills every missing field with a safe default', () => {
    expect(draftContextSchema.parse({})).toEqual({
      site: 'x',
      account: 'personal',
      audience: null,
      profileDisclaimer: false,
      reply: false,
      media: false,
    });
    expect(DEFAULT_CONTEXT).toEqual(draftContextSchema.parse({}));
  });

  it('keeps what is given', () => {
    const context = { site: 'facebook', account: 'organisation', audience: 'only-me', profileDisclaimer: true, reply: true, media: true };
    expect(draftContextSchema.parse(context)).toEqual(context);
  });

  it.each(['public', 'friends', 'only-me', 'custom', null])('accepts audience %j', (audience) => {
    expect(draftContextSchema.parse({ audience }).audience).toBe(audience);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown site', { site: 'instagram' }],
    ['an unknown account', { account: 'shared' }],
    ['an unknown audience', { audience: 'everyone' }],
    ['a flag as a string', { media: 'yes' }],
  ])('rejects %s', (_what, value) => {
    expect(draftContextSchema.safeParse(value).success).toBe(false);
  });
});
