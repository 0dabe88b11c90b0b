import { lockedSettingsItem } from '../../utils/settings';
import { managedProfileItem } from '../../utils/storage-items';
import type { ManagedPolicy } from './managed-policy';

/** Copies the validated policy values other parts read; writes only what changed, so watchers stay quiet. */
export async function applyPolicy(policy: ManagedPolicy): Promise<void> {
  const profile = policy.orgProfile ?? null;
  if (JSON.stringify(await managedProfileItem.getValue()) !== JSON.stringify(profile)) await managedProfileItem.setValue(profile);
  const locked = policy.lockedSettings;
  if (JSON.stringify(await lockedSettingsItem.getValue()) !== JSON.stringify(locked)) await lockedSettingsItem.setValue(locked);
}
