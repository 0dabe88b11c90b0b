import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compile, type Checker } from '../../rules/engine/compile';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { draftContextSchema, type DraftContext } from '../../rules/schema/context';
import { orgProfileSchema, type OrgProfile } from '../../rules/schema/profile';
import { makeDrafts } from './make-draft';
import { ruleCosts } from './rule-costs';
import { makeWords, packWithTerms, type ScalingShape } from './scaling-packs';
import { seededRandom, type Random } from '../../rules/training/seeded-random';
import { median, quantile } from './stats';

export interface EngineBenchOptions {
  quick: boolean;
  log(line: string): void;
}

export interface Timing {
  medianMs: number;
  p99Ms: number;
  /** Median process CPU time per check: what wall time would be on an idle machine. */
  cpuMedianMs: number;
  cpuP99Ms: number;
}

export interface ScalingFigures {
  ratio100to10: number;
  ratio1000to10: number;
  ratio10000to10: number;
  medianMs: Record<string, number>;
  /** The same ratios from CPU time, which a busy machine distorts less for the slower checks. */
  cpu: { ratio100to10: number; ratio1000to10: number; ratio10000to10: number; medianMs: Record<string, number> };
  compileMs: Record<string, number>;
}

export interface EngineResults {
  check280: Timing;
  check63k: Timing;
  floorRatio: number;
  floorRegexMedianMs: number;
  /** Median time of each rule's own step on 63,206-character drafts, to find what to speed up. */
  ruleCost63kMs: Record<string, number>;
  scaling: ScalingFigures & { separateRules: ScalingFigures };
  /** Median time to compile the default pack for one organisation: each pack or profile change. */
  compileMs: number;
  /** The default pack's JSON, and its model's part of it, in kB. */
  packKB: number;
  modelKB: number;
  /** Heap the engine keeps once the default pack is compiled and has checked drafts (after a collection). */
  heapMB: number;
}

/** X's limit and Facebook's: the shortest and longest drafts a writer can post. */
export const SHORT_DRAFT = 280;
export const LONG_DRAFT = 63_206;
const SCALING_SIZES = [10, 100, 1000, 10_000] as const;

const CONTEXTS: DraftContext[] = [
  { site: 'x', account: 'personal', audience: 'public' },
  { site: 'facebook', account: 'personal', audience: 'friends' },
  { site: 'x', account: 'personal', audience: 'public', reply: true },
  { site: 'facebook', account: 'personal', audience: 'public', media: true },
].map((c) => draftContextSchema.parse(c));

/**
 * A single pass of one precompiled regular expression over each draft: the least any text check
 * can cost, so `floorRatio` says how many such passes one full check is worth.
 */
const FLOOR_REGEX = /\b(?:council|resident|tenant)\b/giu;

function regexPass(text: string): number {
  let count = 0;
  FLOOR_REGEX.lastIndex = 0;
  while (FLOOR_REGEX.exec(text) !== null) count += 1;
  return count;
}

export function loadSampleProfile(): OrgProfile {
  const path = new URL('../../rules/profiles/sample-org.json', import.meta.url);
  return orgProfileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

// Results go here so the optimiser can never drop a check whose output is unused.
let sink = 0;

interface Samples {
  wall: number[];
  cpu: number[];
}

/** Times every call, in wall and CPU time: `rounds` passes over the drafts, after `warmup` untimed passes. */
function timeChecks(checker: Checker, drafts: readonly string[], rounds: number, warmup: number): Samples {
  const run = (i: number) => checker.check(drafts[i]!, CONTEXTS[i % CONTEXTS.length]!).length;
  for (let r = 0; r < warmup; r++) for (let i = 0; i < drafts.length; i++) sink += run(i);
  const samples: Samples = { wall: [], cpu: [] };
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < drafts.length; i++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      sink += run(i);
      samples.wall.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      samples.cpu.push((used.user + used.system) / 1000);
    }
  }
  return samples;
}

/** A regex pass is too quick to time alone: each sample is a pass over every draft, divided. */
function timeRegexFloor(drafts: readonly string[], rounds: number): number {
  for (let r = 0; r < 20; r++) for (const d of drafts) sink += regexPass(d);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const d of drafts) sink += regexPass(d);
    samples.push((performance.now() - start) / drafts.length);
  }
  return median(samples);
}

function timing(samples: Samples): Timing {
  return { medianMs: median(samples.wall), p99Ms: quantile(samples.wall, 0.99), cpuMedianMs: median(samples.cpu), cpuP99Ms: quantile(samples.cpu, 0.99) };
}

function scaling(shape: ScalingShape, profile: OrgProfile, drafts: string[], rounds: number, random: Random, log: (l: string) => void): ScalingFigures {
  const words = makeWords(Math.max(...SCALING_SIZES), random);
  const medianMs: Record<string, number> = {};
  const cpuMs: Record<string, number> = {};
  const compileMs: Record<string, number> = {};
  for (const size of SCALING_SIZES) {
    const pack = packWithTerms(DEFAULT_PACK, words.slice(0, size), shape);
    const start = performance.now();
    const checker = compile(pack, profile);
    compileMs[size] = performance.now() - start;
    const samples = timeChecks(checker, drafts, rounds, 2);
    medianMs[size] = median(samples.wall);
    cpuMs[size] = median(samples.cpu);
    log(`  scaling (${shape}) ${size} terms: check ${medianMs[size]!.toFixed(3)} ms median (CPU ${cpuMs[size]!.toFixed(3)} ms), compile ${compileMs[size]!.toFixed(0)} ms`);
  }
  const ratios = (ms: Record<string, number>) => ({
    ratio100to10: ms[100]! / ms[10]!,
    ratio1000to10: ms[1000]! / ms[10]!,
    ratio10000to10: ms[10_000]! / ms[10]!,
  });
  return { ...ratios(medianMs), medianMs, cpu: { ...ratios(cpuMs), medianMs: cpuMs }, compileMs };
}

/** Heap in use after a full collection, when the bench runs with --expose-gc. */
function settledHeapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

export function runEngineBench({ quick, log }: EngineBenchOptions): EngineResults {
  const profile = loadSampleProfile();
  const heapBefore = settledHeapMB();
  const compileSamples: number[] = [];
  let checker: Checker = compile(DEFAULT_PACK, profile);
  for (let i = 0; i < (quick ? 3 : 20); i++) {
    // A fresh copy each time: the model's weights are decoded once per pack object.
    const pack = structuredClone(DEFAULT_PACK);
    const start = performance.now();
    checker = compile(pack, profile);
    compileSamples.push(performance.now() - start);
  }
  const compileMs = median(compileSamples);
  const packKB = JSON.stringify(DEFAULT_PACK).length / 1024;
  const modelKB = JSON.stringify(DEFAULT_PACK.model ?? {}).length / 1024;
  log(`  compile the default pack: ${compileMs.toFixed(1)} ms median; pack ${packKB.toFixed(0)} kB, model ${modelKB.toFixed(0)} kB`);
  const random = seededRandom(20_260_124);
  const short = makeDrafts(quick ? 20 : 200, SHORT_DRAFT, random);
  const long = makeDrafts(quick ? 2 : 10, LONG_DRAFT, random);

  const shortSamples = timeChecks(checker, short, quick ? 3 : 30, quick ? 2 : 10);
  const check280 = timing(shortSamples);
  log(`  check 280 chars: ${check280.medianMs.toFixed(3)} ms median over ${shortSamples.wall.length} checks`);
  const longSamples = timeChecks(checker, long, quick ? 2 : 12, quick ? 1 : 3);
  const check63k = timing(longSamples);
  log(`  check 63,206 chars: ${check63k.medianMs.toFixed(2)} ms median (CPU ${check63k.cpuMedianMs.toFixed(2)} ms) over ${longSamples.wall.length} checks`);
  const ruleCost63kMs = ruleCosts(DEFAULT_PACK, profile, long, CONTEXTS[0]!, quick ? 1 : 5);
  const costly = Object.entries(ruleCost63kMs).sort((a, b) => b[1] - a[1]).slice(0, 6);
  log(`  costliest on 63,206 chars: ${costly.map(([id, ms]) => `${id} ${ms.toFixed(2)} ms`).join(', ')}`);
  const floorRegexMedianMs = timeRegexFloor(short, quick ? 20 : 500);
  const heapMB = settledHeapMB() - heapBefore;
  // The checker stays in use until the heap is read, so the collection cannot take it.
  sink += checker.check('', CONTEXTS[0]!).length;
  log(`  engine heap: ${heapMB.toFixed(1)} MB`);

  const scalingDrafts = short.slice(0, quick ? 10 : 100);
  const rounds = quick ? 2 : 10;
  const oneList = scaling('one-list', profile, scalingDrafts, rounds, random, log);
  const separateRules = scaling('separate-rules', profile, scalingDrafts, quick ? 1 : 3, random, log);
  if (sink < 0) log('');
  return {
    check280,
    check63k,
    floorRatio: check280.medianMs / floorRegexMedianMs,
    floorRegexMedianMs,
    ruleCost63kMs,
    scaling: { ...oneList, separateRules },
    compileMs,
    packKB,
    modelKB,
    heapMB,
  };
}
