import { describe, expect, it } from 'vitest';
import { emptyHistory, nudgeStyle, WEEK_MS, withDismissed, withFixed, withOpened, type RuleHistory } from '../../utils/nudge-wear';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-12-07T09:00:00Z');

/** A simulated week: the card opened in a new draft each day at nine, for `days` days. */
function openedDaily(days: number, history = emptyHistory(), from = START): RuleHistory {
  for (let d = 0; d < days; d++) history = withOpened(history, `draft-${from}-${d}`, from + d * DAY);
  return history;
}

describe('nudges that do not wear out', () => {
  it('a card opened in five drafts this week and never acted on gets shorter', () => {
    expect(nudgeStyle(openedDaily(4), 'warn', START + 4 * DAY)).toBe('full');
    expect(nudgeStyle(openedDaily(5), 'warn', START + 5 * DAY)).toBe('short');
  });

  it('opening the same draft\'s card again counts once', () => {
    let h = emptyHistory();
    for (let i = 0; i < 10; i++) h = withOpened(h, 'one-draft', START + i * 60_000);
    expect(h.opened).toHaveLength(1);
    expect(nudgeStyle(h, 'warn', START + DAY)).toBe('full');
  });

  it('one fix this week keeps it in full; a week later the count starts again', () => {
    const fixedOnce = withFixed(openedDaily(5), START + 2 * DAY);
    expect(nudgeStyle(fixedOnce, 'warn', START + 5 * DAY)).toBe('full');
    const opened = openedDaily(5);
    expect(nudgeStyle(opened, 'warn', START + 4 * DAY + WEEK_MS)).toBe('full');
  });

  it('an info tip dismissed twice rests for a week, then comes back', () => {
    let h = withDismissed(emptyHistory(), START);
    expect(nudgeStyle(h, 'info', START + DAY)).toBe('full');
    h = withDismissed(h, START + 2 * DAY);
    expect(nudgeStyle(h, 'info', START + 3 * DAY)).toBe('resting');
    // A week from the second dismissal, not from the first.
    expect(nudgeStyle(h, 'info', START + WEEK_MS + DAY)).toBe('resting');
    expect(nudgeStyle(h, 'info', START + 2 * DAY + WEEK_MS + 1)).toBe('full');
  });

  it('two dismissals more than a week apart do not rest a tip', () => {
    const h = withDismissed(withDismissed(emptyHistory(), START), START + WEEK_MS + DAY);
    expect(nudgeStyle(h, 'info', START + WEEK_MS + 2 * DAY)).toBe('full');
  });

  it('a warning dismissed twice is not rested: only tips rest', () => {
    const h = withDismissed(withDismissed(emptyHistory(), START), START + DAY);
    expect(nudgeStyle(h, 'warn', START + 2 * DAY)).toBe('full');
  });

  it('a serious finding is never quietened, however often it is opened or dismissed', () => {
    let h = openedDaily(7);
    h = withDismissed(withDismissed(h, START), START + DAY);
    expect(nudgeStyle(h, 'serious', START + 6 * DAY)).toBe('full');
  });

  it('keeps only a bounded, recent history', () => {
    const h = openedDaily(60);
    expect(h.opened.length).toBeLessThanOrEqual(20);
    expect(h.opened.every((o) => START + 59 * DAY - o.at < WEEK_MS)).toBe(true);
  });
});
