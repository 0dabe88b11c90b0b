import { render } from 'preact';
import { BoundaryTip } from '../../components/in-page/boundary-tip';
import type { Theme } from '../../components/in-page/view-model';
import { namesOrganisation } from '../../rules/profile/names-organisation';
import { loadProfileInputs, resolveActiveProfile } from '../../utils/active-profile';
import { linkToContentScript } from '../../utils/content-link';
import { browserTrust } from '../../utils/event-trust';
import { localDay, personHash, tipDueToday, withSalt, withTipShown } from '../../utils/boundary-tips';
import { BOUNDARIES_GUIDANCE_ID } from '../../utils/guidance-link';
import { askBackground, type FromTipFrame, type TipCandidate, type ToTipFrame } from '../../utils/messages';
import { ignored } from '../../utils/port-message';
import { boundaryTipsItem } from '../../utils/storage-items';
import '../../components/in-page/in-page.css';
import '../../components/in-page/boundary-tip.css';

// The tip frame: the boundaries tip beside a friend request on Facebook, drawn in a frame of the
// extension's own. It holds the organisation's profile, so the page's work details are judged here.

const mount = document.getElementById('app')!;

const link = linkToContentScript<ToTipFrame, FromTipFrame>(({ type, body }) => {
  switch (type) {
    case 'consider':
      queue = queue.then(() => consider(body.candidates, body.theme));
      return;
    default:
      return ignored(type);
  }
});

const dismiss = () => link.send({ type: 'dismiss', body: {} });

/** Checks go one at a time, so two pages' worth of candidates never both get the day's tip. */
let queue = Promise.resolve();

async function consider(candidates: TipCandidate[], theme: Theme): Promise<void> {
  const [inputs, stored] = await Promise.all([loadProfileInputs(), boundaryTipsItem.getValue()]);
  // Until an admin's pack is installed, the bundled one is in force: its profile and its guidance, as the popup and options page read them.
  const activePack = inputs.activePack ?? { pack: (await import('../../rules/packs/default-pack')).DEFAULT_PACK, source: 'bundled' as const, installedAt: '' };
  const active = resolveActiveProfile({ ...inputs, activePack });
  const today = localDay(new Date());
  // Generic words ("my employer") name no organisation a profile would show.
  if (active.source === 'generic' || !tipDueToday(stored, today)) return link.send({ type: 'chosen', body: { id: null } });
  const tips = withSalt(stored);
  let chosen: { candidate: TipCandidate; hash: string } | null = null;
  for (const candidate of candidates) {
    if (!candidate.workLines.some((line) => namesOrganisation(line, active.profile))) continue;
    const hash = await personHash(tips.salt, candidate.key);
    if (tips.people.includes(hash)) continue;
    chosen = { candidate, hash };
    break;
  }
  if (!chosen) return link.send({ type: 'chosen', body: { id: null } });
  // Counted as it is drawn: the day's one tip, and this person's only one.
  await boundaryTipsItem.setValue(withTipShown(tips, chosen.hash, today));
  const guidance = activePack.pack.guidance.find((entry) => entry.id === BOUNDARIES_GUIDANCE_ID);
  render(
    <BoundaryTip
      theme={theme}
      guidanceTitle={guidance?.title ?? null}
      onGuidance={() => void askBackground('open-guidance', { id: guidance?.id ?? null })}
      onDismiss={dismiss}
    />,
    mount,
  );
  const height = Math.ceil(mount.getBoundingClientRect().height);
  link.send({ type: 'chosen', body: { id: chosen.candidate.id, height } });
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && browserTrust(event)) dismiss();
});
