// docs/sites.md is generated from the adapters' own selector and label tables (SITE_FACTS): it must
// be current, every label table must cover every language Guidepost promises, and the notes that
// say what each entry is for and where it was seen must not ship in the content script.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type SiteFacts } from '../../entrypoints/content/sites/site-facts';
import { loadSiteFacts, SITES_DOC_PATH, sitesDocText } from '../../scripts/sites-doc';

const ROOT = resolve(import.meta.dirname, '../..');
const sites = await loadSiteFacts();
const facts: [string, SiteFacts][] = sites.map(({ site, facts }) => [site.id, facts]);

describe('docs/sites.md', () => {
  it('is what `npm run sites-doc` makes from the adapters’ tables', async () => {
    expect(readFileSync(SITES_DOC_PATH, 'utf8'), 'run `npm run sites-doc` and commit docs/sites.md').toBe(await sitesDocText());
  });

  it.each(facts)('%s: every selector has a note saying what it is for', (_id, site) => {
    expect(Object.keys(site.selectorNotes).sort()).toEqual(Object.keys(site.selectors).sort());
    for (const note of Object.values(site.selectorNotes)) expect(note.for.trim()).not.toBe('');
  });

  it.each(facts)('%s: every label table has a note and a label in every language', (_id, site) => {
    expect(Object.keys(site.labelNotes).sort()).toEqual(Object.keys(site.labels).sort());
    for (const [name, table] of Object.entries(site.labels)) {
      for (const language of LANGUAGES) expect(table[language].length, `${name}.${language}`).toBeGreaterThan(0);
    }
  });

  it.each(facts)('%s: evidence is only given for labels the tables hold', (_id, site) => {
    for (const [name, note] of Object.entries(site.labelNotes)) {
      const labels = Object.values(site.labels[name]!).flat();
      expect(Object.keys(note.confirmed).filter((label) => !labels.includes(label)), name).toEqual([]);
    }
  });

  it('the notes stay out of the content script: only the tables the code reads are bundled', async () => {
    const result = await build({
      entryPoints: [resolve(ROOT, 'entrypoints/content/index.ts')],
      absWorkingDir: ROOT,
      bundle: true,
      minify: true,
      write: false,
      outdir: 'sites-doc-out',
      format: 'iife',
      platform: 'browser',
      loader: { '.css': 'empty' },
      define: { __GUIDEPOST_OVERLAY_SHADOW_MODE__: '"closed"' },
      logLevel: 'silent',
    });
    const bundle = result.outputFiles.map((file) => file.text).join('\n');
    expect(bundle).toContain('focused-state-composer-submit');
    const notes = facts.flatMap(([, site]) => [
      ...Object.values(site.selectorNotes).flatMap((n) => [n.for, n.evidence]),
      ...Object.values(site.labelNotes).flatMap((n) => [n.for, ...Object.values(n.confirmed)]),
    ]);
    // Whole notes, and the words before a source's parenthesis, in case a note is ever assembled at run time.
    const fragments = notes.flatMap((text) => [text, text.split(' (')[0]!]).filter((text) => text.length > 15);
    expect(fragments.filter((text) => bundle.includes(text))).toEqual([]);
  });
});
