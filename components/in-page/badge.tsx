import type { Severity } from '../../rules/schema/finding';
import { badgeLabel } from './labels';

interface BadgeProps {
  count: number;
  highest: Severity | null;
  composerLabel: string;
  open: boolean;
  panelId: string;
  onToggle(): void;
}

/** The quiet sign that Guidepost is reading: a tick when all is well, the number of things to look at otherwise. */
export function Badge({ count, highest, composerLabel, open, panelId, onToggle }: BadgeProps) {
  const label = badgeLabel(count, highest, composerLabel);
  return (
    <button
      type="button"
      class={`gp-badge gp-badge--${count === 0 ? 'clean' : highest}`}
      aria-label={label}
      title={`${label} (Alt+Shift+G)`}
      aria-expanded={count === 0 ? undefined : open}
      aria-controls={count === 0 ? undefined : panelId}
      data-guidepost="badge"
      onClick={onToggle}
    >
      {count === 0 ? (
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      ) : (
        <span aria-hidden="true">{count}</span>
      )}
    </button>
  );
}
