import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import type { PackVersion } from '../../rules/schema/pack';
import { compareVersions } from '../../rules/signing/compare-versions';
import { problemsInOneLine } from '../../utils/problem-list';
import { packFloorItem, packStatusItem, type ActivePack, type PackStatus } from '../../utils/storage-items';
import { acceptPack } from './accept-pack';
import { applyPolicy } from './apply-policy';
import { fetchPack, type FetchLike } from './fetch-pack';
import { DEFAULT_UPDATE_MINUTES, type PolicyReading } from './managed-policy';
import { checkPackUrl } from './pack-url';
import { storedPackItem } from './stored-pack';

export interface UpdaterDeps {
  fetch: FetchLike;
  now(): Date;
  readPolicy(): Promise<PolicyReading>;
}

export interface UpdateRequest {
  /** Policy changed (new URL or keys): fetch in full, not conditionally on the old ETag. */
  policyChanged?: boolean;
}

export interface UpdateResult {
  ok: boolean;
  error?: string;
  /** Interval policy asks for, for the caller's alarm. */
  updateIntervalMinutes: number;
}

/**
 * Keeps the active pack in step with policy. Each run reads policy, fetches the pack, and switches
 * only after every check has passed, in one storage write; any failure leaves the pack in use and
 * records why in packStatusItem. Runs never overlap, and a run never throws: the caller always
 * learns the interval to schedule the next one.
 */
export function createPackUpdater(deps: UpdaterDeps): { update(request?: UpdateRequest): Promise<UpdateResult> } {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    update(request = {}) {
      const run = chain.then(() => updateOnce(deps, request));
      chain = run.catch(() => undefined);
      return run;
    },
  };
}

/** The bundled pack is in force until an admin pack passes; a newer bundled pack replaces an older one after an upgrade. */
async function ensureActivePack(now: Date): Promise<ActivePack> {
  const current = await storedPackItem.getValue();
  if (current?.source === 'admin') return current;
  // Compared whole: a bundled pack can change between builds without a new version.
  if (current && JSON.stringify(current.pack) === JSON.stringify(DEFAULT_PACK)) return current;
  const bundled: ActivePack = { pack: DEFAULT_PACK, source: 'bundled', installedAt: now.toISOString() };
  await storedPackItem.setValue(bundled);
  return bundled;
}

/** The highest of the versions given, or null when none is. */
function highest(versions: readonly (PackVersion | null | undefined)[]): PackVersion | null {
  let top: PackVersion | null = null;
  for (const v of versions) if (v !== null && v !== undefined && (top === null || compareVersions(v, top) > 0)) top = v;
  return top;
}

async function updateOnce(deps: UpdaterDeps, request: UpdateRequest): Promise<UpdateResult> {
  const now = deps.now();
  let interval = DEFAULT_UPDATE_MINUTES;
  const result = (error?: string): UpdateResult => ({ ok: error === undefined, error, updateIntervalMinutes: interval });
  const record = async (status: PackStatus) => packStatusItem.setValue({ lastCheckedAt: now.toISOString(), ...status });
  const fail = async (reason: string, status: PackStatus = {}): Promise<UpdateResult> => {
    await record({ ...status, lastError: reason, lastErrorAt: now.toISOString() });
    return result(reason);
  };
  let policyStatus: PackStatus = {};
  try {
    const { policy, problems } = await deps.readPolicy();
    interval = policy.updateIntervalMinutes;
    // Bad policy values were dropped; the pack may be fine, but the admin still needs to see them.
    if (problems.total > 0) policyStatus = { policyProblems: problems };
    await applyPolicy(policy);
    const current = await ensureActivePack(now);
    const succeed = async (): Promise<UpdateResult> => {
      await record(policyStatus);
      return result(problems.total > 0 ? `some policy values were ignored: ${problemsInOneLine(problems)}` : undefined);
    };

    if (policy.rulePackUrl === undefined) return await succeed();
    const allowed = checkPackUrl(policy.rulePackUrl);
    if (!allowed.ok) return await fail(allowed.reason, policyStatus);
    const url = allowed.url.href;

    const sameSource = current.source === 'admin' && current.url === url && !request.policyChanged;
    const validator = sameSource && current.etag && current.etagUrl ? { etag: current.etag, url: current.etagUrl } : undefined;
    const fetched = await fetchPack(url, validator, deps.fetch);
    if (fetched.status === 'unchanged') return await succeed();
    const floor = highest([await packFloorItem.getValue(), current.source === 'admin' ? current.pack.version : null, policy.minPackVersion]);
    const acceptance = await acceptPack({
      text: fetched.text,
      trustedKeys: policy.trustedKeys,
      current,
      floor,
      policyProfile: policy.orgProfile,
      now,
    });
    const validatorNow = { etag: fetched.etag, etagUrl: fetched.etag ? fetched.url : undefined };
    if (acceptance.kind === 'unchanged') {
      if (current.etag !== validatorNow.etag || current.etagUrl !== validatorNow.etagUrl || current.url !== url) await storedPackItem.setValue({ ...current, url, ...validatorNow });
      return await succeed();
    }
    await packFloorItem.setValue(highest([floor, acceptance.pack.version]));
    await storedPackItem.setValue({ pack: acceptance.pack, source: 'admin', url, ...validatorNow, installedAt: now.toISOString() });
    return await succeed();
  } catch (error) {
    // Whatever went wrong (the host, the pack, storage), the pack in use stays and the reason is shown.
    return fail((error as Error).message, policyStatus);
  }
}
