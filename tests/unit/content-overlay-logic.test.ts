import { describe, expect, it } from 'vitest';
import { placeBeside, BADGE_SIZE, PANEL_WIDTH } from '../../components/in-page/placement';
import { badgeLabel, contextNotes } from '../../components/in-page/labels';
import { parseColour } from '../../entrypoints/content/page-theme';
import { findingWords } from '../../entrypoints/content/finding-views';
import type { Finding } from '../../rules/schema/finding';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';

const viewport = { width: 1280, height: 800 };
const finding = (category: string, spans: Finding['spans'] = []): Finding => ({
  category,
  rule: 'r',
  severity: 'warn',
  message: 'm',
  spans,
  guidance: 'g',
  fixes: [],
});

describe('badge placement', () => {
  it.each([24, 120, 400])('sits just right of a %i px tall editor, level with its last line, never over its text', (height) => {
    const { badge } = placeBeside({ top: 100, left: 100, width: 500, height }, viewport);
    expect(badge.left).toBeGreaterThanOrEqual(600);
    expect(badge.left).toBeLessThan(620);
    expect(badge.top + BADGE_SIZE).toBeLessThanOrEqual(100 + height + 4);
    expect(badge.top).toBeGreaterThanOrEqual(100 + height - 28 - 4);
  });

  it('moves inside the window when the editor reaches its right edge', () => {
    const { badge } = placeBeside({ top: 100, left: 800, width: 480, height: 40 }, viewport);
    expect(badge.left + BADGE_SIZE).toBeLessThanOrEqual(viewport.width);
  });

  it('opens the cards above when the editor is near the bottom of the window', () => {
    const { panel } = placeBeside({ top: 700, left: 100, width: 500, height: 60 }, viewport);
    expect(panel.top).toBeUndefined();
    expect(panel.bottom).toBeGreaterThan(0);
  });

  it('keeps the cards inside the window', () => {
    const { panel } = placeBeside({ top: 100, left: 0, width: 200, height: 60 }, viewport);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.left + PANEL_WIDTH).toBeLessThanOrEqual(viewport.width);
  });
});

describe('words for the card', () => {
  it.each([
    ['Mrs J from Elm Street', [{ start: 0, end: 5 }, { start: 11, end: 21 }], ['Mrs J', 'Elm Street']],
    ['the  same\nthe same', [{ start: 0, end: 9 }, { start: 10, end: 18 }], ['the same']],
    ['x'.repeat(80), [{ start: 0, end: 80 }], [`${'x'.repeat(39)}…`]],
  ])('cuts %j into the words behind the finding', (text, spans, words) => {
    expect(findingWords(text, finding('c', spans))).toEqual(words);
  });

});

describe('context notes', () => {
  it.each([
    [{ audience: 'public' }, 'Public: anyone can see this'],
    [{ audience: 'friends' }, 'Friends only, but friends can share it on'],
    [{ reply: true, site: 'x' }, 'Reply: seen by everyone in the conversation'],
    [{ media: true }, 'Photo or video attached: check who is in it'],
  ] as const)('for %o says "%s"', (context, note) => {
    expect(contextNotes({ ...DEFAULT_CONTEXT, ...context }, finding('client-privacy'))).toContain(note);
  });

  it('says nothing about an ordinary X post', () => {
    expect(contextNotes(DEFAULT_CONTEXT, finding('client-privacy'))).toEqual([]);
  });

  it.each([
    [0, null, 'Guidepost: nothing to check in this post'],
    [1, 'warn', 'Guidepost: 1 thing to check in this post'],
    [2, 'serious', 'Guidepost: 2 things to check in this post, one is serious'],
  ] as const)('labels a badge with %i findings for screen readers', (count, highest, label) => {
    expect(badgeLabel(count, highest, 'Post')).toBe(label);
  });
});

describe('page colours', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255]],
    ['rgba(21, 32, 43, 1)', [21, 32, 43]],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
    ['rgb(0 0 0 / 0.9)', [0, 0, 0]],
  ])('reads %s', (value, colour) => {
    expect(parseColour(value)).toEqual(colour);
  });
});
