import { SITES, siteName, type SiteId } from '../rules/sites';

/**
 * Every setting staff can change, declared once. The Settings type, the names policy locks them
 * by, the options and popup rows, the policy's schema and public/managed-schema.json all derive
 * from this table; a per-site row stands for one setting per site of rules/sites.ts. Pure: no
 * storage here, so the build scripts and the background can read it too.
 */

/** What each type of setting holds: a switch is on or off; `until` is a time in epoch ms, 0 for none. */
interface SettingTypes {
  switch: boolean;
  until: number;
}
type SettingType = keyof SettingTypes;

interface RowCommon {
  type: SettingType;
  default: boolean | number;
  /** Whether an admin can hold it through policy's `lockedSettings`. */
  lockable: boolean;
  /** A line under the label, on the options page. */
  hint?: string;
}

/** One value per site, named `<field>.<site id>`. */
interface PerSiteRow extends RowCommon {
  perSite: true;
  label(site: string): string;
}

/** One value for every site. */
interface GlobalRow extends RowCommon {
  perSite: false;
  label: string;
  /** What policy and the pages call it, where the stored field's name differs. */
  name?: string;
}

type SettingRow = PerSiteRow | GlobalRow;

export const SETTING_TABLE = {
  enabled: {
    perSite: true,
    type: 'switch',
    default: true,
    lockable: true,
    label: (site: string) => `Check my drafts on ${site}`,
  },
  profileDisclaimer: {
    perSite: true,
    type: 'switch',
    default: false,
    lockable: true,
    label: (site: string) => `My ${site} profile already says my views are my own`,
    hint: 'Guidepost then stops asking for a disclaimer in each post.',
  },
  // Stored as `snoozeUntil` since the first release; policy has always locked it as "snooze".
  snoozeUntil: {
    perSite: false,
    type: 'until',
    default: 0,
    lockable: true,
    name: 'snooze',
    label: 'Pause nudges',
  },
  coachPersonal: {
    perSite: false,
    type: 'switch',
    default: false,
    lockable: true,
    label: 'Tips on my personal posts too',
    hint: "Tone tips (plain words, a friendly voice) always show on your organisation's accounts; this adds them to your own posts.",
  },
} as const satisfies Readonly<Record<string, SettingRow>>;

type Table = typeof SETTING_TABLE;
type Field = keyof Table;
type ValueOf<R> = R extends { type: infer T extends SettingType } ? SettingTypes[T] : never;

/** The settings as stored and read, one field per row, per-site rows as a record by site id. */
export type Settings = {
  -readonly [F in Field]: Table[F] extends { perSite: true } ? Record<SiteId, ValueOf<Table[F]>> : ValueOf<Table[F]>;
};

/** Each setting's one name: what policy locks, what the pages ask for. */
export type SettingName = {
  [F in Field]: Table[F] extends { perSite: true } ? `${F}.${SiteId}` : Table[F] extends { name: infer N extends string } ? N : F;
}[Field];

export type SettingValue = boolean | number;

/** What storage may hold under the settings key: whatever this or an older release wrote. */
export type StoredSettings = { readonly [F in Field]?: unknown };

export interface SettingEntry {
  name: SettingName;
  field: Field;
  /** The site a per-site setting is for; null for one that holds for every site. */
  site: SiteId | null;
  row: SettingRow;
}

/** Every setting, one entry per name, in table order; per-site rows once per site. */
export const SETTINGS: readonly SettingEntry[] = (Object.entries(SETTING_TABLE) as Array<[Field, SettingRow]>).flatMap(
  ([field, row]): SettingEntry[] =>
    row.perSite
      ? SITES.map(({ id }) => ({ name: `${field}.${id}` as SettingName, field, site: id, row }))
      : [{ name: (row.name ?? field) as SettingName, field, site: null, row }],
);

export const SETTING_NAMES: readonly SettingName[] = SETTINGS.map((entry) => entry.name);

export const LOCKABLE_SETTING_NAMES = SETTINGS.filter((entry) => entry.row.lockable).map((entry) => entry.name) as [SettingName, ...SettingName[]];

const BY_NAME = new Map(SETTINGS.map((entry) => [entry.name, entry]));

export function isSettingName(name: string): name is SettingName {
  return BY_NAME.has(name as SettingName);
}

export function settingEntry(name: SettingName): SettingEntry {
  return BY_NAME.get(name)!;
}

/** The per-site settings of one site, in table order: the rows under that site's name. */
export function siteSettings(site: SiteId): SettingEntry[] {
  return SETTINGS.filter((entry) => entry.site === site);
}

/** The label staff read next to the setting. */
export function settingLabel(name: SettingName): string {
  const { row, site } = settingEntry(name);
  return row.perSite ? row.label(siteName(site!)) : row.label;
}

function isValueOf(type: SettingType, value: unknown): value is SettingValue {
  return type === 'switch' ? typeof value === 'boolean' : typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Where a setting sits in a Settings-shaped object, read without trusting its shape. */
function storedValue(settings: unknown, { field, site }: SettingEntry): unknown {
  const value = (settings as Record<string, unknown> | null | undefined)?.[field];
  return site === null ? value : (value as Record<string, unknown> | null | undefined)?.[site];
}

/**
 * Settings read from storage, complete: each value this or an older release stored, where it has the
 * setting's type, and the default for anything missing or malformed, so no setting reads `undefined`.
 */
export function completeSettings(stored: StoredSettings | null | undefined): Settings {
  let settings = {} as Settings;
  for (const entry of SETTINGS) {
    const value = storedValue(stored, entry);
    settings = place(settings, entry, isValueOf(entry.row.type, value) ? value : entry.row.default);
  }
  return settings;
}

function place(settings: Settings, { field, site }: SettingEntry, value: SettingValue): Settings {
  if (site === null) return { ...settings, [field]: value };
  return { ...settings, [field]: { ...(settings[field] as Record<SiteId, SettingValue> | undefined), [site]: value } };
}

export const DEFAULT_SETTINGS: Settings = completeSettings({});

/** Reads one setting by its name. */
export function readSetting(settings: Settings, name: SettingName): SettingValue {
  return storedValue(settings, settingEntry(name)) as SettingValue;
}

/** Pure: `settings` with one setting changed; a value of the wrong type leaves them as they were. */
export function writeSetting(settings: Settings, name: SettingName, value: SettingValue): Settings {
  const entry = settingEntry(name);
  return isValueOf(entry.row.type, value) ? place(settings, entry, value) : settings;
}

/**
 * The value policy holds a setting at, given policy's true or false for it: a switch is held where
 * policy puts it; for a time, false takes the setting away (held at its default, "not paused") and
 * true leaves it to staff, as if not named.
 */
export function heldValue(name: SettingName, policyValue: boolean): SettingValue | undefined {
  const { row } = settingEntry(name);
  if (!row.lockable) return undefined;
  if (row.type === 'switch') return policyValue;
  return policyValue ? undefined : row.default;
}

/** What policy's true or false does to the setting, for admins (public/managed-schema.json). */
export function lockDescription(name: SettingName): string {
  const { row } = settingEntry(name);
  const label = `“${settingLabel(name)}”`;
  return row.type === 'switch' ? `Holds ${label} on (true) or off (false).` : `false takes ${label} away; true leaves it to staff.`;
}
