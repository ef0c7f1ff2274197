/**
 * A dense feed-forward network as plain immutable data, and the addressing of its parameters.
 * Layer k's weights[j][i] connects input i of the layer to its neuron j; the worked example's
 * w₁₂ is layers[0].weights[0][1], and w₃₂ is layers[1].weights[0][1].
 */
import { ACTIVATIONS, activationByName, type ActivationName } from './activations';
import { EngineInputError, requireCount, requireFinite } from './validate';

export interface Layer {
  readonly weights: readonly (readonly number[])[];
  /** Absent: the layer has no bias terms, which is what the document means by "biases set to 0". */
  readonly biases?: readonly number[];
  readonly activation: ActivationName;
}

export interface Network {
  readonly inputSize: number;
  readonly layers: readonly Layer[];
}

export interface LayerSpec {
  weights: readonly (readonly number[])[];
  /** Omit for a layer without biases (they are then neither added nor trained). */
  biases?: readonly number[];
  activation: ActivationName;
}

/** Validates a specification and returns a network that shares no arrays with it. */
export function createNetwork(inputSize: number, layers: readonly LayerSpec[]): Network {
  requireCount('inputSize', inputSize);
  if (!Array.isArray(layers) || layers.length === 0) {
    throw new EngineInputError('layers', layers, 'must be a non-empty array of layers');
  }
  let fanIn = inputSize;
  const built = layers.map((spec, k) => {
    const field = `layers[${k}]`;
    activationByName(spec.activation, `${field}.activation`);
    if (!Array.isArray(spec.weights) || spec.weights.length === 0) {
      throw new EngineInputError(`${field}.weights`, spec.weights, 'must have one row per neuron');
    }
    const weights = spec.weights.map((row: readonly number[], j: number) => {
      if (!Array.isArray(row) || row.length !== fanIn) {
        throw new EngineInputError(`${field}.weights[${j}]`, row, `must have ${fanIn} weights, one per input`);
      }
      return row.map((w, i) => requireFinite(`${field}.weights[${j}][${i}]`, w));
    });
    fanIn = weights.length;
    const layer: Layer = { weights, activation: spec.activation };
    if (spec.biases === undefined) return layer;
    if (!Array.isArray(spec.biases) || spec.biases.length !== weights.length) {
      throw new EngineInputError(`${field}.biases`, spec.biases, `must have ${weights.length} entries, one per neuron`);
    }
    return { ...layer, biases: spec.biases.map((b: number, j: number) => requireFinite(`${field}.biases[${j}]`, b)) };
  });
  return { inputSize, layers: built };
}

/**
 * Checks a network that did not come from createNetwork (plain data from a caller) the way
 * createNetwork checks a specification, so a bad one fails with the field named, not as NaN.
 */
export function requireNetwork(net: Network): Network {
  if (typeof net !== 'object' || net === null) throw new EngineInputError('network', net, 'must be a network');
  // forward, backward and sgdStep call this on every step: a quick allocation-free pass decides,
  // and only a network that fails it goes through createNetwork to name the offending field.
  if (!isWellFormed(net)) createNetwork(net.inputSize, net.layers);
  return net;
}

function isWellFormed(net: Network): boolean {
  if (!Number.isInteger(net.inputSize) || net.inputSize < 1 || !Array.isArray(net.layers) || net.layers.length === 0) return false;
  let fanIn = net.inputSize;
  for (const layer of net.layers) {
    if (!Object.hasOwn(ACTIVATIONS, layer.activation) || !Array.isArray(layer.weights) || layer.weights.length === 0) return false;
    for (const row of layer.weights) {
      if (!Array.isArray(row) || row.length !== fanIn) return false;
      for (const w of row) if (typeof w !== 'number' || !Number.isFinite(w)) return false;
    }
    if (layer.biases !== undefined) {
      if (!Array.isArray(layer.biases) || layer.biases.length !== layer.weights.length) return false;
      for (const b of layer.biases) if (typeof b !== 'number' || !Number.isFinite(b)) return false;
    }
    fanIn = layer.weights.length;
  }
  return true;
}

export function outputSize(net: Network): number {
  return net.layers[net.layers.length - 1]!.weights.length;
}

/** Where one parameter sits: a weight (neuron j, input i) or a bias (neuron j) of layer k. */
export type ParamRef =
  | { readonly layer: number; readonly kind: 'weight'; readonly neuron: number; readonly input: number }
  | { readonly layer: number; readonly kind: 'bias'; readonly neuron: number };

export function paramRefs(net: Network): ParamRef[] {
  return net.layers.flatMap((layer, k) => [
    ...layer.weights.flatMap((row, j) => row.map((_, i): ParamRef => ({ layer: k, kind: 'weight', neuron: j, input: i }))),
    ...(layer.biases ?? []).map((_, j): ParamRef => ({ layer: k, kind: 'bias', neuron: j })),
  ]);
}

export function paramLabel(ref: ParamRef): string {
  return ref.kind === 'weight'
    ? `layer ${ref.layer + 1} w[${ref.neuron + 1}][${ref.input + 1}]`
    : `layer ${ref.layer + 1} b[${ref.neuron + 1}]`;
}

export function getParam(net: Network, ref: ParamRef): number {
  const layer = net.layers[ref.layer];
  const value = ref.kind === 'weight' ? layer?.weights[ref.neuron]?.[ref.input] : layer?.biases?.[ref.neuron];
  if (value === undefined)
    throw new EngineInputError('ref', ref, `must name a parameter of this network (${paramLabel(ref)} does not exist)`);
  return value;
}

/** A copy of the network with one parameter replaced; the original is untouched. */
export function withParam(net: Network, ref: ParamRef, value: number): Network {
  getParam(net, ref);
  requireFinite('value', value);
  return {
    inputSize: net.inputSize,
    layers: net.layers.map((layer, k) => {
      if (k !== ref.layer) return layer;
      if (ref.kind === 'bias') {
        return { ...layer, biases: layer.biases!.map((b, j) => (j === ref.neuron ? value : b)) };
      }
      return {
        ...layer,
        weights: layer.weights.map((row, j) => (j === ref.neuron ? row.map((w, i) => (i === ref.input ? value : w)) : row)),
      };
    }),
  };
}
