// fb-post: the "Create post" dialog on https://www.facebook.com/ with the author's name and the
// audience button in its header, attached media shown by its blob: preview and remove button, and
// a div Post button that stays aria-disabled until there is text. With fbNextStep (a Page's flow):
// Next, then a "Post settings" step in the same dialog, where the editor is gone and Post posts
// the draft. Posting closes the dialog, as on Facebook; opening it again mounts a fresh editor.
import type { ResolvedReplicaOptions } from '../shared/options';
import { el, roleButton } from '../shared/dom';
import { recordPost, registerComposer } from '../shared/replica-api';
import { SAMPLE_IMAGE } from '../shared/sample-image';
import { createAudiencePicker } from './audience-picker';
import type { Identity } from './identity';
import { createPlainTextBox } from './lexical-editor';
import type { FacebookWords } from './words';

export interface CreatePostDialog {
  element: HTMLElement;
  close(): void;
}

/** A chosen file before upload: Facebook previews it from a blob: URL. */
function previewOf(file: Blob, words: FacebookWords, onRemove: () => void): HTMLElement {
  const url = URL.createObjectURL(file);
  const media = file.type.startsWith('video/') ? el('video', { src: url, muted: '', class: 'preview' }) : el('img', { src: url, alt: '', class: 'preview' });
  const remove = roleButton(words.removeAttachment, '✕', onRemove, 'remove-media');
  return el('div', { class: 'attached-media' }, media, remove);
}

/** The sample attachment as a file would be: a photo (the sample image) or a short video. */
function sampleFile(kind: ResolvedReplicaOptions['mediaKind']): Blob {
  if (kind === 'video') return new Blob([new Uint8Array(64)], { type: 'video/mp4' });
  return new Blob([decodeURIComponent(SAMPLE_IMAGE.slice(SAMPLE_IMAGE.indexOf(',') + 1))], { type: 'image/svg+xml' });
}

export function openCreatePostDialog(
  options: ResolvedReplicaOptions,
  identity: Identity,
  words: FacebookWords,
  withMedia: boolean,
  onDone: (posted: string | null) => void,
): CreatePostDialog {
  const first = identity.name.split(' ')[0]!;
  const box = createPlainTextBox('fb-create-post', words.whatsOnYourMind(first), words.whatsOnYourMind(first));
  const fileInput = el('input', { type: 'file', accept: 'image/*,video/*', class: 'visually-hidden', 'aria-label': words.photoVideo });
  const attachments = el('div', { class: 'attachments' });
  const attach = (file: Blob) => attachments.append(previewOf(file, words, () => attachments.replaceChildren()));
  if (withMedia) attach(sampleFile(options.mediaKind));

  const publish = () => {
    const text = box.read();
    recordPost(text);
    close(text);
  };
  const title = el('h2', {}, words.createPost);
  const compose = el('div', { class: 'compose-step' });
  const dialog = el('div', { role: 'dialog', 'aria-label': words.createPost, class: 'dialog' }, el('div', { class: 'dialog-head' }, title, roleButton(words.close, '✕', () => close(null), 'close')), compose);
  // A Page posts in two steps. The second replaces the first in the same dialog: the editor leaves the page.
  const primary = options.fbNextStep
    ? roleButton(words.next, words.next, () => {
        compose.remove();
        title.textContent = words.postSettings;
        dialog.append(el('div', { class: 'post-settings' }, el('p', {}, words.settingsNote), roleButton(words.post, words.post, publish, 'post-button')));
      }, 'post-button')
    : roleButton(words.post, words.post, publish, 'post-button');
  primary.setAttribute('aria-disabled', 'true');
  box.onTextChange((text) => primary.setAttribute('aria-disabled', String(text.trim() === '')));

  compose.append(
    el(
      'div',
      { class: 'identity' },
      el('div', { class: 'avatar', 'aria-hidden': 'true' }),
      el('div', {}, el('span', { class: 'identity-name' }, identity.name), createAudiencePicker(options.audience, words)),
    ),
    box.element,
    attachments,
    el('div', { class: 'add-to-post' }, words.addToYourPost, el('label', { class: 'media-label' }, words.photoVideo, fileInput)),
    primary,
  );
  const element = el('div', { class: 'dialog-backdrop' }, dialog);
  fileInput.addEventListener('change', () => {
    for (const file of fileInput.files ?? []) attach(file);
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
