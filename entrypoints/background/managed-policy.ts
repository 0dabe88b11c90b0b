import { z } from 'zod';
import { packVersionSchema, type PackVersion } from '../../rules/schema/pack';
import { orgProfileSchema, type OrgProfile } from '../../rules/schema/profile';
import { trustedKeySchema, type TrustedKey } from '../../rules/signing/keys';
import { formatPath } from '../../rules/schema/issues';
import { LOCKABLE_SETTING_NAMES, type SettingName } from '../../utils/settings-table';
import { ProblemList, type ListedProblems } from '../../utils/problem-list';

/**
 * What an admin can set through enterprise policy (public/managed-schema.json is the same for
 * Chromium, which enforces it). Firefox enforces nothing, so every key is validated here, one by
 * one, and each trusted key on its own: a bad value is dropped and reported, the good ones still apply.
 */
export interface ManagedPolicy {
  rulePackUrl?: string;
  trustedKeys: TrustedKey[];
  orgProfile?: OrgProfile;
  updateIntervalMinutes: number;
  /** Setting name → the value staff are held to. */
  lockedSettings: Partial<Record<SettingName, boolean>>;
  /** No pack below this version is accepted, even on a fresh install. */
  minPackVersion?: PackVersion;
}

export const DEFAULT_UPDATE_MINUTES = 60;

export const POLICY_FIELDS = {
  rulePackUrl: z.string().min(1).max(2048),
  // Read key by key (parseEach), so one malformed key never costs the good ones.
  trustedKeys: z.array(trustedKeySchema),
  orgProfile: orgProfileSchema,
  updateIntervalMinutes: z.number().int().min(5).max(7 * 24 * 60),
  lockedSettings: z.partialRecord(z.enum(LOCKABLE_SETTING_NAMES), z.boolean()),
  // Chromium's policy schema allows one type, so an integer version may come as a string of digits.
  minPackVersion: z.union([packVersionSchema, z.string().regex(/^\d{1,15}$/).transform(Number)]),
} as const;

export interface PolicyReading {
  policy: ManagedPolicy;
  /** One line per value that was ignored, e.g. `trustedKeys[0].publicKey: not a usable Ed25519 public key: …`; the first few, and how many in all. */
  problems: ListedProblems;
}

/** Reads whatever the browser hands over, of any size or shape, without throwing. */
export function parseManagedPolicy(raw: unknown): PolicyReading {
  const policy: ManagedPolicy = { trustedKeys: [], updateIntervalMinutes: DEFAULT_UPDATE_MINUTES, lockedSettings: {} };
  const problems = new ProblemList();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.add(`policy: expected an object of settings, not ${Array.isArray(raw) ? 'an array' : typeof raw}`);
    return { policy, problems: problems.listed() };
  }
  const values = raw as Record<string, unknown>;
  for (const key of Object.keys(POLICY_FIELDS) as (keyof typeof POLICY_FIELDS)[]) {
    const value = values[key];
    if (value === undefined) continue;
    if (key === 'trustedKeys') {
      policy.trustedKeys = parseEach(value, POLICY_FIELDS.trustedKeys.element, [key], problems);
      continue;
    }
    const result = POLICY_FIELDS[key].safeParse(value);
    if (result.success) Object.assign(policy, { [key]: result.data });
    else for (const issue of result.error.issues) problems.add(`policy ${formatPath([key, ...issue.path])}: ${issue.message}`);
  }
  return { policy, problems: problems.listed() };
}

/** The entries of a list that pass `schema`, each checked on its own, so one bad entry drops only itself. */
function parseEach<T>(value: unknown, schema: z.ZodType<T>, path: PropertyKey[], problems: ProblemList): T[] {
  if (!Array.isArray(value)) {
    problems.add(`policy ${formatPath(path)}: expected a list`);
    return [];
  }
  const good: T[] = [];
  value.forEach((entry, i) => {
    const result = schema.safeParse(entry);
    if (result.success) good.push(result.data);
    else for (const issue of result.error.issues) problems.add(`policy ${formatPath([...path, i, ...issue.path])}: ${issue.message}`);
  });
  return good;
}

export interface ManagedStorageArea {
  get(): Promise<Record<string, unknown>>;
}

/** Reads policy; Firefox rejects when no policy exists for the extension, which means "no policy". */
export async function readManagedPolicy(area: ManagedStorageArea | undefined): Promise<PolicyReading> {
  if (!area) return parseManagedPolicy({});
  let raw: unknown;
  try {
    raw = await area.get();
  } catch {
    raw = {};
  }
  return parseManagedPolicy(raw ?? {});
}
