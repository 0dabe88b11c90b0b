import { useState } from 'preact/hooks';
import type { DraftContext } from '../../rules/schema/context';
import type { Fix } from '../../rules/schema/finding';
import { categoryLabel, SEVERITY_LABELS } from '../common/finding-labels';
import { contextNotes, copyLabel, publicAboutWorkLine } from './labels';
import type { FindingView } from './view-model';
import { FindingWords } from './finding-words';
import { useUserAction } from './user-action';

interface FindingCardProps {
  /** Keeps ids unique when several composers show cards. */
  idPrefix: string;
  view: FindingView;
  context: DraftContext | null;
  onFix(fix: Fix): void;
  /** The box is read in basic mode: a fix that adds text is offered to copy, one that edits the draft is not offered. */
  basic?: boolean;
  onDismiss(): void;
  onNotRight(): void;
}

/** One problem: what it is, the words that caused it, why it matters here, the guidance and the fix. */
export function FindingCard({ idPrefix, view, context, onFix, basic = false, onDismiss, onNotRight }: FindingCardProps) {
  const { finding, words, guidance, shortened = false } = view;
  const [expanded, setExpanded] = useState(false);
  const [why, setWhy] = useState(false);
  const act = useUserAction();
  const titleId = `gp-${idPrefix}-${finding.rule}`;
  const notes = contextNotes(context, finding);
  const audience = publicAboutWorkLine(context, view.aboutWork);
  // A card the writer has seen often without acting on: the message and the words, the rest on asking.
  const full = !shortened || why;
  return (
    <article class={`gp-card gp-card--${finding.severity}${shortened ? ' gp-card--short' : ''}`} aria-labelledby={titleId} data-rule={finding.rule}>
      <header class="gp-card__head">
        <span class="gp-dot" aria-hidden="true" />
        <h3 id={titleId} class="gp-card__title">
          {categoryLabel(finding.category)}
        </h3>
        <span class="gp-card__severity">{SEVERITY_LABELS[finding.severity]}</span>
      </header>
      <p class="gp-card__message">{finding.message}</p>
      <FindingWords words={words} />
      {shortened && (
        <button type="button" class="gp-link" aria-expanded={why} onClick={act(() => setWhy(!why))}>
          Why?
        </button>
      )}
      {full && notes.length > 0 && (
        <ul class="gp-notes" aria-label="About this draft">
          {notes.map((note) => (
            <li key={note} class="gp-note">
              {note}
            </li>
          ))}
        </ul>
      )}
      {full && audience && (
        <p class="gp-card__audience" data-guidepost="audience">
          {audience}
        </p>
      )}
      {full && guidance && (
        <div class="gp-guidance">
          <span class="gp-guidance__title">{guidance.title}</span>
          <button
            type="button"
            class="gp-link"
            aria-expanded={expanded}
            onClick={act(() => setExpanded(!expanded))}
          >
            {expanded ? 'Show less' : 'Read more'}
          </button>
          {expanded && (
            <div class="gp-guidance__body">
              <p>{guidance.summary}</p>
              <p>
                <strong>Instead: </strong>
                {guidance.doInstead}
              </p>
            </div>
          )}
        </div>
      )}
      <div class="gp-actions">
        {finding.fixes
          .filter((fix) => !basic || fix.kind === 'append')
          .map((fix) => (
            <button key={fix.label} type="button" class="gp-button gp-button--primary" onClick={act(() => onFix(fix))}>
              {basic ? copyLabel(fix.label) : fix.label}
            </button>
          ))}
        <button type="button" class="gp-button" onClick={act(onDismiss)}>
          Dismiss
        </button>
        <button type="button" class="gp-link gp-link--quiet" onClick={act(onNotRight)}>
          This isn't right
        </button>
      </div>
    </article>
  );
}
