import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_PAUSE_MS, createCheckScheduler } from '../../entrypoints/content/check-scheduler';

const timers = {
  setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms) as unknown as number,
  clearTimeout: (id: number) => clearTimeout(id),
  now: () => Date.now(),
};

describe('check scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once after typing pauses, not on every key', () => {
    const check = vi.fn();
    const scheduler = createCheckScheduler(check, timers);
    for (let i = 0; i < 10; i++) {
      scheduler.changed();
      vi.advanceTimersByTime(CHECK_PAUSE_MS / 3);
    }
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(CHECK_PAUSE_MS);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it.each([250, 300, 400])('waits a pause of about %i ms', (pause) => {
    const check = vi.fn();
    const scheduler = createCheckScheduler(check, timers, pause);
    scheduler.changed();
    vi.advanceTimersByTime(pause - 1);
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('never checks between compositionstart and compositionend', () => {
    const check = vi.fn();
    const scheduler = createCheckScheduler(check, timers);
    scheduler.changed();
    scheduler.compositionStart();
    scheduler.changed();
    vi.advanceTimersByTime(CHECK_PAUSE_MS * 10);
    scheduler.flush();
    expect(check).not.toHaveBeenCalled();
    scheduler.compositionEnd();
    vi.advanceTimersByTime(CHECK_PAUSE_MS);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('does nothing when nothing changed', () => {
    const check = vi.fn();
    const scheduler = createCheckScheduler(check, timers);
    scheduler.flush();
    vi.advanceTimersByTime(CHECK_PAUSE_MS * 2);
    expect(check).not.toHaveBeenCalled();
  });

  it('checks at once on flush (before posting) and not again after the pause', () => {
    const check = vi.fn();
    const scheduler = createCheckScheduler(check, timers);
    scheduler.changed();
    scheduler.flush();
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(CHECK_PAUSE_MS * 2);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('forgets a waiting check when cancelled', () => {
    const check = vi.fn();
    const scheduler = createCheckScheduler(check, timers);
    scheduler.changed();
    scheduler.cancel();
    vi.advanceTimersByTime(CHECK_PAUSE_MS * 2);
    expect(check).not.toHaveBeenCalled();
  });

  it('sets a handful of timers for a burst of typing, not one per key', () => {
    const check = vi.fn();
    const counted = { ...timers, setTimeout: vi.fn(timers.setTimeout) };
    const scheduler = createCheckScheduler(check, counted);
    // 60 keys, 100 ms apart, each reported twice (the input event and the page's mutations).
    for (let i = 0; i < 60; i++) {
      scheduler.changed();
      scheduler.changed();
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(CHECK_PAUSE_MS);
    expect(check).toHaveBeenCalledTimes(1);
    // About one per pause of typing (6 s of it here), where re-arming on each report made 120.
    expect(counted.setTimeout.mock.calls.length).toBeLessThanOrEqual(6_000 / 200 + 2);
  });
});
