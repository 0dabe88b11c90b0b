import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import type { GuidanceEntry } from '../../rules/schema/guidance';
import { parseRichText, plainText } from '../../components/guidance/rich-text';
import { searchGuidance } from '../../components/guidance/search';
import { findingExcerpt } from '../../utils/finding-excerpt';

const ENTRIES: GuidanceEntry[] = [
  { id: 'privacy', title: 'Client privacy', summary: 'Keep people safe.', body: 'Never post **names** or ages.', doInstead: 'Share the feeling.', links: [] },
  { id: 'opinions', title: 'Personal opinions', summary: 'Say it is your view.', body: 'Add a disclaimer to posts about work.', doInstead: 'Write “views my own”.', links: [] },
  { id: 'boundaries', title: 'Boundaries', summary: 'Keep work and home apart.', body: 'Do not befriend the people you serve; privacy settings help.', doInstead: 'Use friend lists.', links: [] },
];

describe('searchGuidance', () => {
  it('lists every entry in pack order for an empty query', () => {
    expect(searchGuidance(ENTRIES, '  ').map((e) => e.id)).toEqual(['privacy', 'opinions', 'boundaries']);
  });

  it.each([
    ['disclaimer', ['opinions']],
    ['NAMES', ['privacy']],
    ['privacy', ['privacy', 'boundaries']],
    ['friend lists', ['boundaries']],
    ['views my own', ['opinions']],
    ['privacy settings', ['boundaries']],
    ['fish', []],
  ])('"%s" finds %j, title matches first', (query, ids) => {
    expect(searchGuidance(ENTRIES, query).map((e) => e.id)).toEqual(ids);
  });

  it('ignores accents and curly apostrophes', () => {
    const entries = [{ ...ENTRIES[0]!, body: 'Don’t name the café.' }];
    expect(searchGuidance(entries, "don't cafe")).toHaveLength(1);
  });

  it('finds every entry of the default pack by a word of its title', () => {
    for (const entry of DEFAULT_PACK.guidance) {
      const word = entry.title.split(/\s+/).find((w) => w.length > 4) ?? entry.title;
      expect(searchGuidance(DEFAULT_PACK.guidance, word).map((e) => e.id)).toContain(entry.id);
    }
  });
});

describe('parseRichText', () => {
  it('splits blank-line paragraphs and marks **bold** runs', () => {
    expect(parseRichText('One **two** three.\n\n  Four\nfive.  ')).toEqual([
      [
        { text: 'One ', bold: false },
        { text: 'two', bold: true },
        { text: ' three.', bold: false },
      ],
      [{ text: 'Four five.', bold: false }],
    ]);
  });

  it('keeps an unpaired ** as written', () => {
    expect(parseRichText('a **b** c ** d')).toEqual([
      [
        { text: 'a ', bold: false },
        { text: 'b', bold: true },
        { text: ' c ** d', bold: false },
      ],
    ]);
  });

  it('treats HTML as words', () => {
    expect(plainText('<img src=x onerror=alert(1)> **<b>hi</b>**')).toBe('<img src=x onerror=alert(1)> <b>hi</b>');
  });
});

describe('findingExcerpt', () => {
  const text = 'Visited Mrs P at 14 Elm Road today,\n\nshe is 84.';
  it('joins the words of each span', () => {
    expect(findingExcerpt(text, [{ start: 8, end: 13 }, { start: 44, end: 46 }])).toBe('Mrs P … 84');
  });
  it('collapses whitespace, clamps spans to the text and skips empty ones', () => {
    expect(findingExcerpt(text, [{ start: 29, end: 41 }, { start: 5, end: 5 }, { start: 45, end: 999 }])).toBe('today, she … 4.');
  });
  it('shortens a long span', () => {
    const long = 'x'.repeat(200);
    const excerpt = findingExcerpt(long, [{ start: 0, end: 200 }]);
    expect(excerpt.length).toBeLessThanOrEqual(60);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});

describe('what ships', () => {
  // Preact's support for dangerouslySetInnerHTML is what `web-ext lint` reports as an innerHTML
  // assignment; it is safe only while no component of ours uses it (docs/reliability.md).
  it('never builds HTML from strings', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = ['components', 'entrypoints', 'utils', 'rules']
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
      .filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/);
  });
});
