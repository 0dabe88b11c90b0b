import type { ActiveProfile } from '../../utils/active-profile';

/** Whose guidance this is, and whether an admin manages it. */
export function OrgLine({ active, setupHref }: { active: ActiveProfile; setupHref?: string }) {
  if (active.managed)
    return (
      <p class="gp-org-line">
        {active.profile.name} <span class="gp-badge gp-badge--managed">Managed by your organisation</span>
      </p>
    );
  if (active.source === 'user') return <p class="gp-org-line">{active.profile.name}</p>;
  return (
    <p class="gp-org-line gp-muted">
      Using general words such as “{active.profile.name}”.{' '}
      {setupHref ? (
        <a href={setupHref} target="_blank" rel="noopener">
          Name your organisation
        </a>
      ) : null}
    </p>
  );
}
