// fb-post: the "Create post" dialog on https://www.facebook.com/ with the audience button,
// optional attached media, and a div Post button that stays aria-disabled until there is text.
// Posting closes the dialog, as on Facebook; opening it again mounts a fresh editor.
import type { ResolvedReplicaOptions } from '../shared/options';
import { el, roleButton } from '../shared/dom';
import { recordPost, registerComposer } from '../shared/replica-api';
import { createAudiencePicker } from './audience-picker';
import type { Identity } from './identity';
import { createPlainTextBox } from './lexical-editor';
import { SAMPLE_IMAGE } from '../shared/sample-image';

export interface CreatePostDialog {
  element: HTMLElement;
  close(): void;
}

export function openCreatePostDialog(
  options: ResolvedReplicaOptions,
  identity: Identity,
  withMedia: boolean,
  onDone: (posted: string | null) => void,
): CreatePostDialog {
  const first = identity.name.split(' ')[0];
  const box = createPlainTextBox('fb-create-post', `What's on your mind, ${first}?`, `What's on your mind, ${first}?`);
  const media = el('div', { role: 'group', 'aria-label': 'Attached media', class: 'attached-media' }, el('img', { src: SAMPLE_IMAGE, alt: '' }));
  const fileInput = el('input', { type: 'file', accept: 'image/*,video/*', class: 'visually-hidden', 'aria-label': 'Photo/video' });

  const post = roleButton('Post', 'Post', () => {
    const text = box.read();
    recordPost(text);
    close(text);
  }, 'post-button');
  post.setAttribute('aria-disabled', 'true');
  box.onTextChange((text) => post.setAttribute('aria-disabled', String(text.trim() === '')));

  const element = el(
    'div',
    { class: 'dialog-backdrop' },
    el(
      'div',
      { role: 'dialog', 'aria-label': 'Create post', class: 'dialog' },
      el('div', { class: 'dialog-head' }, el('h2', {}, 'Create post'), roleButton('Close', '✕', () => close(null), 'close')),
      el(
        'div',
        { class: 'identity' },
        el('div', { class: 'avatar', 'aria-hidden': 'true' }),
        el('div', {}, el('a', { href: identity.path, class: 'identity-name' }, identity.name), createAudiencePicker(options.audience)),
      ),
      box.element,
      withMedia && media,
      el('div', { class: 'add-to-post' }, 'Add to your post', el('label', { class: 'media-label' }, 'Photo/video', fileInput)),
      post,
    ),
  );
  fileInput.addEventListener('change', () => {
    if (!media.isConnected) box.element.after(media);
  });

  const unregister = registerComposer('dialog', () => [box.read()]);
  function close(posted: string | null) {
    unregister();
    box.destroy();
    element.remove();
    onDone(posted);
  }
  queueMicrotask(() => box.editor.focus());
  return { element, close: () => close(null) };
}
