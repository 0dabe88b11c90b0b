import { base64ToBytes } from '../signing/base64';
import type { NetworkData, TextModel } from './model-schema';
import type { Network } from './network';

export interface DecodedModel {
  /** Feature hash → row of the input weights. */
  rows: Map<number, number>;
  networks: Network[];
}

// Packs are immutable once validated; one decode serves every profile compiled with the pack.
const decoded = new WeakMap<TextModel, DecodedModel>();

/** Turns the pack's base64 weights into arrays, once per model. The schema has checked the sizes. */
export function decodeModel(model: TextModel): DecodedModel {
  const known = decoded.get(model);
  if (known) return known;
  const bytes = base64ToBytes(model.vocabulary)!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows = new Map<number, number>();
  for (let i = 0; i < bytes.length / 4; i++) rows.set(view.getUint32(i * 4, true), i);
  const result = { rows, networks: model.networks.map(decodeNetwork) };
  decoded.set(model, result);
  return result;
}

/** One network's weights as the checker uses them; training scores its own networks through this too. */
export function decodeNetwork(net: NetworkData): Network {
  const raw = base64ToBytes(net.input)!;
  const input = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) input[i] = ((raw[i]! << 24) >> 24) * net.inputScale;
  return {
    hidden: net.hidden,
    input,
    hiddenBias: Float32Array.from(net.hiddenBias),
    output: Float32Array.from(net.output.flat()),
    outputBias: Float32Array.from(net.outputBias),
  };
}
