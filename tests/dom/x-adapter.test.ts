// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../entrypoints/content/sites/x';
import { xModal, xNarrow, xReply, xSideNav, xTimeline } from './markup';

function page(html: string): void {
  document.body.innerHTML = html;
}

function editors(): HTMLElement[] {
  return xAdapter.findEditors(document);
}

describe('X adapter', () => {
  beforeEach(() => page(''));

  it.each([
    ['timeline box', xTimeline('Hello'), ['tweetTextarea_0']],
    ['modal', xModal(['Hello']), ['tweetTextarea_0']],
    ['thread of three', xModal(['one', 'two', 'three']), ['tweetTextarea_0', 'tweetTextarea_1', 'tweetTextarea_2']],
    ['reply box', xReply('Hi'), ['tweetTextarea_0']],
    ['timeline and modal at once', xTimeline('a') + xModal(['b']), ['tweetTextarea_0', 'tweetTextarea_0']],
    ['nothing to watch', '<div data-testid="tweetTextarea_0_label"></div>', []],
  ])('finds the editors of a %s, and only the editors', (_name, html, ids) => {
    page(html);
    expect(editors().map((e) => e.getAttribute('data-testid'))).toEqual(ids);
    for (const editor of editors()) expect(editor.getAttribute('contenteditable')).toBe('true');
  });

  it('finds the textarea of the narrow layout', () => {
    page(xNarrow('Short one'));
    const [editor] = editors();
    expect(editor).toBeInstanceOf(HTMLTextAreaElement);
    expect(xAdapter.readText(editor!)).toBe('Short one');
    expect(xAdapter.acceptsPaste(editor!)).toBe(false);
  });

  it.each([
    ['one line', 'Just one line'],
    ['several lines', 'First line\nSecond line'],
    ['an empty line between', 'Para one\n\nPara two'],
    ['empty', ''],
  ])('reads the draft text of %s as the writer sees it', (_name, text) => {
    page(xTimeline(text));
    expect(xAdapter.readText(editors()[0]!)).toBe(text);
  });

  it('scopes the Post button to the editor’s own column or dialog', () => {
    page(xTimeline('in the timeline') + xModal(['in the modal']));
    const [timeline, modal] = editors();
    expect(xAdapter.postButtons(timeline!).map((b) => b.dataset.testid)).toEqual(['tweetButtonInline']);
    expect(xAdapter.postButtons(modal!).map((b) => b.dataset.testid)).toEqual(['tweetButton']);
  });

  it('gives every part of a thread the one "Post all" button', () => {
    page(xModal(['one', 'two']));
    const buttons = editors().map((e) => xAdapter.postButtons(e));
    expect(buttons[0]).toHaveLength(1);
    expect(buttons[1]).toEqual(buttons[0]);
  });

  it.each([
    ['timeline box', 'https://x.com/home', xTimeline('x'), 'post'],
    ['reply box on a post’s page', 'https://x.com/sampatel_fv/status/1862400000000000001', xReply('x'), 'reply'],
    ['Spanish reply box on a post’s page', 'https://x.com/sampatel_fv/status/1862400000000000001', xReply('x', { button: 'Responder', placeholder: 'Publica tu respuesta' }), 'reply'],
    ['reply box with its button text gone, the post above it', 'https://x.com/i/web/timeline', xReply('x', { button: '', placeholder: '' }), 'reply'],
    ['modal opened with in_reply_to', 'https://x.com/compose/post?in_reply_to=1862400000000000001', xModal(['x'], { buttonText: 'Responder' }), 'reply'],
    ['modal with the post it answers above the editor', 'https://x.com/compose/post', xModal(['x'], { kind: 'reply', buttonText: 'Antworten' }), 'reply'],
    ['quote modal (the quoted post below the editor)', 'https://x.com/compose/post', xModal(['x'], { kind: 'quote' }), 'post'],
    ['modal whose button merely reads Reply', 'https://x.com/compose/post', xModal(['x'], { buttonText: 'Reply' }), 'post'],
  ])('knows a %s is a %s, in any language', (_name, url, html, kind) => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    page(html);
    const editor = editors()[0]!;
    expect(xAdapter.kindOf(editor)).toBe(kind);
    expect(xAdapter.readSignals(editor).reply).toBe(kind === 'reply');
  });

  it('reads the timeline box behind a reply modal as a post', () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://x.com/compose/post?in_reply_to=1');
    page(xTimeline('a') + xModal(['b']));
    expect(editors().map((e) => xAdapter.kindOf(e))).toEqual(['post', 'reply']);
  });

  it.each([
    ['the account switcher', xTimeline('x', { handle: '@FernvaleBC' }), '@FernvaleBC'],
    ['the switcher’s avatar, not a display name holding another @handle', xTimeline('x', { handle: '@jo_smith', displayName: 'Jo (work: @FernvaleBC)' }), '@jo_smith'],
    ['the avatar when the switcher has no handle text', `<button data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-jo_smith"></div></button>${xModal(['x'])}`, '@jo_smith'],
    ['the composer’s avatar when there is no switcher', xModal(['x']).replace('<div>', '<div><div data-testid="UserAvatar-Container-FernvaleBC"></div>'), '@FernvaleBC'],
    ['the switcher’s text when it shows no avatar', `<button data-testid="SideNav_AccountSwitcher_Button"><span>Jo Smith</span><span>@jo_smith</span></button>${xModal(['x'])}`, '@jo_smith'],
    ['nowhere', xModal(['x']), null],
  ])('reads the posting account from %s', (_name, html, handle) => {
    page(html);
    expect(xAdapter.readSignals(editors()[0]!).actingAs).toBe(handle);
  });

  it.each([
    [true, true],
    [false, false],
  ])('sees media attached (%s) in the editor’s own composer', (media, expected) => {
    page(xSideNav() + xTimeline('x', { media }) + xModal(['y']));
    const [timeline, modal] = editors();
    expect(xAdapter.readSignals(timeline!).media).toBe(expected);
    expect(xAdapter.readSignals(modal!).media).toBe(false);
  });

  it('finds the post control a click landed in', () => {
    page(xTimeline('x'));
    const button = document.querySelector('[data-testid="tweetButtonInline"]')!;
    button.innerHTML = '<span><span>Post</span></span>';
    expect(xAdapter.postButtonAt(button.querySelector('span span')!)).toBe(button);
    expect(xAdapter.postButtonAt(document.querySelector('[data-testid="fileInput-button"]')!)).toBeNull();
  });

  it.each([
    [{ key: 'Enter', ctrlKey: true }, true],
    [{ key: 'Enter', metaKey: true }, true],
    [{ key: 'Enter' }, false],
    [{ key: 'Enter', shiftKey: true }, false],
    [{ key: 'a', ctrlKey: true }, false],
  ])('treats %o as posting: %s', (init, posts) => {
    page(xTimeline('x'));
    expect(xAdapter.isSubmitKey(new KeyboardEvent('keydown', init), editors()[0]!)).toBe(posts);
  });
});

describe('X adapter: the writer’s own bio', () => {
  const profilePage = (bio: string) => `${xSideNav('@jo_smith', 'Jo (@FernvaleBC)')}<div data-testid="UserName">Jo Smith</div><div data-testid="UserDescription"><span>${bio}</span></div>`;

  it.each([
    ['https://x.com/jo_smith', 'Parks officer. Views my own.'],
    ['https://x.com/JO_SMITH/with_replies', 'Parks officer. Views my own.'],
    ['https://x.com/someone_else', null],
    ['https://x.com/home', null],
  ])('on %s reads %j', (url, bio) => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    page(profilePage('Parks officer. Views my own.'));
    expect(xAdapter.ownBio(document)).toBe(bio);
  });
});

describe('X adapter: markup it no longer understands', () => {
  it.each([
    ['the editor lost its test id', xTimeline('Hello').replace(/data-testid="tweetTextarea_0"/, 'data-testid="postTextarea_0"'), true],
    ['nothing like a composer', '<main><p>Just reading</p></main>', false],
    ['a composer it watches', xTimeline('Hello'), false],
  ])('when %s, says so (%s) without throwing', (_name, html, unwatched) => {
    page(html);
    expect(xAdapter.hasUnwatchedComposer(document)).toBe(unwatched);
    expect(() => editors().map((e) => [xAdapter.readText(e), xAdapter.readSignals(e), xAdapter.postButtons(e)])).not.toThrow();
  });

  it('reads a composer whose Post button is gone, with no buttons rather than an error', () => {
    page(xTimeline('Hello').replace(/data-testid="tweetButtonInline"/, 'data-testid="somethingElse"'));
    const [editor] = editors();
    expect(xAdapter.postButtons(editor!)).toEqual([]);
    expect(xAdapter.readText(editor!)).toBe('Hello');
  });
});
