import { useState } from 'preact/hooks';
import { askBackground } from '../../utils/messages';
import { packStatusItem } from '../../utils/storage-items';
import { useActivePack } from '../common/use-active-pack';
import { useStoredValue } from '../common/use-stored-value';
import { PackExpiryNote } from '../common/pack-expiry-note';
import { formatIso } from './format-time';
import { PolicyProblems } from './policy-problems';
import { SkippedRulesNote } from './skipped-rules-note';

/** Which rule pack is in force, where it came from, when it was updated, and the last error if any. */
export function PackStatusView() {
  const active = useActivePack();
  const status = useStoredValue(packStatusItem);
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  if (!active || !status) return null;
  const { pack, source, url } = active;
  const canRefresh = source === 'admin' || status.lastCheckedAt !== undefined || status.lastError !== undefined;
  const refresh = async () => {
    setChecking(true);
    setOutcome(null);
    try {
      const answer = await askBackground('refresh-pack', {});
      setOutcome(answer.ok ? 'Checked: you have the latest rules.' : `Could not update: ${answer.error ?? 'unknown error'}`);
    } catch (error) {
      setOutcome(`Could not check for updates: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setChecking(false);
    }
  };
  return (
    <section id="rule-pack" class="gp-section" aria-labelledby="gp-pack-heading">
      <h2 id="gp-pack-heading">Rules in use</h2>
      <PackExpiryNote />
      <dl class="gp-facts gp-pack-facts">
        <dt>Name</dt>
        <dd>{pack.name}</dd>
        <dt>Version</dt>
        <dd>{String(pack.version)}</dd>
        <dt>Source</dt>
        <dd>
          {source === 'bundled' ? 'Bundled with Guidepost' : 'Your organisation'}
          {source === 'admin' && url ? (
            <>
              {' '}
              (<span class="gp-url">{url}</span>)
            </>
          ) : null}
        </dd>
        <dt>Last update</dt>
        <dd>{formatIso(active.installedAt) ?? 'Comes with this version of Guidepost'}</dd>
        {status.lastCheckedAt ? (
          <>
            <dt>Last checked</dt>
            <dd>{formatIso(status.lastCheckedAt)}</dd>
          </>
        ) : null}
        {pack.expires ? (
          <>
            <dt>Expires</dt>
            <dd>{formatIso(pack.expires) ?? pack.expires}</dd>
          </>
        ) : null}
      </dl>
      <SkippedRulesNote />
      <PolicyProblems />
      {status.lastError ? (
        <div class="gp-alert gp-pack-error">
          <strong>The last update failed</strong>
          {status.lastErrorAt ? ` (${formatIso(status.lastErrorAt)})` : ''}: {status.lastError}. Guidepost keeps using the
          rules above.
        </div>
      ) : null}
      {canRefresh ? (
        <div class="gp-row">
          <button type="button" class="gp-button" disabled={checking} onClick={() => void refresh()}>
            {checking ? 'Checking…' : 'Check for updates now'}
          </button>
        </div>
      ) : null}
      <p role="status" class="gp-muted">
        {outcome}
      </p>
    </section>
  );
}
