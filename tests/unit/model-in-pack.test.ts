import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { trainModel } from '../../rules/training/train-pack';
import { rulePackSchema, MAX_PACK_CHARS } from '../../rules/schema/pack';
import { MAX_MODEL_CHARS, type TextModel } from '../../rules/model/model-schema';
import { describeIssues } from '../../rules/schema/issues';
import { compile } from '../../rules/engine/compile';
import { generateSigningKey, importPrivateKeyFile, signPack, verifyPackSignature } from '../../rules/signing';
import { STOP_WORDS } from '../../rules/model/stop-words';
import { MAX_EXPLAINING_SPANS } from '../../rules/model/explain-finding';
import { createPackUpdater } from '../../entrypoints/background/pack-updater';
import { parseManagedPolicy } from '../../entrypoints/background/managed-policy';
import { activePackItem } from '../../utils/storage-items';
import { madeUpSet } from '../fixtures/synthetic-drafts';
import { smallSourcePack } from '../fixtures/small-source-pack';
import { createPackServer } from './support/pack-server';

type Json = Record<string, unknown>;
let packJson: Json;

beforeAll(() => {
  const base = smallSourcePack();
  const { model } = trainModel(base, [madeUpSet('Fennick', 56, 1), madeUpSet('Oxbourne', 56, 2)]);
  packJson = JSON.parse(JSON.stringify({ ...base, id: 'fernvale-staff', version: 3, model })) as Json;
});

const model = (pack: Json) => pack['model'] as TextModel & Json;
const problems = (pack: Json) => {
  const parsed = rulePackSchema.safeParse(pack);
  return parsed.success ? [] : describeIssues(parsed.error).map((p) => p.path);
};

describe('a model is data in the pack, validated by the schema', () => {
  it('a trained pack passes', () => {
    expect(problems(packJson)).toEqual([]);
  });

  const firstClassifier = (pack: Json) => (pack['rules'] as Json[]).findIndex((r) => r['kind'] === 'classifier');
  it.each<[string, (pack: Json) => void, string | ((pack: Json) => string)]>([
    ['a vocabulary that is not base64', (p) => (model(p).vocabulary = 'not base64!'), 'model.vocabulary'],
    ['a vocabulary out of order', (p) => (model(p).vocabulary = btoa(String.fromCharCode(0, 0, 0, 2, 0, 0, 0, 1))), 'model.vocabulary'],
    ['input weights of the wrong size', (p) => (model(p).networks[0]!.input = btoa('abc')), 'model.networks[0].input'],
    ['an output row missing', (p) => model(p).networks[0]!.output.pop(), 'model.networks[0].output'],
    ['a weight that is not a number', (p) => ((model(p).networks[0]!.hiddenBias as unknown[])[0] = 'x'), 'model.networks[0].hiddenBias[0]'],
    ['a classifier naming a head the model lacks', (p) => ((p['rules'] as Json[])[firstClassifier(p)]!['head'] = 'mood'), (p) => `rules[${firstClassifier(p)}].head`],
    ['a model reading a rule the pack lacks', (p) => (model(p).reads.words['no-such-rule'] = 'ORG'), 'model.reads'],
    ['classifier rules but no model', (p) => delete p['model'], 'model'],
    ['a model from a newer reader', (p) => ((model(p) as Json)['format'] = 2), 'model.format'],
  ])('refuses %s, naming where', (_what, corrupt, path) => {
    const pack = structuredClone(packJson);
    corrupt(pack);
    expect(problems(pack)).toContain(typeof path === 'string' ? path : path(pack));
  });

  it(`refuses a model over ${MAX_MODEL_CHARS / 1e6} MB and a pack over ${MAX_PACK_CHARS / 1e6} MB`, () => {
    const pack = structuredClone(packJson);
    const net = model(pack).networks[0]!;
    // A vocabulary and weights of a valid shape, only too many of them.
    const entries = Math.ceil(MAX_MODEL_CHARS / (4 + net.hidden)) + 1;
    const hashes = new Uint8Array(entries * 4);
    new DataView(hashes.buffer).setUint32(0, 1);
    for (let i = 0; i < entries; i++) new DataView(hashes.buffer).setUint32(i * 4, i + 1, true);
    model(pack).vocabulary = Buffer.from(hashes).toString('base64');
    for (const n of model(pack).networks) n.input = Buffer.alloc(entries * n.hidden).toString('base64');
    expect(problems(pack)).toEqual(expect.arrayContaining(['model', '(top level)']));
  });
});

describe('a model is signed with its pack', () => {
  it('verifies as signed, and not once one weight changes', async () => {
    const { trustedKey, privateKeyFile } = await generateSigningKey('fernvale-2026');
    const signed = await signPack(packJson, await importPrivateKeyFile(JSON.stringify(privateKeyFile)));
    expect(await verifyPackSignature(signed, [trustedKey])).toEqual({ ok: true, keyId: 'fernvale-2026' });
    const tampered = structuredClone(signed) as Json;
    const input = model(tampered).networks[0]!.input;
    model(tampered).networks[0]!.input = (input[0] === 'A' ? 'B' : 'A') + input.slice(1);
    expect(await verifyPackSignature(tampered, [trustedKey])).toEqual({ ok: false, reason: expect.stringContaining('changed after signing') });
  });

  describe('installs refuse a signed pack with a broken model and keep the last good pack', () => {
    beforeEach(() => fakeBrowser.reset());

    it('naming the path', async () => {
      const { trustedKey, privateKeyFile } = await generateSigningKey('fernvale-1');
      const signer = await importPrivateKeyFile(JSON.stringify(privateKeyFile));
      const server = createPackServer();
      const url = 'https://packs.fernvale.example/pack.json';
      const updater = createPackUpdater({
        fetch: server.fetch,
        now: () => new Date('2026-11-24T10:00:00Z'),
        readPolicy: async () => parseManagedPolicy({ rulePackUrl: url, trustedKeys: [trustedKey] }),
      });
      server.put(url, await signPack(packJson, signer), '"v3"');
      expect((await updater.update()).ok).toBe(true);
      const broken = structuredClone({ ...packJson, version: 4 });
      model(broken).networks[0]!.input = btoa('abc');
      server.put(url, await signPack(broken, signer), '"v4"');
      const result = await updater.update();
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/model\.networks\[0\]\.input/);
      expect((await activePackItem.getValue())?.pack.version).toBe(3);
    });
  });
});

describe('findings explain themselves with the words that drove them', () => {
  it('at most five spans from each model finding, each inside the text, on whole words, never a stop word alone', () => {
    const pack = rulePackSchema.parse(packJson);
    // A certain rule's matches pooled into the same card are spans of their own: the pack without
    // its model shows which those are, and the rest are the model's explanation.
    const modelRules = new Set(pack.rules.filter((r) => r.kind === 'classifier').map((r) => r.id));
    const readsModel = (r: (typeof pack.rules)[number]) => modelRules.has(r.id) || [...modelRules].some((id) => JSON.stringify(r).includes(`"${id}"`));
    const withoutModel = { ...pack, rules: pack.rules.filter((r) => !readsModel(r)) };
    const set = madeUpSet('Wexley', 42, 5);
    const checker = compile(pack, set.profile);
    const certain = compile(withoutModel, set.profile);
    let explained = 0;
    for (const draft of set.drafts) {
      const certainSpans = certain.check(draft.text, draft.context).flatMap((f) => f.spans);
      for (const finding of checker.check(draft.text, draft.context)) {
        const explaining = finding.spans.filter((s) => !certainSpans.some((c) => s.start < c.end && c.start < s.end));
        if (explaining.length > 0) explained++;
        // A conditional card ("say it is personal") is explained by each model finding it follows.
        const rule = pack.rules.find((r) => r.id === finding.rule)!;
        const explainers = rule.kind === 'conditional' ? rule.if.filter((id) => modelRules.has(id)).length : 1;
        expect(explaining.length).toBeLessThanOrEqual(MAX_EXPLAINING_SPANS * explainers);
        for (const { start, end } of finding.spans) {
          expect(0 <= start && start < end && end <= draft.text.length).toBe(true);
          const words = draft.text.slice(start, end);
          expect(/[\p{L}\p{N}]/u.test(draft.text[start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(words[0]!)).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(draft.text[end] ?? ' ') && /[\p{L}\p{N}]/u.test(words.at(-1)!)).toBe(false);
          expect(STOP_WORDS.has(words.toLowerCase().trim())).toBe(false);
        }
      }
    }
    expect(explained).toBeGreaterThan(20);
  });
});
