import { bioDisclaimerItem } from '../../utils/storage-items';
import { saysViewsOwn } from './bio-disclaimer';
import type { GuidepostPage } from './guidepost-page';

/** The writer's own profile page shows their bio: remember whether it says "views my own". */
export function init(signal: AbortSignal, page: GuidepostPage): void {
  /** What storage holds, so it is written only when the bio says something new; null until read. */
  let bio: Awaited<ReturnType<typeof bioDisclaimerItem.getValue>> | null = null;
  const read = () => {
    const text = page.adapter.ownBio(page.doc);
    if (text === null || bio === null) return;
    const says = saysViewsOwn(text);
    if (bio[page.site] !== says) void bioDisclaimerItem.setValue({ ...bio, [page.site]: says });
  };
  const unwatch = bioDisclaimerItem.watch((value) => (bio = value));
  signal.addEventListener('abort', unwatch, { once: true });
  void bioDisclaimerItem.getValue().then((value) => {
    bio ??= value;
    read();
  });
  page.onEditors(read);
}
