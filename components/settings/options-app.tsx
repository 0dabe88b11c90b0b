import { useEffect, useState } from 'preact/hooks';
import { guidanceIdFromHash } from '../../utils/guidance-link';
import { shouldOnboard, ONBOARDING_HASH } from '../../utils/onboarding';
import { settingLabel } from '../../utils/settings-table';
import { OrgLine } from '../common/org-line';
import { useActivePack } from '../common/use-active-pack';
import { useActiveProfile } from '../common/use-active-profile';
import { GuidanceBrowser } from '../guidance/guidance-browser';
import { FeedbackCounts } from './feedback-counts';
import { PackStatusView } from './pack-status-view';
import { ProfileSection } from './profile-section';
import { SiteSettings } from './site-settings';
import { SnoozeControl } from './snooze-control';
import { useSettings } from './use-settings';

const CONTENTS = [
  ['organisation', 'Your organisation'],
  ['sites', 'Sites'],
  ['pause', settingLabel('snooze')],
  ['rule-pack', 'Rules in use'],
  ['feedback', 'Your feedback'],
  ['guidance', 'Guidance'],
] as const;

/** The options page: organisation (or onboarding), sites, pause, rules in use, feedback counts, guidance. */
export function OptionsApp({ hash }: { hash: string }) {
  const active = useActiveProfile();
  const pack = useActivePack();
  const settings = useSettings();
  const [welcome, setWelcome] = useState<boolean | undefined>(hash === ONBOARDING_HASH ? true : undefined);
  useEffect(() => {
    if (welcome === undefined) shouldOnboard().then(setWelcome, () => setWelcome(false));
  }, [welcome]);

  return (
    <div class="gp-options">
      <header class="gp-header">
        <h1>Guidepost settings</h1>
        {active ? <OrgLine active={active} /> : null}
        <nav aria-label="On this page">
          <ul class="gp-contents">
            {CONTENTS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {active && welcome !== undefined ? <ProfileSection active={active} welcome={welcome} /> : null}
        {settings ? (
          <>
            <SiteSettings state={settings} />
            <SnoozeControl id="pause" state={settings} headingLevel={2} />
          </>
        ) : null}
        <PackStatusView />
        <FeedbackCounts />
        <section id="guidance" class="gp-section">
          {pack && active ? <GuidanceBrowser entries={pack.pack.guidance} profile={active.profile} initialOpenId={guidanceIdFromHash(hash)} /> : null}
        </section>
      </main>
    </div>
  );
}
