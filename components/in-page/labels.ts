import type { DraftContext } from '../../rules/schema/context';
import type { Finding, Severity } from '../../rules/schema/finding';

/** Words only the in-page UI shows, in UK English, kept together so they read as one voice. */

/**
 * Short notes on the draft's circumstances, where they change how much a finding matters. They
 * explain; they never hide a finding (a friends-only post can still be shared on).
 */
export function contextNotes(context: DraftContext | null, finding: Finding): string[] {
  const notes: string[] = [];
  if (!context) return notes;
  if (context.audience === 'public') notes.push('Public: anyone can see this');
  else if (context.audience === 'friends') notes.push('Friends only, but friends can share it on');
  else if (context.audience === 'custom') notes.push('Custom audience: people in it can share it on');
  else if (context.audience === 'only-me') notes.push('Only you can see this for now');
  if (context.reply) notes.push(context.site === 'facebook' ? 'Comment: seen by everyone who can see the post' : 'Reply: seen by everyone in the conversation');
  if (context.media && finding.category === 'client-privacy') notes.push('Photo or video attached: check who is in it');
  else if (context.media) notes.push('Photo or video attached');
  if (context.account === 'organisation') notes.push("Posting as your organisation's account");
  return notes;
}

/**
 * One line for a finding about work in a public Facebook post from the writer's own account: who can
 * see it, and how to change that before posting. It adds to a finding; it is never one on its own.
 */
export function publicAboutWorkLine(context: DraftContext | null, aboutWork: boolean | undefined): string | null {
  if (!aboutWork || context?.site !== 'facebook' || context.account !== 'personal' || context.audience !== 'public') return null;
  return 'Anyone on or off Facebook can see a public post about work. To change who can, choose the audience button under your name before you post.';
}

/** Said when a draft's check did not finish in time: nothing is known about it, and posting is not held. */
export const UNCHECKED_LABEL = "Guidepost: couldn't check this draft";
export const UNCHECKED_NOTE = "Guidepost couldn't check this draft in time, so it won't ask before you post. Nothing was changed.";

export function badgeLabel(count: number, highest: Severity | null, composerLabel: string, unchecked = false): string {
  if (unchecked && count === 0) return UNCHECKED_LABEL;
  if (count === 0) return `Guidepost: nothing to check in this ${composerLabel.toLowerCase()}`;
  const things = count === 1 ? '1 thing' : `${count} things`;
  return `Guidepost: ${things} to check in this ${composerLabel.toLowerCase()}${highest === 'serious' ? ', one is serious' : ''}`;
}

/** What a fix's button says when the writer pastes the text themselves. */
export function copyLabel(fixLabel: string): string {
  return /disclaimer/i.test(fixLabel) ? 'Copy disclaimer' : 'Copy the text';
}
