import { useEffect, useRef } from 'preact/hooks';
import { categoryLabel } from '../common/finding-labels';
import { contextNotes } from './labels';
import type { OverlayActions, ReviewView } from './view-model';
import { FindingWords } from './finding-words';
import { FixOutcomeLine } from './fix-outcome-line';
import { useUserAction } from './user-action';

const FOCUSABLE = 'button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * Asked once, before a draft with something serious goes out: what is wrong, and two ways on.
 * Escape means Edit; focus stays inside until the writer chooses.
 */
export function ReviewPrompt({ view, actions }: { view: ReviewView; actions: OverlayActions }) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const act = useUserAction();
  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [view.composerId]);

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys meant for the prompt go no further.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      act(actions.edit)(event);
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (dialogRef.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || !focusable.includes(active as HTMLElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !focusable.includes(active as HTMLElement))) {
      event.preventDefault();
      first.focus();
    }
  };

  const verb = view.label.toLowerCase();
  // The circumstances once for the whole prompt: who will see it matters to every finding.
  const all = [...new Set(view.findings.flatMap(({ finding }) => contextNotes(view.context, finding)))];
  const notes = all.filter((note) => !all.some((other) => other !== note && other.startsWith(`${note}:`)));
  return (
    <div class={`gp-review-backdrop gp-theme-${view.theme}`} onClick={act((event: MouseEvent) => event.target === event.currentTarget && actions.edit())}>
      <div
        ref={dialogRef}
        class="gp-review"
        role="dialog"
        aria-modal="true"
        aria-labelledby="gp-review-title"
        aria-describedby="gp-review-intro"
        data-guidepost="review"
        onKeyDown={onKeyDown}
      >
        <h2 id="gp-review-title" class="gp-review__title">
          {view.label === 'Post' ? 'Before you post this' : `Before you send this ${verb}`}
        </h2>
        <p id="gp-review-intro" class="gp-review__intro">
          {view.findings.length === 1 ? 'Guidepost found something to look at:' : `Guidepost found ${view.findings.length} things to look at:`}
        </p>
        {notes.length > 0 && (
          <ul class="gp-review__context" aria-label="About this draft">
            {notes.map((note) => (
              <li key={note} class="gp-note">
                {note}
              </li>
            ))}
          </ul>
        )}
        <FixOutcomeLine outcome={view.outcome ?? null} onCopy={(text) => actions.copy(view.composerId, view.outcome?.rule ?? '', text)} />
        <ul class="gp-review__list">
          {view.findings.map(({ finding, guidance, words }) => (
            <li key={finding.rule} class={`gp-review__item gp-card--${finding.severity}`}>
              <span class="gp-dot" aria-hidden="true" />
              <div>
                <strong>{categoryLabel(finding.category)}</strong>
                <p>{finding.message}</p>
                <FindingWords words={words} />
                {guidance && <p class="gp-review__guidance">Guidance: {guidance.title}</p>}
              </div>
            </li>
          ))}
        </ul>
        <p class="gp-review__safe">Your draft stays as it is either way.</p>
        <div class="gp-review__actions">
          <button type="button" class="gp-button" data-guidepost="post-anyway" onClick={act(actions.postAnyway)}>
            {view.label} anyway
          </button>
          <button type="button" class="gp-button gp-button--primary" data-autofocus data-guidepost="edit" onClick={act(actions.edit)}>
            Edit
          </button>
        </div>
      </div>
    </div>
  );
}
