import { severityRank, type Finding } from '../../rules/schema/finding';
import type { ComposerStatus, DraftStatus } from '../../utils/messages';
import { SITES, siteName } from '../../rules/sites';
import { SEVERITY_LABELS, categoryLabel } from '../common/finding-labels';
import { UNCHECKED_NOTE } from '../in-page/labels';
import type { DraftStatusState } from './use-draft-status';

interface Props {
  state: DraftStatusState;
  guidanceTitle(id: string): string | undefined;
  onOpenGuidance(id: string, focusKey: string): void;
}

/** "X and Facebook": every site Guidepost works on. */
const EVERY_SITE = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(SITES.map((site) => site.name));

function whyNotWatching(status: DraftStatus): string {
  const site = status.site ? siteName(status.site) : 'this site';
  switch (status.reason) {
    case 'disabled':
      return `Guidepost is turned off for ${site}.`;
    case 'snoozed':
      return 'Guidepost is paused, so your draft is not being checked.';
    case 'unsupported-markup':
      return `Not watching this composer: ${site} has changed its page, so Guidepost cannot read it just now.`;
    default:
      return `Start a post on ${site} and Guidepost will check it as you type.`;
  }
}

function FindingItem(props: {
  finding: Finding;
  excerpt: string | undefined;
  focusKey: string;
  guidanceTitle: string | undefined;
  onOpenGuidance(id: string, focusKey: string): void;
}) {
  const { finding, excerpt, focusKey, guidanceTitle } = props;
  return (
    <li class={`gp-finding gp-finding--${finding.severity}`} data-rule={finding.rule}>
      <div class="gp-row">
        <span class={`gp-badge gp-badge--${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>
        <span class="gp-muted gp-finding-category">{categoryLabel(finding.category)}</span>
      </div>
      <p class="gp-finding-message">{finding.message}</p>
      {excerpt ? (
        <p class="gp-finding-words">
          <span class="gp-muted">Words: </span>
          <q class="gp-excerpt">{excerpt}</q>
        </p>
      ) : null}
      <button
        type="button"
        class="gp-link-button"
        data-focus-key={focusKey}
        onClick={() => props.onOpenGuidance(finding.guidance, focusKey)}
      >
        {guidanceTitle ? `Guidance: ${guidanceTitle}` : 'Read the guidance'}
      </button>
    </li>
  );
}

/** Said above a composer read by the generic reader, so the writer knows what Guidepost cannot do there. */
export function basicModeNote(site: string): string {
  return `Not watching this composer as usual: ${site} has changed its page, so Guidepost reads it in basic mode. It checks your words, but can't add fixes to your draft or ask before you post.`;
}

function ComposerFindings({ composer, many, ...rest }: { composer: ComposerStatus; many: boolean } & Omit<Props, 'state'>) {
  // Most serious first; the content script's order is kept among equals.
  const order = composer.findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.i - b.i);
  return (
    <div class="gp-composer" data-composer={composer.id}>
      {many ? <h3>{composer.label}</h3> : null}
      {composer.findings.length === 0 ? (
        <p>
          <span class="gp-badge gp-badge--ok">Looks fine</span> Nothing to check in this draft.
        </p>
      ) : (
        <ul class="gp-list gp-findings" aria-label={`Findings in ${composer.label.toLowerCase()}`}>
          {order.map(({ finding, i }) => (
            <FindingItem
              key={`${finding.rule}-${i}`}
              finding={finding}
              excerpt={composer.excerpts?.[i]}
              focusKey={`finding:${composer.id}:${i}`}
              guidanceTitle={rest.guidanceTitle(finding.guidance)}
              onOpenGuidance={rest.onOpenGuidance}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** The draft in the current tab: clean, each finding with its words and guidance, or why nothing is checked. */
export function DraftStatusView({ state, ...rest }: Props) {
  let body;
  if (state.kind === 'loading') body = <p class="gp-muted">Checking the current tab…</p>;
  else if (state.kind === 'unsupported')
    body = (
      <p class="gp-unsupported">
        Guidepost works on {EVERY_SITE}. Open a post there to see how your draft reads; the guidance is below.
      </p>
    );
  else {
    const { status } = state;
    const drafts = status.composers.filter((c) => c.length > 0 || c.findings.length > 0);
    if (!status.watching || drafts.length === 0) body = <p class="gp-not-watching">{whyNotWatching(status)}</p>;
    else {
      const total = drafts.reduce((n, c) => n + c.findings.length, 0);
      const site = status.site ? siteName(status.site) : 'this page';
      // The generic reader only takes over when the site's own composers are all out of sight.
      const basic = drafts.some((c) => c.basic) ? <p class="gp-not-watching gp-basic-mode">{basicModeNote(site)}</p> : null;
      body =
        total === 0 && drafts.some((c) => c.unchecked) ? (
          <>
            {basic}
            <p class="gp-draft-summary gp-unchecked">{UNCHECKED_NOTE}</p>
          </>
        ) : total === 0 ? (
          <>
            {basic}
            <p class="gp-draft-summary">
              <span class="gp-badge gp-badge--ok">Looks fine</span> Nothing to change in your draft on {site}.
            </p>
          </>
        ) : (
          <>
            {basic}
            <p class="gp-draft-summary">
              {total === 1 ? '1 thing' : `${total} things`} to look at before you post on {site}.
            </p>
            {drafts.map((composer) => (
              <ComposerFindings key={composer.id} composer={composer} many={drafts.length > 1} {...rest} />
            ))}
          </>
        );
    }
  }
  return (
    <section class="gp-draft" aria-labelledby="gp-draft-heading" aria-busy={state.kind === 'loading'}>
      <h2 id="gp-draft-heading">Your draft</h2>
      {body}
    </section>
  );
}
