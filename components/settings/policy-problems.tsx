import { packStatusItem } from '../../utils/storage-items';
import { useStoredValue } from '../common/use-stored-value';

/** Settings in the organisation's policy that Guidepost had to ignore: the first few, and how many in all. */
export function PolicyProblems() {
  const status = useStoredValue(packStatusItem);
  const problems = status?.policyProblems;
  if (!problems || problems.total === 0) return null;
  const more = problems.total - problems.first.length;
  return (
    <div class="gp-alert gp-policy-problems">
      <strong>
        {problems.total === 1 ? 'One setting' : `${problems.total.toLocaleString('en-GB')} settings`} in your organisation's policy could not be used
      </strong>{' '}
      and {problems.total === 1 ? 'was' : 'were'} ignored; the rest apply. Tell your administrator:
      <ul>
        {problems.first.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
        {more > 0 ? <li>and {more.toLocaleString('en-GB')} more</li> : null}
      </ul>
    </div>
  );
}
