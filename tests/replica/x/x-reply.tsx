/** @jsxImportSource react */
// x-reply: https://x.com/<handle>/status/<id> with the post and the inline reply box, whose
// button reads "Reply".
import type { ResolvedReplicaOptions } from '../shared/options';
import { Composer } from './composer';
import { PostArticle } from './post-article';
import { STATUS_POST } from './sample-posts';

export function StatusView({ options }: { options: ResolvedReplicaOptions }) {
  return (
    <main className="column" role="main">
      <h1 className="column-title">Post</h1>
      <section aria-label="Conversation">
        <PostArticle post={STATUS_POST} />
        <div className="inline-composer reply">
          <div className="replying-to">
            Replying to <a href={`/${STATUS_POST.handle}`}>@{STATUS_POST.handle}</a>
          </div>
          <Composer
            box="inline"
            buttonTestId="tweetButtonInline"
            buttonLabel="Reply"
            placeholder="Post your reply"
            initialParts={1}
            initialMedia={options.media}
            canAddParts={false}
            autoFocus={false}
            narrow={options.layout === 'narrow'}
          />
        </div>
      </section>
    </main>
  );
}
