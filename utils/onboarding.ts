import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { loadActiveProfile } from './active-profile';

/** Set when the user finishes or skips onboarding, so it is offered once, not on every start. */
export const onboardingItem = storage.defineItem<{ finishedAt?: string; skippedAt?: string }>('local:onboarding', {
  fallback: {},
  version: 1,
});

/** The options page opens at this hash to show the onboarding form first. */
export const ONBOARDING_HASH = '#welcome';

/**
 * True when nobody has told Guidepost about the organisation yet: no admin profile (policy or
 * admin pack), no profile from the user, and the user has not skipped the question.
 * Call it after the background has copied policy into storage, or a managed install would be asked.
 */
export async function shouldOnboard(): Promise<boolean> {
  const [active, state] = await Promise.all([loadActiveProfile(), onboardingItem.getValue()]);
  if (active.managed || active.source === 'user') return false;
  return !state.finishedAt && !state.skippedAt;
}

/** For the background's `runtime.onInstalled` (reason "install"): opens onboarding when it is needed. */
export async function openOnboardingIfNeeded(): Promise<boolean> {
  if (!(await shouldOnboard())) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${ONBOARDING_HASH}`) });
  return true;
}
