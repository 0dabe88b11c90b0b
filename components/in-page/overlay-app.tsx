import { useEffect, useState } from 'preact/hooks';
import { ComposerOverlay } from './composer-overlay';
import { ReviewPrompt } from './review-prompt';
import type { OverlayActions, OverlayState } from './view-model';

export interface OverlayStore {
  get(): OverlayState;
  subscribe(listener: () => void): () => void;
}

/** Everything Guidepost shows in the page, rendered in one shadow root above the page. */
export function OverlayApp({ store, actions }: { store: OverlayStore; actions: OverlayActions }) {
  const [state, setState] = useState(store.get());
  const [viewport, setViewport] = useState({ width: window.innerWidth, height: window.innerHeight });
  useEffect(
    () =>
      store.subscribe(() => {
        setState(store.get());
        setViewport({ width: window.innerWidth, height: window.innerHeight });
      }),
    [store],
  );
  return (
    <div class="gp-root">
      {state.composers.map((view) => (
        <ComposerOverlay key={view.id} view={view} actions={actions} viewport={viewport} />
      ))}
      {state.review && <ReviewPrompt view={state.review} actions={actions} />}
    </div>
  );
}
