import type { ComposerStatus, DraftStatus } from '../../utils/messages';
import type { SiteId } from '../../rules/sites';
import { findingExcerpt } from '../../utils/finding-excerpt';
import type { ComposerSession } from './composer-session';

/**
 * What the popup is told about the drafts in this tab: what was found and the words behind it,
 * never the whole text. It goes to the extension's own popup only.
 */
export function draftStatus(
  site: SiteId,
  off: DraftStatus['reason'] | null,
  sessions: Iterable<ComposerSession>,
  unwatched: boolean,
): DraftStatus {
  if (off) return { site, watching: false, reason: off, composers: [] };
  const composers: ComposerStatus[] = [];
  for (const session of sessions) {
    if (!session.context || !session.editor.isConnected) continue;
    const findings = session.visibleFindings();
    composers.push({
      id: session.id,
      site,
      label: session.label,
      context: session.context,
      findings,
      length: session.text.length,
      excerpts: findings.map((finding) => findingExcerpt(session.text, finding.spans)),
      ...(session.basic ? { basic: true } : {}),
      ...(session.unchecked ? { unchecked: true } : {}),
    });
  }
  if (composers.length === 0) return { site, watching: false, reason: unwatched ? 'unsupported-markup' : 'no-composer', composers };
  return { site, watching: true, composers };
}
