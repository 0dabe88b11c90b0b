// The Facebook replica page: a top bar (whose "Your profile" shows a picture, no name), then either
// the feed with the Create post dialog (fb-post, open at load) or a Page's post with comments
// (fb-comment), or the friend requests page and a person's profile (fb-friends.ts). Every label is in the page's language (options.language).
import type { ResolvedReplicaOptions } from '../shared/options';
import { el, roleButton } from '../shared/dom';
import { createCommentSection } from './fb-comment';
import { renderFriendRequests, renderProfile } from './fb-friends';
import { openCreatePostDialog } from './fb-post';
import { identityOf, type Identity } from './identity';
import { facebookWords, type FacebookWords } from './words';

const POST_PATH = /^\/[^/]+\/posts\/[^/]+/;

export function renderFacebook(root: HTMLElement, options: ResolvedReplicaOptions): void {
  const identity = identityOf(options);
  const words = facebookWords(options.language);
  const topBar = el(
    'div',
    { role: 'banner', class: 'top-bar' },
    el('span', { class: 'logo', 'aria-label': 'Facebook' }, 'f'),
    el('div', { role: 'button', tabindex: '0', 'aria-label': words.yourProfile, class: 'profile' }, el('div', { class: 'avatar small', 'aria-hidden': 'true' })),
  );
  const main = el('div', { role: 'main', class: 'main' });
  root.append(topBar, main);
  if (options.scenario === 'fb-friend-requests') renderFriendRequests(main);
  else if (options.scenario === 'fb-profile') renderProfile(main);
  else if (POST_PATH.test(location.pathname)) main.append(pagePost(identity, words));
  else renderFeed(main, options, identity, words);
}

function pagePost(identity: Identity, words: FacebookWords): HTMLElement {
  const comments = createCommentSection(identity, words);
  return el(
    'div',
    { role: 'article', class: 'card', 'aria-label': 'Fernvale Leisure' },
    el('div', { class: 'post-head' }, el('div', { class: 'avatar', 'aria-hidden': 'true' }), el('strong', {}, 'Fernvale Leisure')),
    el('p', {}, 'The outdoor pool opens for the summer on Saturday. Lane swimming from 7am.'),
    // The post's own action bar: its "Comment" only opens the box below.
    el(
      'div',
      { role: 'group', class: 'action-bar' },
      roleButton(words.like, words.like, () => undefined, 'action'),
      roleButton(words.leaveAComment, words.comment, () => comments.focus(), 'action'),
    ),
    comments.element,
  );
}

function renderFeed(main: HTMLElement, options: ResolvedReplicaOptions, identity: Identity, words: FacebookWords): void {
  const first = identity.name.split(' ')[0]!;
  const feed = el('div', { role: 'feed', class: 'feed' });
  const openDialog = (withMedia: boolean) => {
    opener.setAttribute('aria-expanded', 'true');
    const dialog = openCreatePostDialog(options, identity, words, withMedia, (posted) => {
      opener.setAttribute('aria-expanded', 'false');
      if (posted !== null) feed.prepend(el('div', { role: 'article', class: 'card' }, el('strong', {}, identity.name), el('p', {}, posted)));
    });
    document.body.append(dialog.element);
  };
  const opener = roleButton(words.createAPost, words.whatsOnYourMind(first), () => openDialog(false), 'opener');
  main.append(el('div', { class: 'card composer-card' }, el('div', { class: 'avatar', 'aria-hidden': 'true' }), opener), feed);
  openDialog(options.media);
}
