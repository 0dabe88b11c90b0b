import type { RulePack } from '../../rules/schema/pack';
import type { OrgProfile } from '../../rules/schema/profile';
import type { BioReadings } from '../../utils/bio-reading';
import { loadProfileInputs, resolveActiveProfile } from '../../utils/active-profile';
import { effectiveSettings, lockedSettingsItem, settingsItem, type LockedSettings } from '../../utils/settings';
import type { Settings } from '../../utils/settings-table';
import { activePackItem, bioDisclaimerItem, managedProfileItem, userProfileItem } from '../../utils/storage-items';

/** Everything a check reads besides the draft: the pack and profile the passes compile, and what the draft's context is made of. */
export interface RulesInputs {
  pack: RulePack;
  /** The pack is the one bundled with the extension, not an admin's. */
  bundled: boolean;
  profile: OrgProfile;
  settings: Settings;
  /** What policy locked: a locked setting wins over anything read from the page. */
  locked: LockedSettings;
  /** What the writer's own bio said, per site. */
  bio: BioReadings;
}

/**
 * The bundled pack, loaded only when storage has none yet (the background stores it as the active
 * pack on install; a check can come first) or an admin's pack fails to compile. It carries a
 * trained model of some hundreds of kB, so it is a chunk of its own, never part of what a frame
 * loads at start.
 */
export async function bundledPack(): Promise<RulePack> {
  return (await import('../../rules/packs/default-pack')).DEFAULT_PACK;
}

/**
 * Keeps the inputs in step with storage. `onChange` hears each change, with `packChanged` true
 * when the pack or the profile changed, which the passes must compile again; settings and the bio
 * only change the context.
 */
export async function watchRulesInputs(signal: AbortSignal, onChange: (inputs: RulesInputs, packChanged: boolean) => void): Promise<RulesInputs> {
  let inputs = await load();
  const apply = (next: Partial<RulesInputs>, packChanged: boolean) => {
    if (signal.aborted) return;
    inputs = { ...inputs, ...next };
    onChange(inputs, packChanged);
  };
  const reloadPack = () => void load().then((next) => apply(next, true));
  const reloadSettings = () => void loadSettings().then((settings) => apply(settings, false));
  const unwatchers = [
    activePackItem.watch(reloadPack),
    managedProfileItem.watch(reloadPack),
    userProfileItem.watch(reloadPack),
    settingsItem.watch(reloadSettings),
    lockedSettingsItem.watch(reloadSettings),
    bioDisclaimerItem.watch((bio) => apply({ bio }, false)),
  ];
  signal.addEventListener('abort', () => unwatchers.forEach((unwatch) => unwatch()), { once: true });
  return inputs;
}

async function load(): Promise<RulesInputs> {
  const [profileInputs, settings, bio] = await Promise.all([loadProfileInputs(), loadSettings(), bioDisclaimerItem.getValue()]);
  const activePack = profileInputs.activePack ?? { pack: await bundledPack(), source: 'bundled' as const, installedAt: '' };
  // The same choice of profile as the popup and options page make, so all three agree.
  const { profile } = resolveActiveProfile({ ...profileInputs, activePack });
  return { pack: activePack.pack, bundled: activePack.source === 'bundled', profile, ...settings, bio };
}

/** The writer's settings with anything the organisation locked taking the forced value, and what it locked. */
async function loadSettings(): Promise<Pick<RulesInputs, 'settings' | 'locked'>> {
  const [settings, locked] = await Promise.all([settingsItem.getValue(), lockedSettingsItem.getValue()]);
  return { settings: effectiveSettings(settings, locked), locked };
}
