import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../rules/detectors';
import { KIND_DEFINITIONS, RULE_KINDS, ruleSchema } from '../../rules/kinds';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { SITES } from '../../rules/sites';
import { ADAPTERS, adapterForHost } from '../../entrypoints/content/sites/adapter-for-host';
import { REPLICA_OF_SITE, SCENARIO_URLS } from '../replica/serve/replica-urls';

function sourceFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Code without its comments, so a comment that mentions `window` is not taken for a use of it. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const pascal = (kind: string) => kind.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase());

describe('conventions', () => {
  it.each(RULE_KINDS)('rule kind %s is defined once, in its own file in rules/kinds: schema, compiler, references, checks', async (kind) => {
    const file = `rules/kinds/${kind}.ts`;
    expect(existsSync(file), file).toBe(true);
    const module = (await import(`../../rules/kinds/${kind}.ts`)) as Record<string, { name?: string; schema?: unknown; compile?: unknown }>;
    const definition = module[`${pascal(kind).replace(/^./, (c) => c.toLowerCase())}Kind`];
    expect(definition).toBe(KIND_DEFINITIONS[kind]);
    expect(definition!.name).toBe(kind);
    expect(typeof definition!.compile).toBe('function');
  });

  it('validates packs with exactly the registered kinds', () => {
    const schemaKinds = ruleSchema.options.map((o) => (o.shape.kind as unknown as { value: string }).value);
    expect(schemaKinds).toEqual(RULE_KINDS);
  });

  it('has no file in rules/kinds that is not a kind or a helper the kinds share', () => {
    const helpers = ['index', 'refs', 'rule-kind'];
    const strays = readdirSync('rules/kinds')
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((name) => !helpers.includes(name) && !(RULE_KINDS as string[]).includes(name));
    expect(strays).toEqual([]);
  });

  it.each(Object.keys(DETECTORS))('detector %s has its own file, named for its id, and a description', (id) => {
    const detector = DETECTORS[id as keyof typeof DETECTORS];
    expect(detector.id).toBe(id);
    expect(existsSync(`rules/detectors/${id}.ts`), `rules/detectors/${id}.ts`).toBe(true);
    expect(detector.description.trim()).not.toBe('');
    expect(detector.pattern.flags).toContain('g');
  });

  it('every detector is used by the default pack or documented in the admin guide', () => {
    const used = new Set(DEFAULT_PACK.rules.flatMap((r) => (r.kind === 'pattern' ? [r.detector, r.validator] : [])));
    const guide = existsSync('docs/admin-guide.md') ? readFileSync('docs/admin-guide.md', 'utf8') : '';
    const neither = Object.keys(DETECTORS).filter((id) => !used.has(id as keyof typeof DETECTORS) && !guide.includes(id));
    expect(neither).toEqual([]);
  });

  it('every rule in the default pack has a description and examples both ways', () => {
    const lacking = DEFAULT_PACK.rules.filter((r) => !r.description?.trim() || !r.examples.match.length || !r.examples.noMatch.length);
    expect(lacking.map((r) => r.id)).toEqual([]);
  });

  it.each(SITES.map((site) => site.id))('site %s has its adapter in entrypoints/content/sites/<id>.ts, keyed by its id, and a DOM test', async (id) => {
    const file = `entrypoints/content/sites/${id}.ts`;
    expect(existsSync(file), file).toBe(true);
    const module = (await import(`../../entrypoints/content/sites/${id}.ts`)) as Record<string, unknown>;
    const exported = Object.values(module).filter((value) => value === ADAPTERS[id]);
    expect(exported, `${file} exports the adapter ADAPTERS.${id}`).toHaveLength(1);
    expect(ADAPTERS[id].site).toBe(id);
    expect(existsSync(`tests/dom/${id}-adapter.test.ts`), `tests/dom/${id}-adapter.test.ts`).toBe(true);
  });

  it.each(SITES.map((site) => site.id))('site %s has its tables for docs/sites.md, a replica serving its pages, and a browser test', async (id) => {
    const module = (await import(`../../entrypoints/content/sites/${id}.ts`)) as Record<string, unknown>;
    expect(module['SITE_FACTS'], `entrypoints/content/sites/${id}.ts exports SITE_FACTS`).toBeDefined();
    const folder = `tests/replica/${REPLICA_OF_SITE[id]}`;
    expect(readdirSync(folder).some((name) => /^main\.tsx?$/.test(name)), `${folder}/main.ts`).toBe(true);
    const hosts: readonly string[] = SITES.find((site) => site.id === id)!.hosts;
    expect(Object.values(SCENARIO_URLS).some((url) => hosts.includes(new URL(url).hostname)), `a replica scenario at one of ${hosts.join(', ')}`).toBe(true);
    expect(existsSync(`tests/browser/composer-${id}.test.ts`), `tests/browser/composer-${id}.test.ts`).toBe(true);
  });

  it('every host of every site reaches that site\'s adapter, and no other host does', () => {
    for (const site of SITES) for (const host of site.hosts) expect(adapterForHost(host)?.site, host).toBe(site.id);
    expect(adapterForHost('example.com')).toBeNull();
  });

  it('has no file in entrypoints/content/sites that is not a site of rules/sites.ts or a helper the adapters share', () => {
    const helpers = ['adapter-for-host', 'dom-helpers', 'generic', 'site-adapter', 'site-facts'];
    const ids: string[] = SITES.map((site) => site.id);
    const strays = readdirSync('entrypoints/content/sites')
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((name) => !helpers.includes(name) && !ids.includes(name));
    expect(strays).toEqual([]);
  });

  it('the engine is pure: nothing under rules/ uses a browser API', () => {
    const browserUse = /from\s+['"](?:wxt(?:\/[^'"]*)?|webextension-polyfill|@wxt-dev\/[^'"]*)['"]|\b(?:document|window|chrome|browser|localStorage|navigator)\s*[.[]/;
    const offenders = sourceFiles('rules').filter((f) => browserUse.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('nothing the extension ships reads ../shared (design docs and the dev corpus)', () => {
    const shared = /(?:\.\.\/)+shared\b|\/work\/shared|dev\.jsonl|org-northshire/;
    const offenders = ['entrypoints', 'components', 'utils', 'rules'].flatMap(sourceFiles).filter((f) => shared.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
