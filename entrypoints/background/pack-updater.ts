import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { packStatusItem, type ActivePack, type PackStatus } from '../../utils/storage-items';
import { acceptPack } from './accept-pack';
import { applyPolicy } from './apply-policy';
import { fetchPack, type FetchLike } from './fetch-pack';
import type { PolicyReading } from './managed-policy';
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
 * records why in packStatusItem. Runs never overlap.
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

async function updateOnce(deps: UpdaterDeps, request: UpdateRequest): Promise<UpdateResult> {
  const now = deps.now();
  const { policy, problems } = await deps.readPolicy();
  await applyPolicy(policy);
  const current = await ensureActivePack(now);
  const result = (error?: string): UpdateResult => ({ ok: error === undefined, error, updateIntervalMinutes: policy.updateIntervalMinutes });

  const fail = async (reason: string): Promise<UpdateResult> => {
    const status: PackStatus = { lastCheckedAt: now.toISOString(), lastError: reason, lastErrorAt: now.toISOString() };
    await packStatusItem.setValue(status);
    return result(reason);
  };
  const succeed = async (): Promise<UpdateResult> => {
    // Bad policy values were dropped; the pack is fine, but the admin still needs to see them.
    if (problems.length > 0) return fail(`some policy values were ignored: ${problems.join('; ')}`);
    await packStatusItem.setValue({ lastCheckedAt: now.toISOString() });
    return result();
  };

  if (policy.rulePackUrl === undefined) return succeed();
  const allowed = checkPackUrl(policy.rulePackUrl);
  if (!allowed.ok) return fail(allowed.reason);
  const url = allowed.url.href;

  const sameSource = current.source === 'admin' && current.url === url && !request.policyChanged;
  try {
    const fetched = await fetchPack(url, sameSource ? current.etag : undefined, deps.fetch);
    if (fetched.status === 'unchanged') return succeed();
    const acceptance = await acceptPack({
      text: fetched.text,
      trustedKeys: policy.trustedKeys,
      current,
      policyProfile: policy.orgProfile,
      now,
    });
    if (acceptance.kind === 'unchanged') {
      if (current.etag !== fetched.etag || current.url !== url) await storedPackItem.setValue({ ...current, url, etag: fetched.etag });
      return succeed();
    }
    await storedPackItem.setValue({ pack: acceptance.pack, source: 'admin', url, etag: fetched.etag, installedAt: now.toISOString() });
    return succeed();
  } catch (error) {
    return fail((error as Error).message);
  }
}
