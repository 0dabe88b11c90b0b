import { useMemo } from 'preact/hooks';
import { compile } from '../../rules/engine/compile';
import { useActivePack } from '../common/use-active-pack';
import { useActiveProfile } from '../common/use-active-profile';

/**
 * Rules of the pack in force that cannot run with the organisation's words (they would make a
 * pattern that can hang the page), named with where they are in the pack and why. Everything
 * else in the pack still checks drafts.
 */
export function SkippedRulesNote() {
  const active = useActivePack();
  const profile = useActiveProfile();
  const skipped = useMemo(() => (active && profile ? compile(active.pack, profile.profile).skipped : []), [active, profile]);
  if (skipped.length === 0) return null;
  return (
    <div class="gp-alert gp-skipped-rules">
      <strong>
        {skipped.length === 1 ? 'One rule is' : `${skipped.length} rules are`} not checked with your organisation's words
      </strong>
      , because with them in place a rule's pattern could make the page stop responding. All other rules check drafts as
      usual. {profile?.managed ? 'Tell your administrator' : 'If you entered your organisation’s details, look for a name that is part of another (such as “Fern” and “Fernvale”), or tell your administrator'}:
      <ul>
        {skipped.map((s) => (
          <li key={s.path}>
            rule <code>{s.rule}</code> ({s.path}): {s.problem}
          </li>
        ))}
      </ul>
    </div>
  );
}
