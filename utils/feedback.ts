import { storage } from 'wxt/utils/storage';

/**
 * Local, per-rule counts of how nudges went. Only rule ids and numbers are kept: never draft
 * text, never excerpts. Nothing here is sent anywhere; the user may export a summary themselves.
 */

export const FEEDBACK_EVENTS = ['shown', 'fixed', 'posted-anyway', 'dismissed', 'not-right'] as const;
export type FeedbackEvent = (typeof FEEDBACK_EVENTS)[number];
export type FeedbackCounts = Record<FeedbackEvent, number>;

export interface FeedbackLog {
  /** Counts per rule id. */
  rules: Record<string, FeedbackCounts>;
  /** ISO time of the first count since the last clear. */
  since?: string;
}

export const feedbackItem = storage.defineItem<FeedbackLog>('local:feedback', { fallback: { rules: {} }, version: 1 });

/** Rule ids come from a validated pack; this guards the storage key against anything else. */
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;

export function emptyCounts(): FeedbackCounts {
  return { shown: 0, fixed: 0, 'posted-anyway': 0, dismissed: 0, 'not-right': 0 };
}

/** Pure: the log with one more `event` for `ruleId`. */
export function addFeedback(log: FeedbackLog, ruleId: string, event: FeedbackEvent, now: Date): FeedbackLog {
  const before = Object.hasOwn(log.rules, ruleId) ? log.rules[ruleId]! : emptyCounts();
  return {
    rules: { ...log.rules, [ruleId]: { ...before, [event]: before[event] + 1 } },
    since: log.since ?? now.toISOString(),
  };
}

// Writes from one page are chained so that quick successive events are all counted.
let pending: Promise<unknown> = Promise.resolve();

/** Counts one event for a rule. Unknown events or malformed rule ids are ignored, never stored. */
export function recordFeedback(ruleId: string, event: FeedbackEvent): Promise<void> {
  if (!RULE_ID.test(ruleId) || !FEEDBACK_EVENTS.includes(event)) return Promise.resolve();
  const write = pending.then(async () => {
    const log = await feedbackItem.getValue();
    await feedbackItem.setValue(addFeedback(log, ruleId, event, new Date()));
  });
  pending = write.catch(() => undefined);
  return write;
}

export async function clearFeedback(): Promise<void> {
  const write = pending.then(() => feedbackItem.removeValue());
  pending = write.catch(() => undefined);
  await write;
}

export interface FeedbackSummary {
  kind: 'guidepost-feedback-summary';
  format: 1;
  generatedAt: string;
  since: string | null;
  pack: { id: string; version: string | number } | null;
  rules: Array<{ rule: string; shown: number; fixed: number; postedAnyway: number; dismissed: number; notRight: number }>;
}

/** What "export summary" downloads: counts only, sorted by rule id, so it can go to an admin as is. */
export function feedbackSummary(
  log: FeedbackLog,
  pack: { id: string; version: string | number } | null,
  now: Date,
): FeedbackSummary {
  return {
    kind: 'guidepost-feedback-summary',
    format: 1,
    generatedAt: now.toISOString(),
    since: log.since ?? null,
    pack: pack ? { id: pack.id, version: pack.version } : null,
    rules: Object.keys(log.rules)
      .sort()
      .map((rule) => {
        const c = log.rules[rule]!;
        return {
          rule,
          shown: c.shown,
          fixed: c.fixed,
          postedAnyway: c['posted-anyway'],
          dismissed: c.dismissed,
          notRight: c['not-right'],
        };
      }),
  };
}
