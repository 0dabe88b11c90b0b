import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findingSchema } from '../../rules/schema/finding';
import { packJson, reported } from '../fixtures/engine-harness';
import { ASHCOMBE_PATH, SAMPLE_PROFILE } from '../fixtures/profiles';
import { exampleDraft } from '../fixtures/pack-examples';

const ORG = 'rules/profiles/sample-org.json';
const dir = mkdtempSync(join(tmpdir(), 'guidepost-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line as a user would, with `stdin` piped in. */
function guidepost(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile('node_modules/.bin/tsx', ['rules/cli/main.ts', ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

const DRAFTS = [
  { id: 'privacy', text: 'Popped round to see one of my residents today, Mrs P at 14 Larchwood Road.', context: { account: 'personal' }, expect: ['client-privacy'] },
  { id: 7, text: 'Lovely sunny walk along the canal this morning.', expect: ['client-privacy'] },
  { id: 'opinion', text: 'I really think free swimming at the leisure centres should stay.', context: { profileDisclaimer: false }, extra: { any: 'thing' } },
  { id: 'org', text: exampleDraft('criticises-employer', SAMPLE_PROFILE), context: { account: 'organisation' } },
];
// Blank lines and a trailing newline are not drafts.
const JSONL = `${JSON.stringify(DRAFTS[0])}\n\n${DRAFTS.slice(1).map((d) => JSON.stringify(d)).join('\n')}\n   \n`;

/** A pack of one rule, to show --pack replaces the default. */
const OTHER_PACK = packJson([reported({ id: 'canal', kind: 'term-list', terms: ['canal'] }, 'towpath')]);
const BAD_PACK = packJson([{ id: 'ok', kind: 'term-list', terms: ['a'] }, { id: 'broken', kind: 'pattern', regex: '(unclosed' }]);

const CASES = {
  jsonl: ['check', '--org', ORG, '--jsonl', file('drafts.jsonl', JSONL)],
  otherPack: ['check', '--org', ORG, '--pack', file('pack.json', JSON.stringify(OTHER_PACK)), '--jsonl', file('drafts2.jsonl', JSONL)],
  otherOrg: ['check', '--org', ASHCOMBE_PATH, '--jsonl', file('drafts3.jsonl', JSONL)],
  emptyJsonl: ['check', '--org', ORG, '--jsonl', file('empty.jsonl', '\n\n')],
  missingFile: ['check', '--org', ORG, '--jsonl', join(dir, 'nowhere.jsonl')],
  folder: ['check', '--org', ORG, '--jsonl', dir],
  missingOrg: ['check', '--org', join(dir, 'no-org.json'), '--jsonl', join(dir, 'drafts.jsonl')],
  notJson: ['check', '--org', ORG, '--jsonl', file('not-json.jsonl', `${JSON.stringify(DRAFTS[1])}\n\n{"id": 3, "text": oops}\n`)],
  notObject: ['check', '--org', ORG, '--jsonl', file('array.jsonl', '[1, 2]\n')],
  noText: ['check', '--org', ORG, '--jsonl', file('no-text.jsonl', `${JSON.stringify(DRAFTS[1])}\n{"id": "x", "body": "hello"}\n`)],
  badRowContext: ['check', '--org', ORG, '--jsonl', file('bad-context.jsonl', '{"id": 1, "text": "hi", "context": {"account": "shared"}}\n')],
  badOrg: ['check', '--org', file('bad-org.json', '{"aliases": ["x"]}'), '--jsonl', join(dir, 'drafts.jsonl')],
  orgNotJson: ['check', '--org', file('org-not-json.json', 'name: Fernvale'), '--jsonl', join(dir, 'drafts.jsonl')],
  badPack: ['check', '--org', ORG, '--pack', file('bad-pack.json', JSON.stringify(BAD_PACK)), '--jsonl', join(dir, 'drafts.jsonl')],
  unknownCommand: ['frobnicate'],
  unknownOption: ['check', '--org', ORG, '--verbose'],
  missingValue: ['check', '--org', ORG, '--jsonl'],
} satisfies Record<string, string[]>;

const STDIN_CASES = {
  readable: { args: ['check', '--org', ORG], stdin: DRAFTS[0]!.text },
  readableClean: { args: ['check', '--org', ORG], stdin: 'Lovely sunny walk along the canal this morning.' },
  withContext: { args: ['check', '--org', ORG, '--context', '{"account":"organisation"}'], stdin: DRAFTS[3]!.text },
  withoutContext: { args: ['check', '--org', ORG], stdin: DRAFTS[3]!.text },
  contextNotJson: { args: ['check', '--org', ORG, '--context', '{account: organisation}'], stdin: 'hi' },
  contextBadField: { args: ['check', '--org', ORG, '--context', '{"site":"myspace"}'], stdin: 'hi' },
};

const runs = new Map<string, Run>();

// Each run starts a Node process; a few at a time keeps a busy machine from thrashing.
beforeAll(async () => {
  const queue = [
    ...Object.entries(CASES).map(([name, args]) => ({ name, args, stdin: '' })),
    ...Object.entries(STDIN_CASES).map(([name, c]) => ({ name, ...c })),
  ];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) runs.set(next.name, await guidepost(next.args, next.stdin));
  };
  await Promise.all([worker(), worker(), worker()]);
}, 300_000);

const run = (name: keyof typeof CASES | keyof typeof STDIN_CASES) => runs.get(name)!;
const lines = (stdout: string) => stdout.split('\n').filter((l) => l !== '');

describe('guidepost check --jsonl', () => {
  it('prints exactly one JSON line per draft, in order, ids kept, and nothing else', () => {
    const { code, stdout, stderr } = run('jsonl');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    const rows = lines(stdout).map((l) => JSON.parse(l) as { id: unknown; findings: unknown[] });
    expect(rows.map((r) => r.id)).toEqual(['privacy', 7, 'opinion', 'org']);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['findings', 'id']);
  });

  it('gives findings in the documented shape, judged with each row’s own context', () => {
    const rows = lines(run('jsonl').stdout).map((l) => JSON.parse(l) as { id: unknown; findings: unknown[] });
    const categories = rows.map((r) => r.findings.map((f) => findingSchema.parse(f).category));
    // The `expect` keys in the input are ignored: row 7 expects a finding it does not have.
    expect(categories).toEqual([['client-privacy'], [], ['opinion-disclaimer'], []]);
    const [privacy] = rows[0]!.findings.map((f) => findingSchema.parse(f));
    const text = DRAFTS[0]!.text;
    expect(privacy!.spans.map((s) => text.slice(s.start, s.end))).toContain('Mrs P');
  });

  it('uses another pack with --pack', () => {
    const rows = lines(run('otherPack').stdout).map((l) => JSON.parse(l) as { findings: { category: string; rule: string }[] });
    expect(rows.map((r) => r.findings.map((f) => `${f.category}/${f.rule}`))).toEqual([[], ['towpath/canal'], [], []]);
  });

  it("uses the organisation given with --org", () => {
    const rows = lines(run('otherOrg').stdout).map((l) => JSON.parse(l) as { findings: { category: string }[] });
    // For a health trust, "Fernvale Council" is just another organisation: no employer comment.
    expect(rows[3]!.findings).toEqual([]);
    expect(run('otherOrg').code).toBe(0);
  });

  it('prints nothing for a file with no drafts', () => {
    expect(run('emptyJsonl')).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('guidepost check on standard input', () => {
  it('prints the findings readably', () => {
    const { code, stdout, stderr } = run('readable');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/client-privacy/);
    expect(stdout).toMatch(/“Mrs P”/);
    expect(() => JSON.parse(stdout) as unknown).toThrow();
  });

  it('says so when there is nothing to flag', () => {
    expect(run('readableClean').stdout).toMatch(/^No findings/);
  });

  it('takes the context from --context', () => {
    expect(run('withoutContext').stdout).toMatch(/employer-comment/);
    expect(run('withContext').stdout).toMatch(/^No findings/);
  });
});

describe('guidepost check with bad input', () => {
  it.each<[keyof typeof CASES | keyof typeof STDIN_CASES, RegExp]>([
    ['missingFile', /nowhere\.jsonl: no such file/],
    ['folder', /is a folder/],
    ['missingOrg', /no-org\.json: no such file/],
    ['notJson', /not-json\.jsonl:3: not valid JSON/],
    ['notObject', /array\.jsonl:1: expected a JSON object/],
    ['noText', /no-text\.jsonl:2: text: /],
    ['badRowContext', /bad-context\.jsonl:1: context: account: /],
    ['badOrg', /bad-org\.json: name: /],
    ['orgNotJson', /org-not-json\.json: not valid JSON/],
    ['badPack', /bad-pack\.json: rules\[1\]\.regex: /],
    ['contextNotJson', /--context: not valid JSON/],
    ['contextBadField', /--context: site: /],
    ['unknownCommand', /unknown command "frobnicate"/],
    ['unknownOption', /--verbose/],
    ['missingValue', /--jsonl/],
  ])('%s: one clear message on stderr, a non-zero exit, no stack trace', (name, message) => {
    const { code, stdout, stderr } = run(name);
    expect(code).not.toBe(0);
    expect(stderr.split('\n')[0]).toMatch(message);
    expect(stderr).not.toContain('    at ');
    expect(stderr).not.toMatch(/unexpected error/i);
    // Standard output carries results only: a failed run prints none, not a partial file.
    expect(stdout).toBe('');
  });
});
