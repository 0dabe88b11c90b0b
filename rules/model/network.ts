/**
 * A small network over the draft's features, fastText-style: each feature the draft has adds its
 * row of input weights to a hidden layer; tanh; one output per head. Several such networks,
 * trained from different starting points, vote by averaging their outputs' log-odds.
 */
export interface Network {
  hidden: number;
  /** Row-major: one row of `hidden` weights per vocabulary entry. */
  input: Float32Array;
  hiddenBias: Float32Array;
  /** Row-major: one row of `hidden` weights per head. */
  output: Float32Array;
  outputBias: Float32Array;
}

/** Each network's hidden layer for a draft with these vocabulary rows. */
export function hiddenLayers(networks: readonly Network[], rows: readonly number[]): Float64Array[] {
  return networks.map((net) => activations(net, rows));
}

/** Log-odds of each head, averaged over the networks, from their hidden layers. */
export function headLogits(networks: readonly Network[], hidden: readonly Float64Array[], heads: number): Float64Array {
  const logits = new Float64Array(heads);
  networks.forEach((net, n) => {
    const h = hidden[n]!;
    for (let k = 0; k < heads; k++) {
      let z = net.outputBias[k]!;
      for (let j = 0; j < net.hidden; j++) z += net.output[k * net.hidden + j]! * h[j]!;
      logits[k] = logits[k]! + z / networks.length;
    }
  });
  return logits;
}

function activations(net: Network, rows: readonly number[]): Float64Array {
  const { hidden, input } = net;
  const z = Float64Array.from(net.hiddenBias);
  for (const row of rows) {
    const at = row * hidden;
    for (let j = 0; j < hidden; j++) z[j] = z[j]! + input[at + j]!;
  }
  for (let j = 0; j < hidden; j++) z[j] = Math.tanh(z[j]!);
  return z;
}

/**
 * How much each of the draft's features pushed one head up: the gradient of its log-odds times
 * the feature (each is 0 or 1), summed over the networks. Used to say which words drove a finding.
 */
export function featureContributions(networks: readonly Network[], hiddenLayers: readonly Float64Array[], rows: readonly number[], head: number): Float64Array {
  const out = new Float64Array(rows.length);
  networks.forEach((net, n) => {
    const h = hiddenLayers[n]!;
    const { hidden } = net;
    const slope = new Float64Array(hidden);
    for (let j = 0; j < hidden; j++) slope[j] = net.output[head * hidden + j]! * (1 - h[j]! * h[j]!);
    for (let i = 0; i < rows.length; i++) {
      const at = rows[i]! * hidden;
      let c = 0;
      for (let j = 0; j < hidden; j++) c += slope[j]! * net.input[at + j]!;
      out[i] = out[i]! + c / networks.length;
    }
  });
  return out;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
