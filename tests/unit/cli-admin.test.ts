import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { trustedKeySchema, verifyPackSignature } from '../../rules/signing';
import { adminPackJson } from './support/admin-packs';
import { guidepost, scratchFolder } from './support/cli';

// Each case starts the real command line in a new Node process, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const { dir, write: file } = scratchFolder('guidepost-cli-');

function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('guidepost admin commands', () => {
  const keyPath = join(dir, 'admin.jwk');
  let trustedKey: unknown;

  it('keygen writes a private key only its owner can read and prints the policy entry', () => {
    const run = guidepost('keygen', '--out', keyPath, '--key-id', 'fernvale-2026');
    expect(run.code).toBe(0);
    trustedKey = JSON.parse(run.stdout);
    expect(trustedKeySchema.parse(trustedKey).keyId).toBe('fernvale-2026');
    expect(statSync(keyPath).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(keyPath, 'utf8'))).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'fernvale-2026' });
  });

  it('keygen will not overwrite a key by accident', () => {
    const run = guidepost('keygen', '--out', keyPath);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('already exists; pass --force');
    expectNoStack(run.stderr);
  });

  it('sign embeds a signature that verifies against the printed key', async () => {
    const out = join(dir, 'signed.json');
    const run = guidepost('sign', file('pack.json', adminPackJson(3)), '--key', keyPath, '--out', out);
    expect(run.code).toBe(0);
    const signed = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(signed.signature).toMatchObject({ alg: 'Ed25519', keyId: 'fernvale-2026' });
    expect(await verifyPackSignature(signed, [trustedKeySchema.parse(trustedKey)])).toEqual({ ok: true, keyId: 'fernvale-2026' });
    expect(guidepost('validate', out).stdout).toContain('version 3, 1 rules, 1 guidance entries, signed by "fernvale-2026"');
  });

  it('verify accepts the signed pack with the policy\'s keys and refuses it once changed', () => {
    const signedPath = join(dir, 'signed.json');
    const policy = file('policy-values.json', { rulePackUrl: 'https://packs.fernvale.example/p.json', trustedKeys: [trustedKey] });
    const ok = guidepost('verify', signedPath, '--trusted', policy);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('signature by "fernvale-2026" is valid; pack "fernvale-staff" version 3');
    const changed = JSON.parse(readFileSync(signedPath, 'utf8')) as Record<string, unknown>;
    const bad = guidepost('verify', file('changed.json', { ...changed, version: 30 }), '--trusted', file('key.json', trustedKey));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('would be refused: the signature does not match the pack');
    const badKeys = guidepost('verify', signedPath, '--trusted', file('nokeys.json', { keys: [] }));
    expect(badKeys.code).toBe(2);
    expectNoStack(bad.stderr + badKeys.stderr);
  });

  it('sign refuses an invalid pack and a file that is not a private key, clearly', () => {
    const bad = guidepost('sign', file('bad.json', { ...adminPackJson(1), version: 'one' }), '--key', keyPath);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json: version:');
    expect(bad.stdout).toBe('');
    const wrongKey = guidepost('sign', file('ok.json', adminPackJson(1)), '--key', file('public.json', trustedKey));
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.stderr).toMatch(/public\.json: the key file is not an Ed25519 private JWK/);
    expectNoStack(bad.stderr + wrongKey.stderr);
  });

  it('validate names every problem by its JSON path', () => {
    const pack = adminPackJson(1);
    const rules = pack.rules as Record<string, unknown>[];
    rules.push({ ...rules[0], regex: '(' });
    rules[0]!.guidance = 'no-such-guidance';
    const run = guidepost('validate', file('broken.json', pack));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.json: rules[1].id: duplicate rule id "internal-word"');
    expect(run.stderr).toContain('broken.json: rules[0].guidance: unknown guidance id "no-such-guidance"');
    expectNoStack(run.stderr);
  });

  it.each([
    [['validate', '/nonexistent/pack.json'], '/nonexistent/pack.json: no such file'],
    [['validate'], 'validate takes one pack file'],
    [['sign', 'x.json'], 'sign takes one pack file and --key'],
    [['test', '--verbose', 'x.json'], 'Unknown option'],
  ])('usage mistakes exit 2 with one clear line: %j', (args, message) => {
    const run = guidepost(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expectNoStack(run.stderr);
  });

  it('validate explains a file that is not JSON', () => {
    const run = guidepost('validate', file('notjson.json', '{"id": '));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/notjson\.json: not valid JSON/);
  });

  it('test runs every rule example and names the failing rule and example', () => {
    const good = guidepost('test', file('good.json', adminPackJson(1)));
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('2/2 rule examples pass');
    const pack = adminPackJson(1);
    (pack.rules as { examples: { noMatch: string[] } }[])[0]!.examples.noMatch.push('The rota is out');
    const failing = guidepost('test', file('failing.json', pack));
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('FAIL rules[0].examples.noMatch[1] (rule "internal-word"): should not match: "The rota is out"');
    expect(failing.stdout).toContain('2/3 rule examples pass');
  });

  it('test fills example placeholders from the profile, and lists the examples it cannot run for it', () => {
    const pack = adminPackJson(1, 'rota');
    (pack.rules as { examples: { match: string[] } }[])[0]!.examples.match.push('{profile.name}: the rota is out', 'Thanks {profile.handle}, the rota is out');
    const path = file('placeholders.json', pack);
    const generic = guidepost('test', path);
    expect(generic.code).toBe(0);
    expect(generic.stdout).toContain('SKIP rules[0].examples.match[2] (rule "internal-word"): the profile has no handles: "Thanks {profile.handle}, the rota is out"');
    expect(generic.stdout).toContain('3/3 rule examples pass, 1 skipped');
    const org = guidepost('test', path, '--org', 'rules/profiles/sample-org.json');
    expect(org.stdout).not.toContain('SKIP');
    expect(org.stdout).toContain('4/4 rule examples pass (1 rules');
  });

  it('test scores labelled drafts per category, as the shared scorer prints them, false alarms included', () => {
    const labelled = [
      { id: 'a', text: 'The rota changed again', context: { site: 'x' }, expect: ['employer-comment'] },
      { id: 'b', text: 'Nice weather', context: {}, expect: [] },
      { id: 'c', text: 'The council restructure is a mess', context: {}, expect: ['employer-comment'] },
      { id: 'd', text: 'Swapped my rota for a bike ride', context: {}, expect: [] },
    ];
    const jsonl = file('labelled.jsonl', labelled.map((row) => JSON.stringify(row)).join('\n'));
    const run = guidepost('test', file('score.json', adminPackJson(1)), '--jsonl', jsonl);
    expect(run.code).toBe(0);
    // Found in a and d, expected in a and c: 1 of 2 found were right, 1 of 2 expected were found.
    expect(run.stdout).toMatch(/employer-comment\s+1\s+1\s+1\s+50\.0%\s+50\.0%\s+50\.0%/);
    expect(run.stdout).toMatch(/client-privacy\s+0\s+0\s+0\s+100\.0%\s+100\.0%\s+100\.0%/);
    // d is clean yet raised employer-comment: one false alarm in two clean drafts; a and b exactly right.
    expect(run.stdout).toMatch(/drafts 4, unanswered 0, exact 50\.0%, false alarms on clean drafts 50\.0%, run \d+\.\d\d s/);
    expect(run.stdout).toMatch(/macro-F1 83\.3% min-precision 50\.0% min-recall 50\.0%/);
  });

  it('test explains a bad labelled line by file and line number', () => {
    const jsonl = file('badlabels.jsonl', '{"text": "hi", "expect": []}\n{"text": 4, "expect": []}\n');
    const run = guidepost('test', file('p.json', adminPackJson(1)), '--jsonl', jsonl);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/badlabels\.jsonl:2: text: expected a string/);
  });

  it('schema prints a JSON Schema editors can use, with every rule kind', () => {
    const run = guidepost('schema');
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: { rules: { items: { oneOf?: unknown[]; anyOf?: unknown[] } } }; required: string[] };
    expect(schema.$schema).toContain('json-schema.org');
    const kinds = JSON.stringify(schema.properties.rules.items);
    for (const kind of ['term-list', 'pattern', 'entity', 'context-flag', 'co-occurrence', 'conditional', 'sentiment-gated']) {
      expect(kinds).toContain(`"const":"${kind}"`);
    }
    // Input form: fields with defaults (severity, fixes) are not required of authors.
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'name', 'version', 'guidance', 'rules']));
    expect(kinds).not.toMatch(/"required":\[[^\]]*"severity"/);
  });
});
