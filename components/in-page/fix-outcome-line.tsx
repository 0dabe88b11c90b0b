import { copyLabel } from './labels';
import { useUserAction } from './user-action';
import type { FixOutcome } from './view-model';

/** Says plainly whether a fix reached the draft, and offers the text to copy when it did not. */
export function FixOutcomeLine({ outcome, onCopy }: { outcome: FixOutcome | null; onCopy(text: string): void }) {
  const act = useUserAction();
  if (!outcome) return null;
  if (outcome.state === 'inserted') return <p class="gp-outcome gp-outcome--ok">{outcome.kind === 'replace' ? 'Changed in your draft.' : 'Added to your draft.'}</p>;
  if (outcome.state === 'copied') return <p class="gp-outcome gp-outcome--ok">Copied. Paste it at the end of your draft.</p>;
  return (
    <p class="gp-outcome gp-outcome--failed" data-outcome={outcome.state}>
      {outcome.state === 'dropped'
        ? 'The text was added, then the site took it out of your draft again.'
        : "This box didn't take the text, so nothing was changed."}
      <button type="button" class="gp-button gp-button--small" onClick={act(() => onCopy(outcome.text.trim()))}>
        {copyLabel(outcome.label)}
      </button>
    </p>
  );
}
