// fb-post: the "Create post" dialog on https://www.facebook.com/ with the audience button,
// optional attached media, and a div Post button that stays aria-disabled until there is text
// (with fbNextStep: Next, then Post on "Post settings", as Pages may see). Posting closes the
// dialog, as on Facebook; opening it again mounts a fresh editor.
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

  const publish = () => {
    const text = box.read();
    recordPost(text);
    close(text);
  };
  const title = el('h2', {}, 'Create post');
  // Pages may post in two steps: Next, then Post on a "Post settings" screen.
  const settings = options.fbNextStep
    ? el('div', { class: 'post-settings' }, el('p', {}, 'Schedule, boost and share to your story.'), roleButton('Post', 'Post', publish, 'post-button'))
    : null;
  if (settings) settings.hidden = true;
  const compose = el('div', { class: 'compose-step' });
  const primary = settings
    ? roleButton('Next', 'Next', () => {
        compose.hidden = true;
        settings.hidden = false;
        title.textContent = 'Post settings';
      }, 'post-button')
    : roleButton('Post', 'Post', publish, 'post-button');
  primary.setAttribute('aria-disabled', 'true');
  box.onTextChange((text) => primary.setAttribute('aria-disabled', String(text.trim() === '')));

  compose.append(
    el(
      'div',
      { class: 'identity' },
      el('div', { class: 'avatar', 'aria-hidden': 'true' }),
      el('div', {}, el('a', { href: identity.path, class: 'identity-name' }, identity.name), createAudiencePicker(options.audience)),
    ),
    box.element,
    ...(withMedia ? [media] : []),
    el('div', { class: 'add-to-post' }, 'Add to your post', el('label', { class: 'media-label' }, 'Photo/video', fileInput)),
    primary,
  );
  const element = el(
    'div',
    { class: 'dialog-backdrop' },
    el(
      'div',
      { role: 'dialog', 'aria-label': 'Create post', class: 'dialog' },
      el('div', { class: 'dialog-head' }, title, roleButton('Close', '✕', () => close(null), 'close')),
      compose,
      settings,
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
