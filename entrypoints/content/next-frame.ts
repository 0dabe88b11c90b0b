/** Longest wait for a frame; Firefox runs few or no frames in headless and background tabs. */
const FRAME_FALLBACK_MS = 100;

/**
 * Calls `run` once, on the next animation frame or after a short timeout, whichever comes first,
 * so batched work still happens where frames are throttled. Returns a cancel function.
 */
export function onNextFrame(view: Window, run: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    view.cancelAnimationFrame(frame);
    view.clearTimeout(timer);
    run();
  };
  const frame = view.requestAnimationFrame(once);
  const timer = view.setTimeout(once, FRAME_FALLBACK_MS);
  return () => {
    done = true;
    view.cancelAnimationFrame(frame);
    view.clearTimeout(timer);
  };
}
