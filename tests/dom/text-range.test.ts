// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domPosition, endPosition } from '../../entrypoints/content/text-range';
import { facebookAdapter } from '../../entrypoints/content/sites/facebook';
import type { SiteAdapter } from '../../entrypoints/content/sites/site-adapter';
import { xAdapter } from '../../entrypoints/content/sites/x';
import { fbPostDialog, xTimeline } from './markup';

const TEXT = 'First line here\nSecond line, Mrs J\n\nLast';

describe.each([
  ['Draft.js', xTimeline(TEXT), xAdapter],
  ['Lexical', fbPostDialog(TEXT.replace('\n\n', '\n')), facebookAdapter],
] as [string, string, SiteAdapter][])('mapping draft positions to the %s DOM', (_name, html, adapter) => {
  it.each(['First', 'Second', 'Mrs J', 'Last', 'here'])('finds "%s" where the text has it', (word) => {
    document.body.innerHTML = html;
    const editor = adapter.findEditors(document)[0]!;
    const text = adapter.readText(editor);
    const start = text.indexOf(word);
    const from = domPosition(editor, text, start)!;
    const to = domPosition(editor, text, start + word.length)!;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    expect(range.toString()).toBe(word);
  });

  it('puts the end after the last character', () => {
    document.body.innerHTML = html;
    const editor = adapter.findEditors(document)[0]!;
    const end = endPosition(editor);
    expect(end.node.nodeValue).toBe('Last');
    expect(end.offset).toBe(4);
  });
});

it('puts the end inside an empty editor’s block', () => {
  document.body.innerHTML = xTimeline('');
  const editor = xAdapter.findEditors(document)[0]!;
  const end = endPosition(editor);
  expect(editor.contains(end.node)).toBe(true);
  expect(end.offset).toBe(0);
});
