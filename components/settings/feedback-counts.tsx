import { useEffect, useRef, useState } from 'preact/hooks';
import { clearFeedback, feedbackItem, feedbackSummary } from '../../utils/feedback';
import { clearNudgeHistory } from '../../utils/nudge-wear';
import { useActivePack } from '../common/use-active-pack';
import { useStoredValue } from '../common/use-stored-value';
import { downloadJson } from './download-json';
import { formatIso } from './format-time';
import { NudgeWearCounts } from './nudge-wear-counts';

const COLUMNS = [
  ['shown', 'Nudges shown'],
  ['fixed', 'Fixes applied'],
  ['posted-anyway', 'Posted anyway'],
  ['dismissed', 'Dismissed'],
  ['not-right', '“Isn’t right”'],
] as const;

/** Local counts per rule, with export (counts only) and clear. */
export function FeedbackCounts() {
  const log = useStoredValue(feedbackItem);
  const active = useActivePack();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  if (!log || !active) return null;
  const rules = Object.keys(log.rules).sort();
  const describe = (id: string) => active.pack.rules.find((r) => r.id === id)?.description;
  const exportSummary = () => {
    const now = new Date();
    downloadJson(
      feedbackSummary(log, { id: active.pack.id, version: active.pack.version }, now),
      `guidepost-feedback-${now.toISOString().slice(0, 10)}.json`,
    );
    setMessage('Summary saved to your downloads. It holds counts only, never what you wrote.');
  };
  return (
    <section id="feedback" class="gp-section" aria-labelledby="gp-feedback-heading">
      <h2 id="gp-feedback-heading" tabIndex={-1} ref={heading}>Your feedback</h2>
      <p>
        How Guidepost’s nudges went for you, rule by rule. These counts stay on this computer and are never sent anywhere.
        If your organisation asks, you can export a summary (counts only, never what you wrote) and send it yourself.
      </p>
      {rules.length === 0 ? (
        <p class="gp-muted gp-feedback-empty">No nudges counted yet.</p>
      ) : (
        <>
          {log.since ? <p class="gp-muted">Counted since {formatIso(log.since)}.</p> : null}
          <div class="gp-table-wrap">
            <table class="gp-table gp-feedback-table">
              <caption class="gp-visually-hidden">Counts per rule</caption>
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  {COLUMNS.map(([key, label]) => (
                    <th scope="col" class="gp-num" key={key}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rules.map((rule) => (
                  <tr key={rule} data-rule={rule}>
                    <th scope="row">
                      <code>{rule}</code>
                      {describe(rule) ? <span class="gp-rule-description">{describe(rule)}</span> : null}
                    </th>
                    {COLUMNS.map(([key]) => (
                      <td class="gp-num" key={key} data-count={key}>
                        {log.rules[rule]![key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div class="gp-row gp-feedback-actions">
        <button type="button" class="gp-button" disabled={rules.length === 0} onClick={exportSummary}>
          Export summary
        </button>
        {confirming ? (
          <div class="gp-row" role="group" aria-label="Confirm clearing the counts">
            <span>Clear every count?</span>
            <button
              type="button"
              class="gp-button gp-button--primary"
              ref={confirmButton}
              onClick={() => {
                setConfirming(false);
                void Promise.all([clearFeedback(), clearNudgeHistory()]).then(() => {
                  setMessage('Counts cleared.');
                  // The buttons are disabled once nothing is left, so focus goes back to the section.
                  heading.current?.focus();
                });
              }}
            >
              Yes, clear
            </button>
            <button
              type="button"
              class="gp-button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => clearButton.current?.focus());
              }}
            >
              Keep them
            </button>
          </div>
        ) : (
          <button
            type="button"
            class="gp-button"
            ref={clearButton}
            disabled={rules.length === 0}
            onClick={() => setConfirming(true)}
          >
            Clear counts
          </button>
        )}
      </div>
      <p role="status" class="gp-muted">
        {message}
      </p>
      <NudgeWearCounts pack={active.pack} />
    </section>
  );
}
