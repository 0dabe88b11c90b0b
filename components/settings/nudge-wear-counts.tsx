import { useState } from 'preact/hooks';
import type { RulePack } from '../../rules/schema/pack';
import type { Severity } from '../../rules/schema/finding';
import { clearNudgeHistory, nudgeHistoryItem, nudgeStyle, WEEK_MS, type NudgeStyle } from '../../utils/nudge-wear';
import { useStoredValue } from '../common/use-stored-value';

const SHOWS: Record<NudgeStyle, string> = { full: 'In full', short: 'Shorter', resting: 'Resting' };

/** A rule's severity in the pack; the coach's tips are all tips (info). */
function severityOf(pack: RulePack | undefined, rule: string): Severity {
  return pack?.rules.find((r) => r.id === rule)?.severity ?? (pack?.coach?.tips.some((t) => t.check === rule) ? 'info' : 'warn');
}

const thisWeek = (times: number[], now: number) => times.filter((t) => now - t < WEEK_MS).length;

/**
 * How each rule's cards have gone this week, as utils/nudge-wear.ts counts them, and how its next
 * card will show; "Reset" starts the counts again, so every card shows in full.
 */
export function NudgeWearCounts({ pack }: { pack: RulePack | undefined }) {
  const history = useStoredValue(nudgeHistoryItem);
  const [message, setMessage] = useState<string | null>(null);
  if (!history) return null;
  const now = Date.now();
  const rules = Object.keys(history).sort();
  return (
    <div class="gp-wear" data-guidepost="nudge-wear">
      <h3 id="gp-wear-heading">Cards that get shorter</h3>
      <p>
        A card you open in five drafts in a week without using its fix gets shorter, with its guidance behind “Why?”. A tip you dismiss
        twice rests for a week. Serious problems always show in full. Counted this week, on this computer only.
      </p>
      {rules.length === 0 ? (
        <p class="gp-muted gp-wear-empty">No cards counted this week.</p>
      ) : (
        <div class="gp-table-wrap">
          <table class="gp-table gp-wear-table" aria-labelledby="gp-wear-heading">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col" class="gp-num">Opened (drafts)</th>
                <th scope="col" class="gp-num">Fixed</th>
                <th scope="col" class="gp-num">Dismissed</th>
                <th scope="col">Shows now</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => {
                const h = history[rule]!;
                return (
                  <tr key={rule} data-wear-rule={rule}>
                    <th scope="row">
                      <code>{rule}</code>
                    </th>
                    <td class="gp-num" data-count="opened">{h.opened.filter((o) => now - o.at < WEEK_MS).length}</td>
                    <td class="gp-num" data-count="fixed">{thisWeek(h.fixed, now)}</td>
                    <td class="gp-num" data-count="dismissed">{thisWeek(h.dismissed, now)}</td>
                    <td data-count="style">{SHOWS[nudgeStyle(h, severityOf(pack, rule), now)]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div class="gp-row">
        <button
          type="button"
          class="gp-button"
          disabled={rules.length === 0}
          onClick={() => void clearNudgeHistory().then(() => setMessage('Reset: every card shows in full again.'))}
        >
          Reset
        </button>
      </div>
      <p role="status" class="gp-muted">
        {message}
      </p>
    </div>
  );
}
