import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ONBOARDING_HASH } from '../../utils/onboarding';
import { OrgLine } from '../common/org-line';
import { useActivePack } from '../common/use-active-pack';
import { useActiveProfile } from '../common/use-active-profile';
import { PackExpiryNote } from '../common/pack-expiry-note';
import { useFocusReturn } from '../common/use-focus-return';
import { fillGuidanceEntry } from '../../rules/profile/fill-profile-words';
import { GuidanceEntryView } from '../guidance/guidance-entry-view';
import { GuidanceLibrary, SEARCH_INPUT_ID } from '../guidance/guidance-library';
import { useSettings } from '../settings/use-settings';
import { DraftStatusView } from './draft-status-view';
import { QuickSettings } from './quick-settings';
import { resolveTargetTab } from './target-tab';
import { useDraftStatus } from './use-draft-status';

/** The toolbar popup: the current tab's draft, the common settings, and the organisation's guidance. */
export function PopupApp({ search }: { search: string }) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    resolveTargetTab(search).then(setTabId, () => setTabId(null));
  }, [search]);
  const draft = useDraftStatus(tabId);
  const active = useActiveProfile();
  const pack = useActivePack();
  const settings = useSettings();
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);

  const entries = useMemo(
    () => (pack && active ? pack.pack.guidance.map((e) => fillGuidanceEntry(e, active.profile)) : []),
    [pack, active],
  );
  const open = openId ? entries.find((e) => e.id === openId) : undefined;
  const rememberOpener = useFocusReturn(open !== undefined, SEARCH_INPUT_ID);
  const openGuidance = (id: string, focusKey: string) => {
    rememberOpener(focusKey);
    setOpenId(id);
  };
  const site = draft.kind === 'ready' ? draft.status.site : null;

  return (
    <div class="gp-popup">
      <header class="gp-header">
        <h1>Guidepost</h1>
        {active ? <OrgLine active={active} setupHref={browser.runtime.getURL(`/options.html${ONBOARDING_HASH}`)} /> : null}
      </header>
      <main>
        <PackExpiryNote />
        {open && active ? (
          <GuidanceEntryView entry={open} profile={active.profile} onBack={() => setOpenId(null)} backLabel="Back" />
        ) : (
          <>
            <DraftStatusView
              state={draft}
              guidanceTitle={(id) => entries.find((e) => e.id === id)?.title}
              onOpenGuidance={openGuidance}
            />
            {settings ? <QuickSettings site={site} state={settings} /> : null}
            <GuidanceLibrary entries={entries} query={query} onQuery={setQuery} onOpen={openGuidance} />
          </>
        )}
      </main>
      <footer class="gp-footer">
        <button type="button" class="gp-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          All settings and your feedback
        </button>
      </footer>
    </div>
  );
}
