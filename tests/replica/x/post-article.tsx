/** @jsxImportSource react */
import type { SamplePost } from './sample-posts';

export function PostArticle({ post }: { post: SamplePost }) {
  return (
    <article data-testid="tweet" className="post">
      <div className="avatar" aria-hidden="true" />
      <div>
        <div data-testid="User-Name">
          <strong>{post.name}</strong> <span className="handle">@{post.handle}</span>
        </div>
        <div data-testid="tweetText" lang="en">
          {post.text}
        </div>
      </div>
    </article>
  );
}
