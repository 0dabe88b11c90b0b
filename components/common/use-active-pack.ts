import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { activePackItem, type ActivePack } from '../../utils/storage-items';
import { useStoredValue } from './use-stored-value';

const BUNDLED: ActivePack = { pack: DEFAULT_PACK, source: 'bundled', installedAt: '' };

/** The pack in force: the admin's when the background installed one, else the bundled default. */
export function useActivePack(): ActivePack | undefined {
  const stored = useStoredValue(activePackItem);
  if (stored === undefined) return undefined;
  return stored ?? BUNDLED;
}
