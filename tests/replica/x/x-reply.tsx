/** @jsxImportSource react */
// x-reply: https://x.com/<handle>/status/<id> with the post and the inline reply box, whose
// button reads "Reply".
import type { ResolvedReplicaOptions } from '../shared/options';
import { Composer } from './composer';
import { PostArticle } from './post-article';
import { STATUS_POST } from './sample-posts';
import type { XWords } from './words';

export function StatusView({ options, words }: { options: ResolvedReplicaOptions; words: XWords }) {
  return (
    <main className="column" role="main">
      <h1 className="column-title">{words.postHeading}</h1>
      <section aria-label={words.conversation}>
        <PostArticle post={STATUS_POST} />
        <div className="inline-composer reply">
          <div className="replying-to">
            {words.replyingTo} <a href={`/${STATUS_POST.handle}`}>@{STATUS_POST.handle}</a>
          </div>
          <Composer
            box="inline"
            buttonTestId="tweetButtonInline"
            buttonLabel={words.reply}
            words={words}
            placeholder={words.postYourReply}
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
