import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openOnboardingIfNeeded } from '../../utils/onboarding';
import { managedProfileItem, userProfileItem } from '../../utils/storage-items';

const PROFILE = { name: 'Fernvale Borough Council', aliases: [], handles: [], topics: [], clientTerms: [] };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('openOnboardingIfNeeded', () => {
  it('opens the options page at the welcome form on a fresh install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openOnboardingIfNeeded()).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/\/options\.html#welcome$/);
  });

  it.each([
    ['policy supplies a profile', () => managedProfileItem.setValue(PROFILE)],
    ['the user already gave one', () => userProfileItem.setValue(PROFILE)],
  ])('opens nothing when %s', async (_, given) => {
    await given();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openOnboardingIfNeeded()).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });
});
