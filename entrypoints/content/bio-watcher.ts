import type { BioReadings } from '../../utils/bio-reading';
import { isLocked, lockedSettingsItem, type LockedSettings } from '../../utils/settings';
import { bioDisclaimerItem } from '../../utils/storage-items';
import { saysViewsOwn } from './bio-disclaimer';
import type { GuidepostPage } from './guidepost-page';

/**
 * The writer's own profile page shows their bio: remember whether it says "views my own", and when
 * it was read. Not where policy locked the setting: then nothing the page shows counts.
 */
export function init(signal: AbortSignal, page: GuidepostPage): void {
  /** What storage holds, so it is written only when the bio says something new; null until read. */
  let bio: BioReadings | null = null;
  let locked: LockedSettings | null = null;
  const read = () => {
    if (bio === null || locked === null || isLocked(locked, `profileDisclaimer.${page.site}`)) return;
    const text = page.adapter.ownBio(page.doc);
    if (text === null) return;
    const says = saysViewsOwn(text);
    if (bio[page.site]?.saysViewsOwn !== says) void bioDisclaimerItem.setValue({ ...bio, [page.site]: { saysViewsOwn: says, readAt: new Date().toISOString() } });
  };
  const unwatchers = [bioDisclaimerItem.watch((value) => (bio = value)), lockedSettingsItem.watch((value) => (locked = value))];
  signal.addEventListener('abort', () => unwatchers.forEach((unwatch) => unwatch()), { once: true });
  void Promise.all([bioDisclaimerItem.getValue(), lockedSettingsItem.getValue()]).then(([b, l]) => {
    bio ??= b;
    locked ??= l;
    read();
  });
  page.onEditors(read);
}
