import { runExamples } from '../../rules/engine/run-examples';
import { describeIssues } from '../../rules/schema/issues';
import { rulePackSchema, type PackVersion, type RulePack } from '../../rules/schema/pack';
import { GENERIC_PROFILE, type OrgProfile } from '../../rules/schema/profile';
import { compareVersions } from '../../rules/signing/compare-versions';
import { isExpired } from '../../rules/signing/pack-expiry';
import { verifyPackSignature } from '../../rules/signing/verify-pack';
import type { TrustedKey } from '../../rules/signing/keys';
import type { ActivePack } from '../../utils/storage-items';

export class PackRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackRefusedError';
  }
}

export interface AcceptInputs {
  text: string;
  trustedKeys: readonly TrustedKey[];
  /** The pack in use; an admin pack's version is the floor a new one must not go below. */
  current: ActivePack | null;
  /** The lowest version this install accepts, whatever is in use: the highest it ever installed, or policy's minPackVersion. */
  floor: PackVersion | null;
  /** Policy's profile, if any. */
  policyProfile: OrgProfile | undefined;
  now: Date;
}

export type Acceptance = { kind: 'accepted'; pack: RulePack } | { kind: 'unchanged' };

const MAX_LISTED = 3;

/** Every check a fetched pack must pass before it may replace the one in use; the first failure is the reason given. */
export async function acceptPack({ text, trustedKeys, current, floor, policyProfile, now }: AcceptInputs): Promise<Acceptance> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PackRefusedError(`the pack is not valid JSON (${(error as Error).message})`);
  }

  const signature = await verifyPackSignature(raw, trustedKeys);
  if (!signature.ok) throw new PackRefusedError(signature.reason);

  const parsed = rulePackSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    const listed = problems.slice(0, MAX_LISTED).map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new PackRefusedError(`the pack does not follow the schema: ${listed}${problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : ''}`);
  }
  const pack = parsed.data;

  if (isExpired(pack, now)) {
    throw new PackRefusedError(`pack ${pack.id} version ${pack.version} expired on ${pack.expires}`);
  }

  if (current?.source === 'admin') {
    const order = compareVersions(pack.version, current.pack.version);
    if (order < 0) {
      throw new PackRefusedError(`pack version ${pack.version} is older than version ${current.pack.version} in use (rollback refused)`);
    }
    if (order === 0) {
      if (current.pack.signature?.value === pack.signature?.value) return { kind: 'unchanged' };
      throw new PackRefusedError(`pack version ${pack.version} is already in use with different content; a changed pack needs a higher version`);
    }
  }
  if (floor !== null && compareVersions(pack.version, floor) < 0) {
    throw new PackRefusedError(`pack version ${pack.version} is older than version ${floor}, the oldest this install accepts (rollback refused)`);
  }

  // The admin's profile only, never a user's: every install under one policy decides alike, and
  // `guidepost test PACK --org ORG` gives the same answer.
  let failures: ReturnType<typeof runExamples>;
  try {
    failures = runExamples(pack, policyProfile ?? pack.profile ?? GENERIC_PROFILE);
  } catch (error) {
    // A pack the schema accepts can still defeat the engine (say, a pathological term list).
    throw new PackRefusedError(`the pack could not be compiled: ${(error as Error).message}`);
  }
  if (failures.length > 0) {
    const listed = failures.slice(0, MAX_LISTED).map((f) => `${f.path} (rule "${f.rule}") should ${f.expected === 'match' ? 'match' : 'not match'}`).join('; ');
    throw new PackRefusedError(`the pack's own examples fail: ${listed}${failures.length > MAX_LISTED ? ` (and ${failures.length - MAX_LISTED} more)` : ''}`);
  }
  return { kind: 'accepted', pack };
}
