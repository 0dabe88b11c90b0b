import { describe, expect, it } from 'vitest';
import { BADGE_ROOM, frameLayout, PANEL_ROOM } from '../../components/in-page/frame-layout';
import { placeBeside, BADGE_SIZE, PANEL_WIDTH } from '../../components/in-page/placement';
import { framePortName, readRelayPortName, relayPortName } from '../../utils/frame-ports';
import { badgeLabel, contextNotes } from '../../components/in-page/labels';
import { parseColour } from '../../entrypoints/content/page-theme';
import { findingWords } from '../../components/in-page/finding-views';
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

  it('opens the cards above when the editor spans the window near its bottom', () => {
    const { panel, side } = placeBeside({ top: 700, left: 10, width: 1230, height: 60 }, viewport);
    expect(side).toBe('above');
    expect(panel.top).toBeUndefined();
    expect(panel.bottom).toBeGreaterThan(0);
  });

  it('keeps the cards inside the window', () => {
    const { panel } = placeBeside({ top: 100, left: 0, width: 200, height: 60 }, viewport);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.left + PANEL_WIDTH).toBeLessThanOrEqual(viewport.width);
  });
});

describe('a composer’s frame', () => {
  // As wide as the window: the cards open below it.
  const box = { top: 100, left: 10, width: 1230, height: 60 };

  it('is only as big as the badge while the cards are closed, with the badge where it would be in the page', () => {
    const { rect, place } = frameLayout(box, viewport, 'badge', null);
    const beside = placeBeside(box, viewport);
    expect(rect).toEqual({ left: beside.badge.left - BADGE_ROOM, top: beside.badge.top - BADGE_ROOM, width: BADGE_SIZE + 2 * BADGE_ROOM, height: BADGE_SIZE + 2 * BADGE_ROOM });
    expect(place.badge).toEqual({ top: BADGE_ROOM, left: BADGE_ROOM });
  });

  it('grows to the badge and the cards, as tall as the frame measured them', () => {
    const { rect, place, shows } = frameLayout(box, viewport, 'panel', 240);
    const beside = placeBeside(box, viewport, [], 240);
    // Badge and cards keep their places in the page, whatever the frame's corner.
    expect(rect.left + place.badge.left).toBe(beside.badge.left);
    expect(rect.top + place.badge.top).toBe(beside.badge.top);
    expect(rect.left + place.panel.left).toBe(beside.panel.left);
    expect(rect.top + place.panel.top!).toBe(beside.panel.top);
    expect(rect.height).toBe(beside.panel.top! + 240 + PANEL_ROOM - rect.top);
    // No room above the cards, where the editor is: it still takes clicks there.
    expect(shows![1]!.top + rect.top).toBe(beside.panel.top);
    expect(rect.width).toBeGreaterThanOrEqual(PANEL_WIDTH + 2 * PANEL_ROOM);
  });

  it('keeps cards opened above the badge anchored at their bottom edge', () => {
    const low = { top: 700, left: 10, width: 1230, height: 60 };
    const { rect, place } = frameLayout(low, viewport, 'panel', 200);
    const beside = placeBeside(low, viewport, [], 200);
    expect(rect.top + rect.height - place.panel.bottom!).toBe(viewport.height - beside.panel.bottom!);
    expect(rect.top).toBe(viewport.height - beside.panel.bottom! - 200 - PANEL_ROOM);
    // No room below the cards, towards the editor.
    const { shows } = frameLayout(low, viewport, 'panel', 200);
    expect(shows![1]!.top + shows![1]!.height + rect.top).toBe(viewport.height - beside.panel.bottom!);
  });

  it('shows only the badge and the cards, so the page between them still takes clicks', () => {
    const { rect, shows } = frameLayout(box, viewport, 'panel', 240);
    expect(shows).toHaveLength(2);
    const [badgePart, panelPart] = shows!;
    expect(badgePart!.width * badgePart!.height + panelPart!.width * panelPart!.height).toBeLessThan(rect.width * rect.height);
    expect(frameLayout(box, viewport, 'badge', null).shows).toBeNull();
  });

  it('gives the cards all the room they may take until they have been measured', () => {
    expect(frameLayout(box, viewport, 'panel', null).rect.height).toBeGreaterThan(frameLayout(box, viewport, 'panel', 100).rect.height);
  });

  it('covers the window for the review prompt', () => {
    expect(frameLayout(box, viewport, 'review', null).rect).toEqual({ left: 0, top: 0, ...viewport });
  });
});

describe('frame ports', () => {
  it('names a relay to a frame so the background can read back which frame and which port', () => {
    expect(readRelayPortName(relayPortName(15032385537, 'a1b2-c3'))).toEqual({ frameId: 15032385537, token: 'a1b2-c3' });
  });

  it.each([framePortName('a1b2'), 'guidepost-relay:x:a1b2', 'guidepost-relay:1:', 'guidepost-relay:1:a b', 'other:1:a1b2'])('reads %j as no relay', (name) => {
    expect(readRelayPortName(name)).toBeNull();
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
