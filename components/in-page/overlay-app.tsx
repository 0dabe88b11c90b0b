import { useEffect, useState } from 'preact/hooks';
import { ComposerOverlay } from './composer-overlay';
import { ReviewPrompt } from './review-prompt';
import type { OverlayActions, OverlayState } from './view-model';

export interface OverlayStore {
  get(): OverlayState;
  subscribe(listener: () => void): () => void;
}

interface OverlayAppProps {
  store: OverlayStore;
  actions: OverlayActions;
  /** Told the open cards' height, for the frame to fit them (see ComposerOverlay). */
  onPanelHeight?: (height: number | null) => void;
}

/** What one of Guidepost's frames shows: its composer's badge and cards, and the review prompt when it is that frame's to show. */
export function OverlayApp({ store, actions, onPanelHeight }: OverlayAppProps) {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(() => setState(store.get()));
    // The first message can come between the first render and this subscription.
    setState(store.get());
    return unsubscribe;
  }, [store]);
  return (
    <div class="gp-root">
      {state.composers.map((view) => (
        <ComposerOverlay key={view.id} view={view} actions={actions} onPanelHeight={onPanelHeight} />
      ))}
      {state.review && <ReviewPrompt view={state.review} actions={actions} />}
    </div>
  );
}
