import { useEffect, useState } from 'preact/hooks';
import { changeSetting, isLocked, isSnoozed, snoozeEnd, type SnoozeLength } from '../../utils/settings';
import { settingLabel } from '../../utils/settings-table';
import { formatWhen } from './format-time';
import { LockedNote } from './locked-note';
import type { SettingsState } from './use-settings';

/** Pause every nudge for an hour or until tomorrow morning, and resume early. */
export function SnoozeControl({ state, headingLevel = 3, id }: { state: SettingsState; headingLevel?: 2 | 3; id?: string }) {
  const [now, setNow] = useState(() => Date.now());
  // Re-render when the snooze runs out while the page is open.
  useEffect(() => {
    const remaining = state.settings.snoozeUntil - now;
    if (remaining <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(remaining + 50, 60_000));
    return () => clearTimeout(timer);
  }, [state.settings.snoozeUntil, now]);
  const locked = isLocked(state.locked, 'snooze');
  const snoozed = isSnoozed(state.settings, now);
  const Heading = `h${headingLevel}` as const;
  const snooze = (length: SnoozeLength) => void changeSetting('snooze', snoozeEnd(length, new Date()));
  return (
    <section id={id} class="gp-snooze gp-section" aria-labelledby="gp-snooze-heading">
      <Heading id="gp-snooze-heading">{settingLabel('snooze')}</Heading>
      <p role="status" class="gp-snooze-state">
        {snoozed ? `Paused until ${formatWhen(state.settings.snoozeUntil, new Date(now))}.` : 'Guidepost is checking your drafts.'}
      </p>
      <div class="gp-row" role="group" aria-labelledby="gp-snooze-heading" aria-describedby={locked ? 'gp-snooze-locked' : undefined}>
        {snoozed ? (
          <button type="button" class="gp-button" disabled={locked} onClick={() => void changeSetting('snooze', 0)}>
            Resume now
          </button>
        ) : (
          <>
            <button type="button" class="gp-button" disabled={locked} onClick={() => snooze('hour')}>
              Pause for 1 hour
            </button>
            <button type="button" class="gp-button" disabled={locked} onClick={() => snooze('tomorrow')}>
              Pause until tomorrow
            </button>
          </>
        )}
      </div>
      {locked ? <LockedNote id="gp-snooze-locked" /> : null}
    </section>
  );
}
