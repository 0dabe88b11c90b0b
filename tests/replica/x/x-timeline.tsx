/** @jsxImportSource react */
// x-timeline: https://x.com/home with the inline "What is happening?!" box above the timeline.
import type { ResolvedReplicaOptions } from '../shared/options';
import { Composer } from './composer';
import { PostArticle } from './post-article';
import { TIMELINE_POSTS } from './sample-posts';
import type { XWords } from './words';

export function TimelineView({ options, words, mediaHere }: { options: ResolvedReplicaOptions; words: XWords; mediaHere: boolean }) {
  return (
    <main className="column" role="main">
      <h1 className="column-title">{words.home}</h1>
      <section aria-label={words.homeTimeline}>
        <div className="inline-composer">
          <Composer
            box="inline"
            buttonTestId="tweetButtonInline"
            buttonLabel={words.post}
            words={words}
            placeholder={words.whatIsHappening}
            initialParts={1}
            initialMedia={mediaHere && options.media}
            canAddParts={false}
            autoFocus={false}
            narrow={options.layout === 'narrow'}
          />
        </div>
        {TIMELINE_POSTS.map((post) => (
          <PostArticle key={post.handle} post={post} />
        ))}
      </section>
    </main>
  );
}
