import type { Severity } from '../../rules/schema/finding';
import { badgeLabel } from './labels';

interface BadgeProps {
  count: number;
  highest: Severity | null;
  composerLabel: string;
  /** The last check did not finish in time. */
  unchecked: boolean;
  open: boolean;
  panelId: string;
  onToggle(event: MouseEvent): void;
}

/**
 * The quiet sign that Guidepost is reading: a tick when all is well, the number of things to look
 * at otherwise, a question mark when the draft could not be checked.
 */
export function Badge({ count, highest, composerLabel, unchecked, open, panelId, onToggle }: BadgeProps) {
  const label = badgeLabel(count, highest, composerLabel, unchecked);
  const opens = count > 0 || unchecked;
  const kind = count > 0 ? highest : unchecked ? 'unchecked' : 'clean';
  return (
    <button
      type="button"
      class={`gp-badge gp-badge--${kind}`}
      aria-label={label}
      title={`${label} (Alt+Shift+G)`}
      aria-expanded={opens ? open : undefined}
      aria-controls={opens ? panelId : undefined}
      data-guidepost="badge"
      onClick={onToggle}
    >
      {count === 0 && unchecked ? (
        <span aria-hidden="true">?</span>
      ) : count === 0 ? (
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      ) : (
        <span aria-hidden="true">{count}</span>
      )}
    </button>
  );
}
