// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { audienceFromLabel, facebookAdapter } from '../../entrypoints/content/sites/facebook';
import { fbChat, fbComment, fbPostDialog } from './markup';

function page(html: string): HTMLElement[] {
  document.body.innerHTML = html;
  return facebookAdapter.findEditors(document);
}

describe('Facebook adapter', () => {
  it('watches the Create post dialog and comment boxes, never chat', () => {
    const editors = page(fbPostDialog('a') + fbComment('b') + fbChat('private'));
    expect(editors.map((e) => facebookAdapter.kindOf(e))).toEqual(['post', 'comment']);
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
    ['Edit privacy. Sharing with Specific friends.', 'custom'],
    ['Something else', null],
  ])('reads the audience from "%s"', (label, audience) => {
    expect(audienceFromLabel(label)).toBe(audience);
  });

  it.each([
    ['Public', 'public'],
    ['Friends', 'friends'],
    ['Only me', 'only-me'],
    ['Custom', 'custom'],
  ])('reads the %s audience button in the dialog', (shown, audience) => {
    const [editor] = page(fbPostDialog('x', { audience: shown }));
    expect(facebookAdapter.readSignals(editor!).audience).toBe(audience);
  });

  it.each([true, false])('sees attached media: %s', (media) => {
    const [editor] = page(fbPostDialog('x', { media }));
    expect(facebookAdapter.readSignals(editor!).media).toBe(media);
  });

  it('reads a comment as a reply with no audience of its own', () => {
    const [editor] = page(fbComment('x'));
    expect(facebookAdapter.readSignals(editor!)).toMatchObject({ reply: true, audience: null, media: false });
  });

  it('reads who is posting', () => {
    const [editor] = page(fbPostDialog('x', { actingAs: 'Fernvale Borough Council' }));
    expect(facebookAdapter.readSignals(editor!).actingAs).toBe('Fernvale Borough Council');
  });

  it('scopes the Post button to the dialog and the Comment button to the comment form', () => {
    const [post, comment] = page(fbPostDialog('a') + fbComment('b'));
    expect(facebookAdapter.postButtons(post!).map((b) => b.getAttribute('aria-label'))).toEqual(['Post']);
    expect(facebookAdapter.postButtons(comment!).map((b) => b.getAttribute('aria-label'))).toEqual(['Comment']);
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
});

describe('Facebook adapter: markup it no longer understands', () => {
  it.each([
    ['the editor lost its Lexical marker', fbPostDialog('Hello').replace('data-lexical-editor="true"', ''), true],
    ['a post dialog it watches', fbPostDialog('Hello'), false],
  ])('when %s, says so (%s)', (_name, html, unwatched) => {
    document.body.innerHTML = html;
    expect(facebookAdapter.hasUnwatchedComposer(document)).toBe(unwatched);
  });
});
