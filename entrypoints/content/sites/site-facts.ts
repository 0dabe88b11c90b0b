/**
 * The shape of what each adapter knows about its site, as data: its selectors and the labels it
 * reads, in every interface language it covers, with what each is for and where that was seen.
 * docs/sites.md is generated from these tables (scripts/sites-doc.ts), and the label helpers here
 * are how adapters read them, so no check depends on one language's words.
 */

/** The interface languages every label table covers, at least. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'cy', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every form a label takes in each language. An empty list says the site shows no such label there. */
export type LabelTable = Readonly<Record<Language, readonly string[]>>;

/** What a selector is for, and the public source that shows the site really uses it. */
export interface SelectorNote {
  readonly for: string;
  /** Where it was seen; empty when no public source was found (the doc marks it unconfirmed). */
  readonly evidence: string;
}

/** What a label is for, and the labels of its table a public source was found for. */
export interface LabelNote {
  readonly for: string;
  /** Label text → where it was seen. A label of the table not named here is marked unconfirmed. */
  readonly confirmed: Readonly<Record<string, string>>;
}

/**
 * One site's tables, for the generated doc only: each adapter exports it as SITE_FACTS, which the
 * content script never imports, so the notes stay out of what ships.
 */
export interface SiteFacts {
  readonly selectors: Readonly<Record<string, string | RegExp>>;
  readonly selectorNotes: Readonly<Record<string, SelectorNote>>;
  readonly labels: Readonly<Record<string, LabelTable>>;
  readonly labelNotes: Readonly<Record<string, LabelNote>>;
}

/** How labels compare: case, spacing and a trailing ellipsis or full stop do not matter. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?:…|\.\.\.|\.)$/, '')
    .trim()
    .toLocaleLowerCase();
}

/** Every form of the label in every language, normalised, for exact comparison. */
export function labelSet(table: LabelTable): ReadonlySet<string> {
  return new Set(Object.values(table).flat().map(normaliseLabel));
}

/** The normalised prefixes of a table, longest first, for labels that go on with a name or a setting. */
export function labelPrefixes(table: LabelTable): readonly string[] {
  return [...labelSet(table)].sort((a, b) => b.length - a.length);
}

/** The prefix of `text` found in `prefixes` (from labelPrefixes), or null. */
export function startsWithLabel(text: string, prefixes: readonly string[]): string | null {
  const normal = normaliseLabel(text);
  return prefixes.find((prefix) => normal.startsWith(prefix)) ?? null;
}

/**
 * Templates such as "Comment as {name}", compiled once: each gives the name it finds in a label.
 * Templates that do not say where the name goes are ignored.
 */
export function nameTemplates(table: LabelTable): readonly RegExp[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set(Object.values(table).flat())]
    .filter((template) => template.includes('{name}'))
    .map((template) => {
      const [before, after] = template.split('{name}') as [string, string];
      return new RegExp(`^${escape(before.trim())}\\s*(.+?)\\s*${escape(after.trim())}\\s*(?:…|\\.\\.\\.)?$`, 'iu');
    });
}

/** The name a label fills into one of the templates, or null. */
export function nameIn(label: string, templates: readonly RegExp[]): string | null {
  const text = label.replace(/\s+/g, ' ').trim();
  for (const template of templates) {
    const name = template.exec(text)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}
