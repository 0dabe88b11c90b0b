/** @jsxImportSource react */
// x-timeline: https://x.com/home with the inline "What is happening?!" box above the timeline.
import type { ResolvedReplicaOptions } from '../shared/options';
import { Composer } from './composer';
import { PostArticle } from './post-article';
import { TIMELINE_POSTS } from './sample-posts';

export function TimelineView({ options, mediaHere }: { options: ResolvedReplicaOptions; mediaHere: boolean }) {
  return (
    <main className="column" role="main">
      <h1 className="column-title">Home</h1>
      <section aria-label="Home timeline">
        <div className="inline-composer">
          <Composer
            box="inline"
            buttonTestId="tweetButtonInline"
            buttonLabel="Post"
            placeholder="What is happening?!"
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
