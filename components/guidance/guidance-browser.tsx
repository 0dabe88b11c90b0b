import { useMemo, useState } from 'preact/hooks';
import type { GuidanceEntry } from '../../rules/schema/guidance';
import type { OrgProfile } from '../../rules/schema/profile';
import { useFocusReturn } from '../common/use-focus-return';
import { fillGuidanceEntry } from '../../rules/profile/fill-profile-words';
import { GuidanceEntryView } from './guidance-entry-view';
import { GuidanceLibrary, SEARCH_INPUT_ID } from './guidance-library';

interface Props {
  entries: readonly GuidanceEntry[];
  profile: OrgProfile;
  headingLevel?: 2 | 3;
  /** The entry to show first (the options page opened at `#guidance/<id>`). */
  initialOpenId?: string | null;
}

/** The library and its entries in one place (the options page), with focus returned on the way back. */
export function GuidanceBrowser({ entries, profile, headingLevel, initialOpenId = null }: Props) {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(initialOpenId);
  const filled = useMemo(() => entries.map((e) => fillGuidanceEntry(e, profile)), [entries, profile]);
  const open = openId ? filled.find((e) => e.id === openId) : undefined;
  const rememberOpener = useFocusReturn(open !== undefined, SEARCH_INPUT_ID);
  if (open) {
    return <GuidanceEntryView entry={open} profile={profile} headingLevel={headingLevel} onBack={() => setOpenId(null)} />;
  }
  return (
    <GuidanceLibrary
      entries={filled}
      query={query}
      onQuery={setQuery}
      headingLevel={headingLevel}
      onOpen={(id, focusKey) => {
        rememberOpener(focusKey);
        setOpenId(id);
      }}
    />
  );
}
