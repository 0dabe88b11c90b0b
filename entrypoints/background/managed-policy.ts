import { z } from 'zod';
import { orgProfileSchema, type OrgProfile } from '../../rules/schema/profile';
import { trustedKeySchema, type TrustedKey } from '../../rules/signing/keys';
import { formatPath } from '../../rules/schema/issues';
import { LOCKABLE_SETTING_NAMES, type SettingName } from '../../utils/settings-table';

/**
 * What an admin can set through enterprise policy (public/managed-schema.json is the same for
 * Chromium, which enforces it). Firefox enforces nothing, so every key is validated here, one by
 * one: a bad value is dropped and reported, the good ones still apply.
 */
export interface ManagedPolicy {
  rulePackUrl?: string;
  trustedKeys: TrustedKey[];
  orgProfile?: OrgProfile;
  updateIntervalMinutes: number;
  /** Setting name → the value staff are held to. */
  lockedSettings: Partial<Record<SettingName, boolean>>;
}

export const DEFAULT_UPDATE_MINUTES = 60;

export const POLICY_FIELDS = {
  rulePackUrl: z.string().min(1),
  trustedKeys: z.array(trustedKeySchema),
  orgProfile: orgProfileSchema,
  updateIntervalMinutes: z.number().int().min(5).max(7 * 24 * 60),
  lockedSettings: z.partialRecord(z.enum(LOCKABLE_SETTING_NAMES), z.boolean()),
} as const;

export interface PolicyReading {
  policy: ManagedPolicy;
  /** One line per value that was ignored, e.g. `trustedKeys[0].publicKey: base64 of a raw 32-byte …`. */
  problems: string[];
}

export function parseManagedPolicy(raw: Record<string, unknown>): PolicyReading {
  const policy: ManagedPolicy = { trustedKeys: [], updateIntervalMinutes: DEFAULT_UPDATE_MINUTES, lockedSettings: {} };
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(POLICY_FIELDS)) {
    if (raw[key] === undefined) continue;
    const result = schema.safeParse(raw[key]);
    if (result.success) Object.assign(policy, { [key]: result.data });
    else problems.push(...result.error.issues.map((issue) => `policy ${formatPath([key, ...issue.path])}: ${issue.message}`));
  }
  return { policy, problems };
}

export interface ManagedStorageArea {
  get(): Promise<Record<string, unknown>>;
}

/** Reads policy; Firefox rejects when no policy exists for the extension, which means "no policy". */
export async function readManagedPolicy(area: ManagedStorageArea | undefined): Promise<PolicyReading> {
  if (!area) return parseManagedPolicy({});
  let raw: Record<string, unknown>;
  try {
    raw = await area.get();
  } catch {
    raw = {};
  }
  return parseManagedPolicy(raw ?? {});
}
