import { compile, type Checker } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { activePackItem, bioDisclaimerItem, managedProfileItem, userProfileItem } from '../../utils/storage-items';
import { loadProfileInputs, resolveActiveProfile } from '../../utils/active-profile';
import type { BioReadings } from '../../utils/bio-reading';
import { effectiveSettings, lockedSettingsItem, settingsItem, type LockedSettings } from '../../utils/settings';
import type { Settings } from '../../utils/settings-table';

export interface CheckerState {
  checker: Checker;
  settings: Settings;
  /** What policy locked: a locked setting wins over anything read from the page. */
  locked: LockedSettings;
  /** What the writer's own bio said, per site. */
  bio: BioReadings;
}

/**
 * Keeps one compiled checker for the pack and profile in force, and the writer's settings, in step
 * with storage. Compiles once per change, never per keystroke.
 */
export async function watchChecker(signal: AbortSignal, onChange: (state: CheckerState) => void): Promise<CheckerState> {
  let state = await load();
  const reloadSettings = () => {
    void loadSettings().then((settings) => {
      if (signal.aborted) return;
      state = { ...state, ...settings };
      onChange(state);
    });
  };
  const reload = () => {
    void load().then((next) => {
      if (signal.aborted) return;
      state = next;
      onChange(state);
    });
  };
  const unwatchers = [
    activePackItem.watch(reload),
    managedProfileItem.watch(reload),
    userProfileItem.watch(reload),
    settingsItem.watch(reloadSettings),
    lockedSettingsItem.watch(reloadSettings),
    bioDisclaimerItem.watch((bio) => {
      state = { ...state, bio };
      onChange(state);
    }),
  ];
  signal.addEventListener('abort', () => unwatchers.forEach((unwatch) => unwatch()), { once: true });
  return state;
}

async function load(): Promise<CheckerState> {
  const [inputs, settings, bio] = await Promise.all([loadProfileInputs(), loadSettings(), bioDisclaimerItem.getValue()]);
  const pack = inputs.activePack?.pack ?? DEFAULT_PACK;
  // The same choice of profile as the popup and options page make, so all three agree.
  const profile = resolveActiveProfile({ ...inputs, activePack: inputs.activePack ?? { pack, source: 'bundled', installedAt: '' } }).profile;
  return { checker: compileOrDefault(pack, profile), ...settings, bio };
}

/** The writer's settings with anything the organisation locked taking the forced value, and what it locked. */
async function loadSettings(): Promise<Pick<CheckerState, 'settings' | 'locked'>> {
  const [settings, locked] = await Promise.all([settingsItem.getValue(), lockedSettingsItem.getValue()]);
  return { settings: effectiveSettings(settings, locked), locked };
}

/** A pack the background accepted should compile; if it somehow does not, the bundled one keeps staff covered. */
function compileOrDefault(...[pack, profile]: Parameters<typeof compile>): Checker {
  try {
    const checker = compile(pack, profile);
    // The options page lists these for the writer; the console is for whoever supports them.
    if (checker.skipped.length > 0) console.warn("Guidepost: rules not checked with this organisation's words", checker.skipped);
    return checker;
  } catch (error) {
    console.warn('Guidepost: the active rule pack did not compile; using the bundled pack', error);
    return compile(DEFAULT_PACK, profile);
  }
}
