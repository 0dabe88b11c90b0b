/** @jsxImportSource react */
// x-modal and x-thread: https://x.com/compose/post renders the composer in #layers under
// [aria-modal="true"] while the timeline box stays on the page; "Add post" grows a thread
// (tweetTextarea_0, _1, …) posted together with "Post all". A reply modal shows the post above
// the editor and its button reads "Reply"; a quote shows the quoted post below the editor.
import type { ReplicaModalKind } from '../shared/options';
import type { XWords } from './words';
import { Composer } from './composer';
import { PostArticle } from './post-article';
import { STATUS_POST } from './sample-posts';

interface ComposeModalProps {
  kind: ReplicaModalKind;
  words: XWords;
  narrow: boolean;
  initialParts: number;
  initialMedia: boolean;
  onClose(): void;
}

export function ComposeModal({ kind, words, narrow, initialParts, initialMedia, onClose }: ComposeModalProps) {
  return (
    <div className="modal-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="modal">
        <div className="modal-bar">
          <button type="button" data-testid="app-bar-close" aria-label={words.close} onClick={onClose}>
            ✕
          </button>
          <h2 id="modal-header" className="visually-hidden">
            {words.createPost}
          </h2>
        </div>
        {kind === 'reply' && (
          <>
            <PostArticle post={STATUS_POST} />
            <div className="replying-to">
              {words.replyingTo} <a href={`/${STATUS_POST.handle}`}>@{STATUS_POST.handle}</a>
            </div>
          </>
        )}
        <Composer
          box="modal"
          buttonTestId="tweetButton"
          buttonLabel={kind === 'reply' ? words.reply : words.post}
          words={words}
          placeholder={{ post: words.whatIsHappening, reply: words.postYourReply, quote: words.addAComment }[kind]}
          initialParts={initialParts}
          initialMedia={initialMedia}
          canAddParts={kind !== 'reply'}
          autoFocus
          narrow={narrow}
          onPosted={onClose}
        />
        {kind === 'quote' && (
          <div className="quoted" role="link" tabIndex={0} aria-label={`Quoted post by ${STATUS_POST.name}`}>
            <PostArticle post={STATUS_POST} />
          </div>
        )}
      </div>
    </div>
  );
}
