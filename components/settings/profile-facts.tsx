import { Fragment } from 'preact';
import type { OrgProfile } from '../../rules/schema/profile';

/** The organisation's words as a list of facts; empty ones are left out. */
export function ProfileFacts({ profile }: { profile: OrgProfile }) {
  const facts: Array<[string, string]> = [
    ['Name', profile.name],
    ['Other names', profile.aliases.join(', ')],
    ['Accounts', profile.handles.join(', ')],
    ['Disclaimer', profile.disclaimer ?? ''],
    ['Policy', profile.policyUrl ?? ''],
    ['Raise concerns', profile.speakUpContact ?? ''],
  ];
  return (
    <dl class="gp-facts">
      {facts
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
