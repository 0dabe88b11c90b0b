import { storage } from 'wxt/utils/storage';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { rulePackSchema } from '../../rules/schema/pack';
import { ACTIVE_PACK_STORAGE, type ActivePack } from '../../utils/storage-items';

/**
 * A pack stored by an earlier release, read again by this release's schema, so that every field
 * added since then holds its default. A pack this schema refuses gives way to the bundled one; the
 * update that follows an upgrade then fetches the admin's pack afresh, and says why in the options
 * page if it still fails. (WXT keeps the old value when a migration returns null.)
 */
export function reparseStoredPack(stored: ActivePack | null, now = new Date()): ActivePack | null {
  if (!stored) return null;
  const parsed = rulePackSchema.safeParse(stored.pack);
  return parsed.success ? { ...stored, pack: parsed.data } : { pack: DEFAULT_PACK, source: 'bundled', installedAt: now.toISOString() };
}

/**
 * The background's handle on the pack in force: the item of utils/storage-items.ts with its
 * migration. A release that changes what the pack schema fills in raises ACTIVE_PACK_STORAGE's
 * version and adds `reparseStoredPack` again for it.
 */
export const storedPackItem = storage.defineItem<ActivePack | null>(ACTIVE_PACK_STORAGE.key, {
  fallback: null,
  version: ACTIVE_PACK_STORAGE.version,
  migrations: { 2: reparseStoredPack },
});
