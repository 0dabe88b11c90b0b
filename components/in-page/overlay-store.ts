import type { OverlayStore } from './overlay-app';
import type { OverlayState } from './view-model';

export interface WritableOverlayStore extends OverlayStore {
  set(next: OverlayState): void;
}

/** The overlay's state: replaced whole, listeners told once per change. */
export function createOverlayStore(): WritableOverlayStore {
  let state: OverlayState = { composers: [], review: null };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      state = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
