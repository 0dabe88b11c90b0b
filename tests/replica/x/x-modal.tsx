/** @jsxImportSource react */
// x-modal and x-thread: https://x.com/compose/post renders the composer in #layers under
// [aria-modal="true"] while the timeline box stays on the page; "Add post" grows a thread
// (tweetTextarea_0, _1, …) posted together with "Post all".
import { Composer } from './composer';

interface ComposeModalProps {
  initialParts: number;
  initialMedia: boolean;
  onClose(): void;
}

export function ComposeModal({ initialParts, initialMedia, onClose }: ComposeModalProps) {
  return (
    <div className="modal-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="modal">
        <div className="modal-bar">
          <button type="button" data-testid="app-bar-close" aria-label="Close" onClick={onClose}>
            ✕
          </button>
          <h2 id="modal-header" className="visually-hidden">
            Create post
          </h2>
        </div>
        <Composer
          box="modal"
          buttonTestId="tweetButton"
          buttonLabel="Post"
          placeholder="What is happening?!"
          initialParts={initialParts}
          initialMedia={initialMedia}
          canAddParts
          autoFocus
          onPosted={onClose}
        />
      </div>
    </div>
  );
}
