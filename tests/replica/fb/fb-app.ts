// The Facebook replica page: a top bar with the posting identity, then either the feed with
// the Create post dialog (fb-post, open at load) or a Page's post with comments (fb-comment).
import type { ResolvedReplicaOptions } from '../shared/options';
import { el, roleButton } from '../shared/dom';
import { createCommentSection } from './fb-comment';
import { openCreatePostDialog } from './fb-post';
import { identityOf, type Identity } from './identity';

const POST_PATH = /^\/[^/]+\/posts\/[^/]+/;

export function renderFacebook(root: HTMLElement, options: ResolvedReplicaOptions): void {
  const identity = identityOf(options);
  const topBar = el(
    'div',
    { role: 'banner', class: 'top-bar' },
    el('span', { class: 'logo', 'aria-label': 'Facebook' }, 'f'),
    el('a', { href: identity.path, 'aria-label': 'Your profile', class: 'profile' }, el('div', { class: 'avatar small', 'aria-hidden': 'true' }), el('span', {}, identity.name)),
  );
  const main = el('div', { role: 'main', class: 'main' });
  root.append(topBar, main);
  if (POST_PATH.test(location.pathname)) main.append(pagePost(identity));
  else renderFeed(main, options, identity);
}

function pagePost(identity: Identity): HTMLElement {
  return el(
    'div',
    { role: 'article', class: 'card', 'aria-label': 'Post by Fernvale Leisure' },
    el('div', { class: 'post-head' }, el('div', { class: 'avatar', 'aria-hidden': 'true' }), el('strong', {}, 'Fernvale Leisure')),
    el('p', {}, 'The outdoor pool opens for the summer on Saturday. Lane swimming from 7am.'),
    createCommentSection(identity),
  );
}

function renderFeed(main: HTMLElement, options: ResolvedReplicaOptions, identity: Identity): void {
  const first = identity.name.split(' ')[0];
  const feed = el('div', { role: 'feed', class: 'feed' });
  const openDialog = (withMedia: boolean) => {
    opener.setAttribute('aria-expanded', 'true');
    const dialog = openCreatePostDialog(options, identity, withMedia, (posted) => {
      opener.setAttribute('aria-expanded', 'false');
      if (posted !== null) feed.prepend(el('div', { role: 'article', class: 'card' }, el('strong', {}, identity.name), el('p', {}, posted)));
    });
    document.body.append(dialog.element);
  };
  const opener = roleButton(`Create a post`, `What's on your mind, ${first}?`, () => openDialog(false), 'opener');
  main.append(el('div', { class: 'card composer-card' }, el('div', { class: 'avatar', 'aria-hidden': 'true' }), opener), feed);
  openDialog(options.media);
}
