import { useMemo } from 'preact/hooks';
import type { GuidanceEntry } from '../../rules/schema/guidance';
import { plainText } from './rich-text';
import { searchGuidance } from './search';

interface Props {
  /** Entries with the organisation's words already filled in. */
  entries: readonly GuidanceEntry[];
  query: string;
  onQuery(query: string): void;
  /** `focusKey` finds the opener again when the reader comes back. */
  onOpen(id: string, focusKey: string): void;
  /** The heading level the page needs here, so the outline stays in order. */
  headingLevel?: 2 | 3;
}

export const SEARCH_INPUT_ID = 'gp-guidance-search';

/** Every guidance entry of the active pack, narrowed as you type over titles and text. */
export function GuidanceLibrary({ entries, query, onQuery, onOpen, headingLevel = 2 }: Props) {
  const results = useMemo(() => searchGuidance(entries, query), [entries, query]);
  const Heading = `h${headingLevel}` as const;
  return (
    <section class="gp-library" aria-labelledby="gp-library-heading">
      <Heading id="gp-library-heading">Guidance</Heading>
      <div class="gp-field">
        <label for={SEARCH_INPUT_ID}>Search guidance</label>
        <input
          id={SEARCH_INPUT_ID}
          class="gp-search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
      </div>
      <p role="status" class="gp-muted gp-library-count">
        {results.length === 0
          ? `No guidance matches “${query.trim()}”.`
          : query.trim()
            ? `${results.length} of ${entries.length} entries match.`
            : `${entries.length} entries.`}
      </p>
      <ul class="gp-list gp-library-list">
        {results.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              class="gp-entry-link"
              data-focus-key={`guidance:${entry.id}`}
              // The title names the button; the summary is read after it as its description.
              aria-labelledby={`gp-entry-title-${entry.id}`}
              aria-describedby={`gp-entry-summary-${entry.id}`}
              onClick={() => onOpen(entry.id, `guidance:${entry.id}`)}
            >
              <span id={`gp-entry-title-${entry.id}`} class="gp-entry-title">
                {entry.title}
              </span>
              <span id={`gp-entry-summary-${entry.id}`} class="gp-entry-summary">
                {plainText(entry.summary)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
