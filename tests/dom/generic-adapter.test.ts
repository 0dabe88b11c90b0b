// @vitest-environment happy-dom
// When a site renames its markup, the site's adapter goes blind. The generic reader then reads the
// boxes a writer types into, where that is safe, and never writes to them or holds a post.
import { beforeEach, describe, expect, it } from 'vitest';
import { genericEditors, withGenericFallback } from '../../entrypoints/content/sites/generic';
import { facebookAdapter } from '../../entrypoints/content/sites/facebook';
import { xAdapter } from '../../entrypoints/content/sites/x';
import { fbChat, fbPostDialog, xTimeline } from './markup';

const x = withGenericFallback(xAdapter);
const fb = withGenericFallback(facebookAdapter);

/** The X timeline as it might look after a redesign: every test id Guidepost selects by, renamed. */
function driftedX(text: string): string {
  return xTimeline(text).replaceAll('tweetTextarea_', 'postComposerField_').replaceAll('tweetButton', 'postSubmit');
}

const ids = (editors: HTMLElement[]) => editors.map((e) => e.getAttribute('data-testid') ?? e.getAttribute('aria-label'));

describe('generic reader', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('leaves unknown boxes alone while the site adapter still sees its composer', () => {
    document.body.innerHTML = xTimeline('Hello') + '<div contenteditable="true" aria-label="Notes"></div>';
    const found = x.findEditors(document);
    expect(ids(found)).toEqual(['tweetTextarea_0']);
    expect(x.isBasic(found[0]!)).toBe(false);
  });

  it('takes over the renamed composer when the site adapter sees none, read-only and unguarded', () => {
    document.body.innerHTML = driftedX('I think so');
    expect(xAdapter.findEditors(document)).toEqual([]);
    const [editor, ...more] = x.findEditors(document);
    expect(more).toEqual([]);
    expect(editor!.getAttribute('data-testid')).toBe('postComposerField_0');
    expect(x.isBasic(editor!)).toBe(true);
    expect(x.readText(editor!)).toContain('I think so');
    expect(x.kindOf(editor!)).toBe('post');
    // Never written to, never held: no paste, no Post control, no submit key.
    expect(x.acceptsPaste(editor!)).toBe(false);
    expect(x.postButtons(editor!)).toEqual([]);
    const ctrlEnter = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true });
    expect(x.isSubmitKey(ctrlEnter, editor!)).toBe(false);
    expect(x.readSignals(editor!)).toEqual({ reply: false, media: false, audience: null, actingAs: null });
  });

  it.each([
    ['a message box', '<div contenteditable="true" aria-label="Message"></div>'],
    ['a chat in a labelled dialog', '<div role="dialog" aria-label="Chat with Sam"><div contenteditable="true"></div></div>'],
    ['a search box', '<div contenteditable="true" aria-placeholder="Search X"></div>'],
    ['a box labelled elsewhere as a direct message', '<span id="l">Direct message</span><div contenteditable="true" aria-labelledby="l"></div>'],
    ['a read-only region', '<div contenteditable="true" aria-readonly="true"></div>'],
    ['a region that is not editable', '<div contenteditable="false" aria-label="Post text"></div>'],
  ])('never takes %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(x.findEditors(document)).toEqual([]);
  });

  it('leaves a page with no composer alone, unless a box says it is for posting', () => {
    document.body.innerHTML = '<div contenteditable="true" aria-label="Ask anything"></div>';
    expect(x.findEditors(document)).toEqual([]);
    document.body.innerHTML = '<div contenteditable="true" aria-label="Ask anything"></div><div contenteditable="true" aria-placeholder="Post your reply"></div>';
    expect(x.findEditors(document).map((e) => e.getAttribute('aria-placeholder'))).toEqual(['Post your reply']);
  });

  it('takes the outermost editable region only, and a plain-text one', () => {
    document.body.innerHTML =
      '<div contenteditable="true" aria-label="Post text"><div contenteditable="true"></div></div><div contenteditable="plaintext-only" aria-label="Reply"></div>';
    expect(ids(genericEditors(document))).toEqual(['Post text', 'Reply']);
  });

  it('leaves Facebook chat alone even when the post dialog has drifted', () => {
    document.body.innerHTML = fbPostDialog('Hello').replaceAll('data-lexical-editor', 'data-composer-root') + fbChat('hi');
    const found = fb.findEditors(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.closest('[role="dialog"]')).not.toBeNull();
    expect(fb.isBasic(found[0]!)).toBe(true);
  });
});
