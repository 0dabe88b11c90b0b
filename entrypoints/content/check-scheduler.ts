/** How long typing must pause before a check; long enough to skip bursts, short enough to feel live. */
export const CHECK_PAUSE_MS = 300;

export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Milliseconds on a clock that only moves forward (`performance.now`). */
  now(): number;
}

export interface CheckScheduler {
  /** The text may have changed: check after the next pause. */
  changed(): void;
  compositionStart(): void;
  compositionEnd(): void;
  /** Check now if a change is waiting (before posting, for example). */
  flush(): void;
  cancel(): void;
}

/**
 * Runs `check` once typing pauses, never while an IME composition is open. The caller's `check`
 * decides whether the text really changed; this only decides when to ask.
 *
 * A key press only moves the deadline: the one timer, when it fires early, waits out the rest.
 * Clearing and setting a timer on every key (twice: the input event and the page's mutations
 * both report a change) was a measurable part of what Guidepost cost each keystroke.
 */
export function createCheckScheduler(check: () => void, timers: Timers, pauseMs = CHECK_PAUSE_MS): CheckScheduler {
  let timer: number | null = null;
  let composing = false;
  let pending = false;
  let due = 0;

  const stopTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const run = () => {
    stopTimer();
    if (composing || !pending) return;
    pending = false;
    check();
  };
  const fire = () => {
    timer = null;
    const wait = due - timers.now();
    if (wait > 0) timer = timers.setTimeout(fire, wait);
    else run();
  };
  const arm = () => {
    due = timers.now() + pauseMs;
    if (timer === null && !composing) timer = timers.setTimeout(fire, pauseMs);
  };

  return {
    changed() {
      pending = true;
      arm();
    },
    compositionStart() {
      composing = true;
      stopTimer();
    },
    compositionEnd() {
      composing = false;
      pending = true;
      arm();
    },
    flush: run,
    cancel() {
      pending = false;
      stopTimer();
    },
  };
}
