import { storage } from 'wxt/utils/storage';
import type { Severity } from '../rules/schema/finding';

/**
 * Nudges that don't wear out: a card people keep opening and never act on gets shorter; a tip
 * dismissed twice rests for a while; serious findings are never quietened. Pure: what happened to
 * one rule's nudges lately, and what that means for the next one. Only rule ids, times and a
 * draft's session id are kept — never a word of a draft.
 */

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Opened in this many drafts within a week, never acted on: the card is shortened. */
export const OPENED_BEFORE_SHORTER = 5;
/** An info tip dismissed this many times within a week rests for a week from the last. */
export const DISMISSED_BEFORE_REST = 2;
/** Enough history to decide on: older events and extra ones are dropped. */
const KEEP = 20;

export interface RuleHistory {
  /** When the rule's card was first opened in a draft, and in which draft (a session id, once per draft). */
  opened: { at: number; draft: string }[];
  /** When the writer acted on it: applied its fix. */
  fixed: number[];
  /** When the writer dismissed it for a draft. */
  dismissed: number[];
}

export type NudgeStyle = 'full' | 'short' | 'resting';

export function emptyHistory(): RuleHistory {
  return { opened: [], fixed: [], dismissed: [] };
}

const recent = <T>(items: readonly T[], time: (item: T) => number, now: number) => items.filter((item) => now - time(item) < WEEK_MS).slice(-KEEP);

/** The history with one more opening of the card, counted once per draft. */
export function withOpened(history: RuleHistory, draft: string, now: number): RuleHistory {
  if (history.opened.some((o) => o.draft === draft)) return history;
  return { ...history, opened: recent([...history.opened, { at: now, draft }], (o) => o.at, now) };
}

export function withFixed(history: RuleHistory, now: number): RuleHistory {
  return { ...history, fixed: recent([...history.fixed, now], (t) => t, now) };
}

export function withDismissed(history: RuleHistory, now: number): RuleHistory {
  return { ...history, dismissed: recent([...history.dismissed, now], (t) => t, now) };
}

/**
 * How the rule's next nudge shows: in full; shorter (the message and the words, guidance behind
 * "Why?") once its card was opened in five drafts this week with no fix; resting (not shown) for a
 * week after an info tip's second dismissal. A serious finding is always shown in full.
 */
export function nudgeStyle(history: RuleHistory | undefined, severity: Severity, now: number): NudgeStyle {
  if (!history || severity === 'serious') return 'full';
  // Rests for a week from the dismissal that made it twice in a week, not only while the first is under a week old.
  const last = Math.max(...history.dismissed);
  const together = history.dismissed.filter((t) => t <= last && last - t < WEEK_MS).length;
  if (severity === 'info' && now - last < WEEK_MS && together >= DISMISSED_BEFORE_REST) return 'resting';
  const opened = history.opened.filter((o) => now - o.at < WEEK_MS);
  const fixed = history.fixed.some((t) => now - t < WEEK_MS);
  return opened.length >= OPENED_BEFORE_SHORTER && !fixed ? 'short' : 'full';
}

/** Each rule's recent history, kept on this device beside the feedback counts and cleared with them. */
export const nudgeHistoryItem = storage.defineItem<Record<string, RuleHistory>>('local:nudgeHistory', { fallback: {}, version: 1 });

export type NudgeEvent = { kind: 'opened'; draft: string } | { kind: 'fixed' } | { kind: 'dismissed' };

/** Rule ids come from a validated pack; this guards the storage key against anything else. */
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;

// Writes from one page are chained so that quick successive events are all kept.
let pending: Promise<unknown> = Promise.resolve();

/** Keeps one event of a rule's nudge; a malformed rule id is ignored. */
export function recordNudge(ruleId: string, event: NudgeEvent, now = Date.now()): Promise<void> {
  if (!RULE_ID.test(ruleId)) return Promise.resolve();
  const write = pending.then(async () => {
    const all = await nudgeHistoryItem.getValue();
    const before = Object.hasOwn(all, ruleId) ? all[ruleId]! : emptyHistory();
    const after =
      event.kind === 'opened' ? withOpened(before, event.draft, now) : event.kind === 'fixed' ? withFixed(before, now) : withDismissed(before, now);
    if (after !== before) await nudgeHistoryItem.setValue({ ...all, [ruleId]: after });
  });
  pending = write.catch(() => undefined);
  return write;
}

export async function clearNudgeHistory(): Promise<void> {
  const write = pending.then(() => nudgeHistoryItem.removeValue());
  pending = write.catch(() => undefined);
  await write;
}
