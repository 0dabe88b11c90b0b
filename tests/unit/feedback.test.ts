import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addFeedback,
  clearFeedback,
  emptyCounts,
  feedbackItem,
  feedbackSummary,
  recordFeedback,
  type FeedbackEvent,
} from '../../utils/feedback';

beforeEach(() => fakeBrowser.reset());

describe('addFeedback', () => {
  it.each<[FeedbackEvent]>([['shown'], ['fixed'], ['posted-anyway'], ['dismissed'], ['not-right']])(
    'counts one %s for the rule and nothing else',
    (event) => {
      const log = addFeedback({ rules: {} }, 'age', event, new Date('2026-11-24T10:00:00Z'));
      expect(log.rules.age).toEqual({ ...emptyCounts(), [event]: 1 });
      expect(log.since).toBe('2026-11-24T10:00:00.000Z');
    },
  );

  it('keeps other rules and the first time counted', () => {
    let log = addFeedback({ rules: {} }, 'age', 'shown', new Date('2026-11-24T10:00:00Z'));
    log = addFeedback(log, 'place', 'not-right', new Date('2026-11-25T10:00:00Z'));
    log = addFeedback(log, 'age', 'shown', new Date('2026-11-25T11:00:00Z'));
    expect(log.rules.age!.shown).toBe(2);
    expect(log.rules.place!['not-right']).toBe(1);
    expect(log.since).toBe('2026-11-24T10:00:00.000Z');
  });

  it('does not read counts from the object prototype', () => {
    const log = addFeedback({ rules: {} }, 'constructor', 'shown', new Date());
    expect(log.rules.constructor).toEqual({ ...emptyCounts(), shown: 1 });
  });
});

describe('recordFeedback', () => {
  it('counts every event of a quick burst, in storage', async () => {
    await Promise.all([
      recordFeedback('age', 'shown'),
      recordFeedback('age', 'shown'),
      recordFeedback('age', 'not-right'),
      recordFeedback('person-name', 'fixed'),
      recordFeedback('person-name', 'posted-anyway'),
      recordFeedback('person-name', 'dismissed'),
    ]);
    const log = await feedbackItem.getValue();
    expect(log.rules.age).toEqual({ ...emptyCounts(), shown: 2, 'not-right': 1 });
    expect(log.rules['person-name']).toEqual({ ...emptyCounts(), fixed: 1, 'posted-anyway': 1, dismissed: 1 });
  });

  it('ignores malformed rule ids and unknown events instead of storing them', async () => {
    await recordFeedback('', 'shown');
    await recordFeedback('a rule with spaces and "quotes"', 'shown');
    await recordFeedback('age', 'clicked' as FeedbackEvent);
    expect((await feedbackItem.getValue()).rules).toEqual({});
  });

  it('starts again from nothing after clear', async () => {
    await recordFeedback('age', 'shown');
    await clearFeedback();
    expect(await feedbackItem.getValue()).toEqual({ rules: {} });
    await recordFeedback('age', 'fixed');
    expect((await feedbackItem.getValue()).rules.age).toEqual({ ...emptyCounts(), fixed: 1 });
  });
});

describe('feedbackSummary', () => {
  it('holds rule ids and numbers only, sorted by rule', () => {
    let log = addFeedback({ rules: {} }, 'place', 'shown', new Date('2026-11-24T10:00:00Z'));
    log = addFeedback(log, 'age', 'not-right', new Date('2026-11-24T10:05:00Z'));
    const summary = feedbackSummary(log, { id: 'guidepost-default', version: '1.0.0' }, new Date('2026-11-30T09:00:00Z'));
    expect(summary).toEqual({
      kind: 'guidepost-feedback-summary',
      format: 1,
      generatedAt: '2026-11-30T09:00:00.000Z',
      since: '2026-11-24T10:00:00.000Z',
      pack: { id: 'guidepost-default', version: '1.0.0' },
      rules: [
        { rule: 'age', shown: 0, fixed: 0, postedAnyway: 0, dismissed: 0, notRight: 1 },
        { rule: 'place', shown: 1, fixed: 0, postedAnyway: 0, dismissed: 0, notRight: 0 },
      ],
    });
    const values = JSON.stringify(summary.rules.map((r) => Object.values(r).slice(1)));
    expect(values).toMatch(/^[[\],0-9]+$/);
  });
});
