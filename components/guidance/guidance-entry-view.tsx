import { useEffect, useRef } from 'preact/hooks';
import type { GuidanceEntry } from '../../rules/schema/guidance';
import { GENERIC_PROFILE, type OrgProfile } from '../../rules/schema/profile';
import { RichText } from './rich-text-view';

interface Props {
  /** The entry with the organisation's words already filled in. */
  entry: GuidanceEntry;
  profile: OrgProfile;
  onBack(): void;
  backLabel?: string;
  headingLevel?: 2 | 3;
}

/** A speak-up contact may be a web or mail address, or words such as "the Speak Up service on the intranet". */
function contactHref(contact: string): string | null {
  if (/^https:\/\/\S+$/i.test(contact)) return contact;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) return `mailto:${contact}`;
  return null;
}

/** One guidance entry on its own view: summary, body, what to do instead, and the organisation's links. */
export function GuidanceEntryView({ entry, profile, onBack, backLabel = 'All guidance', headingLevel = 2 }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the heading tells keyboard and screen-reader users the view has changed.
  useEffect(() => heading.current?.focus(), [entry.id]);
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const speakUpHref = profile.speakUpContact ? contactHref(profile.speakUpContact) : null;
  const hasOrgLinks = entry.links.length > 0 || profile.policyUrl || profile.speakUpContact;
  return (
    <article class="gp-entry" aria-labelledby="gp-entry-heading" data-guidance={entry.id}>
      <button type="button" class="gp-link-button gp-back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {backLabel}
      </button>
      <Heading id="gp-entry-heading" tabIndex={-1} ref={heading}>
        {entry.title}
      </Heading>
      <RichText text={entry.summary} class="gp-entry-lead" />
      <RichText text={entry.body} />
      <section class="gp-card gp-do-instead" aria-labelledby="gp-do-instead-heading">
        <Sub id="gp-do-instead-heading">What to do instead</Sub>
        <RichText text={entry.doInstead} />
      </section>
      {hasOrgLinks ? (
        <section aria-labelledby="gp-org-links-heading">
          <Sub id="gp-org-links-heading">From your organisation</Sub>
          <ul class="gp-org-links">
            {profile.policyUrl ? (
              <li>
                <a href={profile.policyUrl} target="_blank" rel="noopener noreferrer">
                  {profile.name === GENERIC_PROFILE.name ? 'Social media policy' : `${profile.name}: social media policy`}
                </a>
              </li>
            ) : null}
            {profile.speakUpContact ? (
              <li>
                Raise a concern:{' '}
                {speakUpHref ? (
                  <a href={speakUpHref} target="_blank" rel="noopener noreferrer">
                    {profile.speakUpContact}
                  </a>
                ) : (
                  profile.speakUpContact
                )}
              </li>
            ) : null}
            {entry.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
