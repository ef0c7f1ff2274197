/**
 * The forward pass. It changes nothing and returns a trace of every intermediate value,
 * which backprop walks in reverse and the pages display.
 */
import { ACTIVATIONS } from './activations';
import { requireNetwork, type Network } from './network';
import { requireVector } from './validate';

/** One layer's values: z = W·input + b, a = act(z). */
export interface LayerTrace {
  readonly input: readonly number[];
  readonly z: readonly number[];
  readonly a: readonly number[];
}

export interface ForwardTrace {
  readonly layers: readonly LayerTrace[];
  /** The last layer's activations: the prediction. */
  readonly output: readonly number[];
}

export function forward(net: Network, input: readonly number[]): ForwardTrace {
  requireNetwork(net);
  requireVector('input', input, net.inputSize);
  const layers: LayerTrace[] = [];
  let current: readonly number[] = input;
  for (const layer of net.layers) {
    const act = ACTIVATIONS[layer.activation];
    const z = layer.weights.map((row, j) => {
      let sum = layer.biases ? layer.biases[j]! : 0;
      for (let i = 0; i < row.length; i++) sum += row[i]! * current[i]!;
      return sum;
    });
    const a = z.map(act.f);
    layers.push({ input: current, z, a });
    current = a;
  }
  return { layers, output: current };
}
