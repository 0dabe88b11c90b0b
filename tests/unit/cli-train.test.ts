import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { madeUpSet } from '../fixtures/synthetic-drafts';
import { smallSourcePack } from '../fixtures/small-source-pack';
import type { LabelledSet } from '../../rules/training/labelled-draft';
import { guidepost, scratchFolder } from './support/cli';

// Each case starts the real command line in a new Node process and trains a small model.
vi.setConfig({ testTimeout: 60_000 });

const { dir, write } = scratchFolder('guidepost-train-');

/** An organisation's profile and labelled drafts as files: `ORG.json:DRAFTS.jsonl`. */
function pair(set: LabelledSet): string {
  const org = write(`org-${set.source}.json`, set.profile);
  const drafts = write(`${set.source}.jsonl`, set.drafts.map((d) => JSON.stringify(d)).join('\n'));
  return `${org}:${drafts}`;
}

describe('guidepost train', () => {
  const base = write('base.json', { ...smallSourcePack(), profile: madeUpSet('Basewick', 1, 1).profile });
  const pairs = [madeUpSet('Fennick', 56, 1), madeUpSet('Oxbourne', 56, 2)].map(pair);
  const out = join(dir, 'trained.json');

  it('writes a complete pack that check then uses for an organisation it never saw', () => {
    const run = guidepost('train', '--out', out, '--base', base, ...pairs);
    expect(run.stderr).toMatch(/train: head client-privacy: threshold 0\.\d+/);
    expect(run.code).toBe(0);
    const pack = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(pack['model']).toMatchObject({ format: 1, trainedOn: { organisations: 2, drafts: 112 } });
    // The profile applied is always the install's or the admin's, never one baked into the pack.
    expect(pack['profile']).toBeUndefined();
    expect(pack['signature']).toBeUndefined();

    const unseen = madeUpSet('Wexley', 14, 7);
    const [org, drafts] = pair(unseen).split(':');
    const check = guidepost('check', '--pack', out, '--org', org!, '--jsonl', drafts!);
    expect(check.code).toBe(0);
    const rows = check.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: { category: string; spans: unknown[] }[] });
    expect(rows.map((r) => r.id)).toEqual(unseen.drafts.map((d) => d.id));
    const right = rows.filter((r, i) => JSON.stringify(r.findings.map((f) => f.category).sort()) === JSON.stringify([...unseen.drafts[i]!.expect].sort()));
    expect(right.length).toBeGreaterThanOrEqual(12);
  });

  it('--verify passes when the pack is exactly what training gives, and fails once it is not', () => {
    expect(guidepost('train', '--verify', '--out', out, '--base', base, ...pairs).code).toBe(0);
    writeFileSync(out, readFileSync(out, 'utf8').replace('"threshold": 0.', '"threshold": 0.0'));
    const changed = guidepost('train', '--verify', '--out', out, '--base', base, ...pairs);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('differs from what training gives');
  });

  it('writes nothing and exits 1 when the trained pack fails its own examples', () => {
    const source = smallSourcePack();
    // The same draft as an example that must match and one that must not: no model passes both.
    const impossible = {
      ...source,
      rules: source.rules.map((r) => (r.id === 'identifies-person-served' ? { ...r, examples: { ...r.examples, match: [r.examples.noMatch[0]!] } } : r)),
    };
    const target = join(dir, 'never.json');
    const run = guidepost('train', '--out', target, '--base', write('impossible.json', impossible), ...pairs);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/FAIL rules\[\d+\]\.examples\.match\[0\] \(rule "identifies-person-served"\)/);
    expect(run.stderr).toContain('not written');
    expect(existsSync(target)).toBe(false);
  });

  it.each<[string, string[], RegExp]>([
    ['a pair without its drafts', ['--out', join(dir, 'x.json'), 'org.json'], /expected ORG\.json:DRAFTS\.jsonl/],
    ['no organisation at all', ['--out', join(dir, 'x.json')], /at least one ORG\.json:DRAFTS\.jsonl/],
    ['no --out', [pairs[0]!], /train needs --out/],
  ])('explains %s in one line, exit 2', (_what, args, message) => {
    const run = guidepost('train', ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the file and line of a draft it cannot read', () => {
    const org = pairs[0]!.split(':')[0]!;
    const bad = write('bad.jsonl', '{"id": 1, "text": "fine", "context": {}, "expect": []}\n{"id": 2, "text": "no labels", "context": {}}\n');
    const run = guidepost('train', '--out', join(dir, 'x.json'), `${org}:${bad}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.jsonl:2: expect: expected a list of categories/);
  });
});
