import { bytesToBase64 } from '../signing/base64';
import type { NetworkData } from '../model/model-schema';
import { seededRandom } from './seeded-random';

/** One labelled draft as the network sees it: its vocabulary rows, and per head a target and whether it counts. */
export interface TrainingExample {
  rows: Int32Array;
  /** 1 where the draft has the head's category, else 0. */
  targets: Uint8Array;
  /** 1 where the head's verdict decides the draft's outcome (see `headTargets`), else 0: not learned from. */
  counts: Uint8Array;
}

export interface NetworkSettings {
  hidden: number;
  epochs: number;
  learningRate: number;
  weightDecay: number;
  /** Share of a draft's features hidden at each step, so no single word carries a decision. */
  dropout: number;
  seed: number;
}


const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/**
 * Trains one network (all heads together, so what one head learns about a draft helps the
 * others) with Adam over the draft's rows only, in an order and from weights drawn from `seed`:
 * the same examples and seed always give the same bytes. Returns the weights as the pack stores
 * them: input weights as signed bytes, the rest to six significant digits.
 */
export function trainNetwork(examples: readonly TrainingExample[], vocabulary: number, heads: number, settings: NetworkSettings): NetworkData {
  const { hidden: H, epochs, learningRate: lr, weightDecay: decay } = settings;
  const random = seededRandom(settings.seed);
  const input = new Float32Array(vocabulary * H).map(() => (random() - 0.5) * 0.1);
  const hiddenBias = new Float32Array(H);
  const output = new Float32Array(heads * H).map(() => (random() - 0.5) * 0.2);
  const outputBias = new Float32Array(heads);
  const moments = (n: number) => ({ m: new Float32Array(n), v: new Float32Array(n) });
  const state = { input: moments(input.length), hiddenBias: moments(H), output: moments(output.length), outputBias: moments(heads) };

  const order = examples.map((_, i) => i);
  const h = new Float64Array(H);
  const back = new Float64Array(H);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const { targets, counts } = examples[e]!;
      const rows = settings.dropout > 0 ? examples[e]!.rows.filter(() => random() >= settings.dropout) : examples[e]!.rows;
      step++;
      const c1 = 1 - BETA1 ** step;
      const c2 = 1 - BETA2 ** step;
      const adam = (w: Float32Array, s: { m: Float32Array; v: Float32Array }, at: number, gradient: number) => {
        const m = (s.m[at] = BETA1 * s.m[at]! + (1 - BETA1) * gradient);
        const v = (s.v[at] = BETA2 * s.v[at]! + (1 - BETA2) * gradient * gradient);
        w[at] = w[at]! - (lr * m) / c1 / (Math.sqrt(v / c2) + EPSILON);
      };
      for (let j = 0; j < H; j++) h[j] = hiddenBias[j]!;
      for (const r of rows) for (let j = 0, at = r * H; j < H; j++) h[j] = h[j]! + input[at + j]!;
      for (let j = 0; j < H; j++) h[j] = Math.tanh(h[j]!);
      back.fill(0);
      for (let k = 0; k < heads; k++) {
        if (!counts[k]) continue;
        let z = outputBias[k]!;
        for (let j = 0; j < H; j++) z += output[k * H + j]! * h[j]!;
        const g = 1 / (1 + Math.exp(-z)) - targets[k]!;
        for (let j = 0; j < H; j++) {
          back[j] = back[j]! + g * output[k * H + j]!;
          adam(output, state.output, k * H + j, g * h[j]! + decay * output[k * H + j]!);
        }
        adam(outputBias, state.outputBias, k, g);
      }
      for (let j = 0; j < H; j++) {
        back[j] = back[j]! * (1 - h[j]! * h[j]!);
        adam(hiddenBias, state.hiddenBias, j, back[j]!);
      }
      for (const r of rows) for (let j = 0, at = r * H; j < H; j++) adam(input, state.input, at + j, back[j]! + decay * input[at + j]!);
    }
  }
  return packed(H, input, hiddenBias, output, outputBias, heads);
}

/** Six significant digits: what JSON keeps of the small layers, read back as the checker reads it. */
const short = (x: number) => Number(x.toPrecision(6));

function packed(H: number, input: Float32Array, hiddenBias: Float32Array, output: Float32Array, outputBias: Float32Array, heads: number): NetworkData {
  let largest = 0;
  for (const w of input) largest = Math.max(largest, Math.abs(w));
  const inputScale = short(largest / 127 || 1);
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round(input[i]! / inputScale))) & 0xff;
  return {
    hidden: H,
    inputScale,
    input: bytesToBase64(bytes),
    hiddenBias: Array.from(hiddenBias, short),
    output: Array.from({ length: heads }, (_, k) => Array.from(output.subarray(k * H, (k + 1) * H), short)),
    outputBias: Array.from(outputBias, short),
  };
}
