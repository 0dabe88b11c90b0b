// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { audienceFromLabel, facebookAdapter, FACEBOOK_LABELS } from '../../entrypoints/content/sites/facebook';
import { LANGUAGES } from '../../entrypoints/content/sites/site-facts';
import { FACEBOOK_WORDS, fbChat, fbComment, fbPostDialog, fbPostSettings, lexicalEditor } from './markup';

function page(html: string): HTMLElement[] {
  document.body.innerHTML = html;
  return facebookAdapter.findEditors(document);
}

const labels = (buttons: HTMLElement[]) => buttons.map((b) => b.getAttribute('aria-label'));

describe('Facebook adapter', () => {
  it('watches the Create post dialog and comment boxes, never chat', () => {
    const editors = page(fbPostDialog('a') + fbComment('b') + fbChat('private'));
    expect(editors.map((e) => facebookAdapter.kindOf(e))).toEqual(['post', 'comment']);
  });

  it('never watches a message box, even inside a dialog', () => {
    expect(page(`<div role="dialog" aria-label="Jo Smith">${lexicalEditor('hi', 'Message')}</div>`)).toEqual([]);
  });

  it.each([
    ['one paragraph', 'Hello there'],
    ['two paragraphs', 'One\n\nTwo'],
    ['a line break', 'Line one\nLine two'],
    ['empty', ''],
  ])('reads %s as the writer sees it', (_name, text) => {
    const [editor] = page(fbPostDialog(text));
    expect(facebookAdapter.readText(editor!).replace(/\n+/g, '\n')).toBe(text.replace(/\n+/g, '\n'));
  });

  it.each([
    ['Edit privacy. Sharing with Public.', 'public'],
    ['Edit privacy. Sharing with Friends.', 'friends'],
    ['Edit privacy. Sharing with Only me.', 'only-me'],
    ['Edit privacy. Sharing with Friends except…', 'custom'],
    ['Edit privacy. Sharing with Close friends.', 'custom'],
    ['Edit privacy. Sharing with Your friends of friends. ', 'custom'],
    ['Modifier la confidentialité. Partagé avec Public.', 'public'],
    ['Modifier la confidentialité. Partagé avec Amis.', 'friends'],
    ['Privatsphäre bearbeiten. Geteilt mit Nur ich.', 'only-me'],
    ['Editar privacidad. Compartiendo con Público.', 'public'],
    ['Edytuj prywatność. Udostępniane dla: Znajomi', 'friends'],
    ['Golygu preifatrwydd. Yn rhannu gyda Cyhoeddus.', 'public'],
    ['Something else', null],
  ])('reads the audience from "%s"', (label, audience) => {
    expect(audienceFromLabel(label)).toBe(audience);
  });

  it.each([
    ['Public', 'public'],
    ['Friends', 'friends'],
    ['Only me', 'only-me'],
    ['Custom', 'custom'],
  ] as const)('reads the %s audience button in the dialog, in English and French', (shown, audience) => {
    for (const words of Object.values(FACEBOOK_WORDS)) {
      const [editor] = page(fbPostDialog('x', { audience: shown, words }));
      expect(facebookAdapter.readSignals(editor!).audience).toBe(audience);
    }
  });

  it.each([
    ['a blob: photo preview', 'photo', true],
    ['a video', 'video', true],
    ['an uploaded photo, by its remove button', 'uploaded', true],
    ['nothing attached (the avatar is not media)', false, false],
  ] as const)('sees %s as media: %s', (_name, media, expected) => {
    for (const words of Object.values(FACEBOOK_WORDS)) {
      const [editor] = page(fbPostDialog('x', { media, words }));
      expect(facebookAdapter.readSignals(editor!).media).toBe(expected);
    }
  });

  it('does not take a link preview, or an image inside the draft, for attached media', () => {
    const [editor] = page(fbPostDialog('x'));
    document.querySelector('[role="dialog"]')!.insertAdjacentHTML('beforeend', '<div><img alt="" src="https://external.example/og.jpg"><div role="button" aria-label="Remove link preview"></div></div>');
    editor!.insertAdjacentHTML('beforeend', '<p><img alt="" src="blob:https://www.facebook.com/sticker"></p>');
    expect(facebookAdapter.readSignals(editor!).media).toBe(false);
  });

  it('reads a comment as a reply with no audience of its own', () => {
    const [editor] = page(fbComment('x'));
    expect(facebookAdapter.readSignals(editor!)).toMatchObject({ reply: true, audience: null, media: false });
  });

  it.each([
    ['the writer', 'Jo Smith'],
    ['a Page', 'Fernvale Borough Council'],
  ])('reads who is posting (%s) from the dialog header, in English and French', (_who, name) => {
    for (const words of Object.values(FACEBOOK_WORDS)) {
      const [editor] = page(fbPostDialog('x', { actingAs: name, words }));
      expect(facebookAdapter.readSignals(editor!).actingAs).toBe(name);
    }
  });

  it('reads the header name even when the dialog title is not a heading', () => {
    const [editor] = page(fbPostDialog('x', { actingAs: 'Fernvale Leisure' }).replace(/<h2>(.*?)<\/h2>/, '<span>$1</span>'));
    expect(facebookAdapter.readSignals(editor!).actingAs).toBe('Fernvale Leisure');
  });

  it.each(Object.entries(FACEBOOK_WORDS))('reads who comments from "Comment as <Name>" (%s), and remembers it once the placeholder goes', (_language, words) => {
    const [editor] = page(fbComment('', { words, commentAs: 'Fernvale Leisure' }));
    expect(facebookAdapter.readSignals(editor!).actingAs).toBe('Fernvale Leisure');
    editor!.parentElement!.querySelector('[aria-hidden="true"]')!.remove();
    editor!.innerHTML = '<p><span data-lexical-text="true">Typed</span></p>';
    expect(facebookAdapter.readSignals(editor!).actingAs).toBe('Fernvale Leisure');
  });

  it.each(LANGUAGES)('finds "Comment as <Name>" in the %s templates', (language) => {
    for (const template of FACEBOOK_LABELS.commentAs[language]) {
      const [editor] = page(`<form>${lexicalEditor('', template.replace('{name}', 'Fernvale Leisure'))}</form>`);
      expect(facebookAdapter.kindOf(editor!)).toBe('comment');
      expect(facebookAdapter.readSignals(editor!).actingAs).toBe('Fernvale Leisure');
    }
  });

  it('scopes the Post button to the dialog and the send control to the comment form, never the action bar', () => {
    const [post, comment] = page(fbPostDialog('a') + fbComment('b'));
    expect(labels(facebookAdapter.postButtons(post!))).toEqual(['Post']);
    expect(labels(facebookAdapter.postButtons(comment!))).toEqual(['Comment']);
    const actionBar = document.querySelector('[aria-label="Leave a comment"]')!;
    expect(facebookAdapter.postButtonAt(actionBar)).toBeNull();
  });

  it('knows the real send control by its container, whatever its label', () => {
    const [comment] = page(fbComment('b', { words: { ...FACEBOOK_WORDS.en, send: 'Envoyer le commentaire maintenant' } }));
    const send = document.querySelector<HTMLElement>('#focused-state-composer-submit [role="button"]')!;
    expect(facebookAdapter.postButtons(comment!)).toEqual([send]);
    expect(facebookAdapter.postButtonAt(send.querySelector('i')!)).toBe(send);
  });

  it('knows a comment box by its send control when its label is in no known language', () => {
    const [comment] = page(fbComment('b', { labelled: false }));
    expect(facebookAdapter.kindOf(comment!)).toBe('comment');
  });

  it('knows a comment box by its label before its send control shows', () => {
    const [comment] = page(fbComment('b', { focused: false, words: FACEBOOK_WORDS.fr }));
    expect(facebookAdapter.kindOf(comment!)).toBe('comment');
  });

  it.each(LANGUAGES)('recognises every %s Post, Publish and Share now label as the control that posts', (language) => {
    for (const label of FACEBOOK_LABELS.postButton[language]) {
      const [editor] = page(fbPostDialog('a', { words: { ...FACEBOOK_WORDS.en, post: label } }));
      const button = document.querySelector<HTMLElement>(`[role="button"][aria-label="${label}"]`)!;
      expect(facebookAdapter.postButtons(editor!)).toEqual([button]);
      expect(facebookAdapter.postButtonAt(button.querySelector('span')!)).toBe(button);
    }
  });

  it.each(LANGUAGES)('watches a %s dialog on its Next step, and never takes Next for the control that posts', (language) => {
    for (const label of FACEBOOK_LABELS.nextButton[language]) {
      const [editor] = page(fbPostDialog('a', { step: 'next', words: { ...FACEBOOK_WORDS.en, next: label } }));
      expect(editor).toBeDefined();
      const next = document.querySelector<HTMLElement>(`[role="button"][aria-label="${label}"]`)!;
      expect(facebookAdapter.postButtons(editor!)).toEqual([next]);
      expect(facebookAdapter.postButtonAt(next)).toBeNull();
    }
  });

  it('watches a dialog editor that shows no Post or Next control at all', () => {
    const [editor] = page(fbPostDialog('a').replace(/<div role="button" aria-label="Post"[\s\S]*?<\/div>/, ''));
    expect(editor).toBeDefined();
    expect(facebookAdapter.postButtons(editor!)).toEqual([]);
  });

  it('keeps the draft, its signals and its scope when Next takes the editor away, and finds the final Post', () => {
    const [editor] = page(fbPostDialog('My draft', { step: 'next', audience: 'Public', actingAs: 'Fernvale Leisure', media: 'photo' }));
    expect(facebookAdapter.readText(editor!)).toBe('My draft');
    const signals = facebookAdapter.readSignals(editor!);
    const dialog = document.querySelector('[role="dialog"]')!;
    // Facebook swaps the dialog's content for the Post settings step.
    dialog.innerHTML = fbPostSettings();
    expect(editor!.isConnected).toBe(false);
    expect(facebookAdapter.draftOutlivesEditor!(editor!)).toBe(true);
    expect(facebookAdapter.readText(editor!)).toBe('My draft');
    expect(facebookAdapter.readSignals(editor!)).toEqual(signals);
    expect(signals).toMatchObject({ audience: 'public', actingAs: 'Fernvale Leisure', media: true });
    const post = dialog.querySelector<HTMLElement>('[aria-label="Post"]')!;
    expect(facebookAdapter.postButtons(editor!)).toEqual([post]);
    expect(facebookAdapter.postButtonAt(post)).toBe(post);
    // Closing the dialog ends the draft.
    dialog.remove();
    expect(facebookAdapter.draftOutlivesEditor!(editor!)).toBe(false);
  });

  it('does not keep a draft whose dialog shows an editor again (Back), nor a comment whose box went', () => {
    const [post, comment] = page(fbPostDialog('a') + fbComment('b'));
    facebookAdapter.readSignals(post!);
    facebookAdapter.readSignals(comment!);
    const dialog = document.querySelector('[role="dialog"]')!;
    post!.replaceWith(post!.cloneNode(true));
    expect(facebookAdapter.draftOutlivesEditor!(post!)).toBe(false);
    expect(dialog.isConnected).toBe(true);
    comment!.remove();
    expect(facebookAdapter.draftOutlivesEditor!(comment!)).toBe(false);
  });

  it.each([
    ['comment', { key: 'Enter' }, true],
    ['comment', { key: 'Enter', shiftKey: true }, false],
    ['comment', { key: 'Enter', isComposing: true }, false],
    ['post', { key: 'Enter' }, false],
    ['post', { key: 'Enter', ctrlKey: true }, false],
  ])('in a %s box treats %o as posting: %s', (where, init, posts) => {
    const editors = page(fbPostDialog('a') + fbComment('b'));
    const editor = where === 'post' ? editors[0]! : editors[1]!;
    expect(facebookAdapter.isSubmitKey(new KeyboardEvent('keydown', init), editor)).toBe(posts);
  });

  it.each([
    ['aria-activedescendant', 'typeahead-item-0'],
    ['aria-expanded', 'true'],
  ])('lets Enter pick a mention while the typeahead is open (%s)', (attribute, value) => {
    const [comment] = page(fbComment('Thanks @Sa'));
    comment!.setAttribute(attribute, value);
    expect(facebookAdapter.isSubmitKey(new KeyboardEvent('keydown', { key: 'Enter' }), comment!)).toBe(false);
    comment!.removeAttribute(attribute);
    expect(facebookAdapter.isSubmitKey(new KeyboardEvent('keydown', { key: 'Enter' }), comment!)).toBe(true);
  });
});

describe('Facebook adapter: markup it no longer understands', () => {
  it.each([
    ['the editor lost its Lexical marker', fbPostDialog('Hello').replace('data-lexical-editor="true"', ''), true],
    ['the French editor lost its Lexical marker', fbPostDialog('Bonjour', { words: FACEBOOK_WORDS.fr }).replace('data-lexical-editor="true"', ''), true],
    ['a post dialog it watches', fbPostDialog('Hello'), false],
  ])('when %s, says so (%s)', (_name, html, unwatched) => {
    document.body.innerHTML = html;
    expect(facebookAdapter.hasUnwatchedComposer(document)).toBe(unwatched);
  });
});
