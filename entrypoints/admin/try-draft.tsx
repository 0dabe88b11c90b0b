import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { compileCoach, type Coach } from '../../rules/coach/compile-coach';
import { findingViews } from '../../components/in-page/finding-views';
import { compile } from '../../rules/engine/compile';
import { fillExample } from '../../rules/engine/run-examples';
import { AUDIENCES, DEFAULT_CONTEXT, type DraftContext } from '../../rules/schema/context';
import type { Fix } from '../../rules/schema/finding';
import type { RulePack } from '../../rules/schema/pack';
import type { OrgProfile } from '../../rules/schema/profile';
import type { RuleExample } from '../../rules/schema/rule-common';
import { SITES } from '../../rules/sites';
import { FindingPreview } from './finding-preview';

interface TryDraftProps {
  pack: RulePack;
  profile: OrgProfile;
  profileSource: string;
}

interface Sample {
  label: string;
  text: string;
  context: Partial<DraftContext>;
}

/**
 * The pack's own "should match" examples are the samples: they are what its author meant it to
 * catch, with `{profile.…}` filled from the organisation's words; one needing words the profile
 * lacks is left out, as validation skips it.
 */
function samplesOf(pack: RulePack, profile: OrgProfile): Sample[] {
  return pack.rules.flatMap((rule) =>
    rule.examples.match.flatMap((example: RuleExample, i) => {
      const filled = fillExample(example, profile);
      if ('skip' in filled) return [];
      const { text, context } = filled;
      return [{ label: `${rule.id} #${i + 1}: ${text.length > 50 ? `${text.slice(0, 47)}…` : text}`, text, context }];
    }),
  );
}

function applyFix(text: string, fix: Fix): string {
  if (fix.kind === 'append') return `${text}${fix.text}`;
  if (fix.span) return `${text.slice(0, fix.span.start)}${fix.text}${text.slice(fix.span.end)}`;
  return text;
}

const AUDIENCE_LABELS: Record<(typeof AUDIENCES)[number], string> = {
  public: 'Public',
  friends: 'Friends',
  'only-me': 'Only me',
  custom: 'Custom',
};

/** The pack's coach for this profile, compiled (retext loaded) the first time an organisation-account draft is tried. */
function useCoach(pack: RulePack, profile: OrgProfile, wanted: boolean): Coach | null {
  const [coach, setCoach] = useState<{ for: RulePack['coach']; profile: OrgProfile; coach: Coach } | null>(null);
  const current = coach?.for === pack.coach && coach?.profile === profile ? coach.coach : null;
  useEffect(() => {
    if (!wanted || !pack.coach || current) return;
    let live = true;
    const config = pack.coach;
    compileCoach(config, profile).then(
      (compiled) => live && setCoach({ for: config, profile, coach: compiled }),
      (error: unknown) => console.warn('Guidepost: the coach could not load', error),
    );
    return () => {
      live = false;
    };
  }, [wanted, pack.coach, profile, current]);
  return current;
}

export function TryDraft({ pack, profile, profileSource }: TryDraftProps) {
  const [text, setText] = useState('');
  const [context, setContext] = useState<DraftContext>(DEFAULT_CONTEXT);
  const [hidden, setHidden] = useState<string[]>([]);
  const checker = useMemo(() => compile(pack, profile), [pack, profile]);
  const coach = useCoach(pack, profile, context.account === 'organisation');
  const samples = useMemo(() => samplesOf(pack, profile), [pack, profile]);
  // As staff would see them: the pack's findings, then the coach's tips on an organisation's account.
  const findings = useMemo(
    () => [...checker.check(text, context), ...(coach && context.account === 'organisation' ? coach.tips(text, context) : [])],
    [checker, coach, text, context],
  );
  const views = useMemo(
    () => findingViews(findings, text, pack.guidance, profile).filter((v) => !hidden.includes(v.finding.rule)),
    [findings, text, pack, profile, hidden],
  );
  const edit = (next: string) => {
    setText(next);
    setHidden([]);
  };
  const onFix = useCallback((fix: Fix) => edit(applyFix(text, fix)), [text]);
  const onHide = useCallback((rule: string) => setHidden((h) => [...h, rule]), []);
  const set = <K extends keyof DraftContext>(key: K, value: DraftContext[K]) => setContext((c) => ({ ...c, [key]: value }));

  return (
    <section class="gp-section" aria-labelledby="try-heading">
      <h2 id="try-heading">2. Try it on drafts</h2>
      <p class="gp-muted">
        Checked with the profile of <strong>{profile.name}</strong> ({profileSource}).
      </p>
      <label class="gp-field">
        <span>Sample draft</span>
        <select
          value=""
          onChange={(e) => {
            const sample = samples[Number((e.target as HTMLSelectElement).value)];
            if (!sample) return;
            edit(sample.text);
            setContext({ ...DEFAULT_CONTEXT, ...sample.context });
          }}
        >
          <option value="">Choose one of the pack's examples…</option>
          {samples.map((s, i) => (
            <option key={i} value={String(i)}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label class="gp-field">
        <span>Draft</span>
        <textarea rows={4} value={text} spellcheck={false} onInput={(e) => edit((e.target as HTMLTextAreaElement).value)} />
      </label>
      <fieldset class="gp-context">
        <legend>Where it is being posted</legend>
        <label>
          Site{' '}
          <select value={context.site} onChange={(e) => set('site', (e.target as HTMLSelectElement).value as DraftContext['site'])}>
            {SITES.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Account{' '}
          <select value={context.account} onChange={(e) => set('account', (e.target as HTMLSelectElement).value as DraftContext['account'])}>
            <option value="personal">Personal</option>
            <option value="organisation">Organisation</option>
          </select>
        </label>
        <label>
          Audience{' '}
          <select
            value={context.audience ?? ''}
            onChange={(e) => {
              const value = (e.target as HTMLSelectElement).value;
              set('audience', value === '' ? null : (value as DraftContext['audience']));
            }}
          >
            <option value="">Not shown (X)</option>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {AUDIENCE_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
        {(['profileDisclaimer', 'reply', 'media'] as const).map((key) => (
          <label key={key}>
            <input type="checkbox" checked={context[key]} onChange={(e) => set(key, (e.target as HTMLInputElement).checked)} />{' '}
            {key === 'profileDisclaimer' ? 'Profile says views are my own' : key === 'reply' ? 'Reply or comment' : 'Photo or video attached'}
          </label>
        ))}
      </fieldset>
      <p role="status" class="gp-try-summary">
        {text.trim() === ''
          ? 'Type or choose a draft to see what staff would see.'
          : findings.length === 0
            ? 'Nothing to check: staff would see the quiet tick.'
            : `${findings.length} ${findings.length === 1 ? 'thing' : 'things'} to check: staff would see ${findings.length === 1 ? 'this card' : 'these cards'}.`}
      </p>
      <FindingPreview views={views} context={context} onFix={onFix} onHide={onHide} />
    </section>
  );
}
