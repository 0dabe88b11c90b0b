import { GENERIC_PROFILE, type OrgProfile } from '../rules/schema/profile';
import { activePackItem, managedProfileItem, userProfileItem, type ActivePack } from './storage-items';

/**
 * Which organisation profile is in force. An admin's word wins: the profile from enterprise
 * policy, then the profile carried by the admin's pack; then what the user gave at onboarding;
 * then generic words ("my employer"). A profile inside the bundled pack ranks below the user's.
 */

export type ProfileSource = 'policy' | 'admin-pack' | 'user' | 'bundled-pack' | 'generic';

export interface ActiveProfile {
  profile: OrgProfile;
  source: ProfileSource;
  /** True when an admin supplied it: shown as "managed by your organisation" and not editable. */
  managed: boolean;
}

export interface ProfileInputs {
  managed: OrgProfile | null;
  activePack: ActivePack | null;
  user: OrgProfile | null;
}

export function resolveActiveProfile({ managed, activePack, user }: ProfileInputs): ActiveProfile {
  if (managed) return { profile: managed, source: 'policy', managed: true };
  const packProfile = activePack?.pack.profile;
  if (packProfile && activePack.source === 'admin') return { profile: packProfile, source: 'admin-pack', managed: true };
  if (user) return { profile: user, source: 'user', managed: false };
  if (packProfile) return { profile: packProfile, source: 'bundled-pack', managed: false };
  return { profile: GENERIC_PROFILE, source: 'generic', managed: false };
}

export async function loadProfileInputs(): Promise<ProfileInputs> {
  const [managed, activePack, user] = await Promise.all([
    managedProfileItem.getValue(),
    activePackItem.getValue(),
    userProfileItem.getValue(),
  ]);
  return { managed, activePack, user };
}

export async function loadActiveProfile(): Promise<ActiveProfile> {
  return resolveActiveProfile(await loadProfileInputs());
}

/** Calls `onChange` with the profile in force whenever any of its sources changes, until `signal` aborts. */
export function watchActiveProfile(onChange: (active: ActiveProfile) => void, signal: AbortSignal): void {
  const reload = () => {
    void loadActiveProfile().then((active) => {
      if (!signal.aborted) onChange(active);
    });
  };
  const unwatch = [managedProfileItem.watch(reload), activePackItem.watch(reload), userProfileItem.watch(reload)];
  signal.addEventListener('abort', () => unwatch.forEach((stop) => stop()), { once: true });
}
