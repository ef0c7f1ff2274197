/**
 * The names the source document gives the worked example's parameters (w₁₁ … w₃₂, b₁ … b₃) and
 * where each sits in the engine's 2-2-1 network. The one table of them: the scenario's network
 * builder, the explorer's fields and shared links, gradient look-ups, diagram labels and the
 * chapter's quantities all read it.
 *
 * The document numbers neurons on from one layer to the next (hidden 1 and 2, output 3), and
 * wⱼᵢ is neuron j's weight on its input i; `neuronName` states that rule for any network, so the
 * computational graph names the nodes of other networks the same way.
 */
import type { Network, ParamRef } from './network';

export type WeightName = 'w11' | 'w12' | 'w21' | 'w22' | 'w31' | 'w32';
export type BiasName = 'b1' | 'b2' | 'b3';
export type ParamName = WeightName | BiasName;

export interface NamedParam {
  readonly name: ParamName;
  /** As prose and figures write it: w₁₁. */
  readonly label: string;
  /** As equations write it: w_{11}. */
  readonly symbol: string;
  /** What it weighs, in words. */
  readonly meaning: string;
  readonly ref: ParamRef;
}

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
/** 12 → ₁₂: the digits of a name as subscripts. */
export const subscript = (digits: string) => digits.replace(/\d/g, (d) => SUBSCRIPT[Number(d)]!);

/** One entry, its label and symbol spelled from its name: w31 is w₃₁ and w_{31}. */
function entry(name: ParamName, meaning: string, ref: ParamRef): NamedParam {
  const digits = name.slice(1);
  return { name, label: `${name[0]}${subscript(digits)}`, symbol: `${name[0]}_{${digits}}`, meaning, ref };
}
const weight = (layer: number, neuron: number, input: number): ParamRef => ({ layer, kind: 'weight', neuron, input });
const bias = (layer: number, neuron: number): ParamRef => ({ layer, kind: 'bias', neuron });

/** The table, in the document's order: hidden weights, output weights, then the biases it sets to 0. */
export const HOUSE_PARAMETERS: Readonly<Record<ParamName, NamedParam>> = {
  w11: entry('w11', 'hidden neuron 1, weight on size', weight(0, 0, 0)),
  w12: entry('w12', 'hidden neuron 1, weight on bedrooms', weight(0, 0, 1)),
  w21: entry('w21', 'hidden neuron 2, weight on size', weight(0, 1, 0)),
  w22: entry('w22', 'hidden neuron 2, weight on bedrooms', weight(0, 1, 1)),
  w31: entry('w31', 'output weight on a₁', weight(1, 0, 0)),
  w32: entry('w32', 'output weight on a₂', weight(1, 0, 1)),
  b1: entry('b1', 'hidden neuron 1, bias', bias(0, 0)),
  b2: entry('b2', 'hidden neuron 2, bias', bias(0, 1)),
  b3: entry('b3', 'output bias', bias(1, 0)),
};

export const PARAM_NAMES = Object.keys(HOUSE_PARAMETERS) as ParamName[];
export const WEIGHT_NAMES = PARAM_NAMES.filter((n) => HOUSE_PARAMETERS[n].ref.kind === 'weight') as WeightName[];
export const BIAS_NAMES = PARAM_NAMES.filter((n) => HOUSE_PARAMETERS[n].ref.kind === 'bias') as BiasName[];

/**
 * The shape the table describes, as [neurons, inputs] per layer: the 2-2-1 network is built
 * from it, so adding a row here is all a new parameter needs.
 */
function shapeOf(params: readonly NamedParam[]): { neurons: number; inputs: number }[] {
  const shape: { neurons: number; inputs: number }[] = [];
  for (const { ref } of params) {
    const layer = (shape[ref.layer] ??= { neurons: 0, inputs: 0 });
    layer.neurons = Math.max(layer.neurons, ref.neuron + 1);
    if (ref.kind === 'weight') layer.inputs = Math.max(layer.inputs, ref.input + 1);
  }
  return shape;
}

/** Weight rows and, when `withBiases`, bias vectors per layer, each value placed where its name says. */
export function placeParameters(
  value: (name: ParamName) => number,
  withBiases: boolean,
): { weights: number[][]; biases: number[] | undefined }[] {
  const params = Object.values(HOUSE_PARAMETERS);
  const layers = shapeOf(params).map(({ neurons, inputs }) => ({
    weights: Array.from({ length: neurons }, () => new Array<number>(inputs).fill(0)),
    biases: withBiases ? new Array<number>(neurons).fill(0) : undefined,
  }));
  for (const { name, ref } of params) {
    const layer = layers[ref.layer]!;
    if (ref.kind === 'weight') layer.weights[ref.neuron]![ref.input] = value(name);
    else if (layer.biases) layer.biases[ref.neuron] = value(name);
  }
  return layers;
}

/**
 * Neuron j of layer k as the document numbers it: counted on across layers from 1 (the 2-2-1's
 * output neuron is 3). Two-digit numbers are set apart with a comma in weight names (w₁₂,₃).
 */
export function neuronNumber(net: Network, layer: number, neuron: number): number {
  let before = 0;
  for (let k = 0; k < layer; k++) before += net.layers[k]!.weights.length;
  return before + neuron + 1;
}

/**
 * The document's name for any parameter of any network: w₃₁ for the 2-2-1's layers[1].weights[0][0];
 * its id spells the digits plainly, with a dot where the label has a comma (w12.1).
 */
export function parameterLabel(net: Network, ref: ParamRef): { id: string; label: string; symbol: string } {
  const n = neuronNumber(net, ref.layer, ref.neuron);
  if (ref.kind === 'bias') return { id: `b${n}`, label: `b${subscript(String(n))}`, symbol: `b_{${n}}` };
  const i = ref.input + 1;
  const sep = n > 9 || i > 9 ? ',' : '';
  return { id: `w${n}${sep && '.'}${i}`, label: `w${subscript(`${n}${sep}${i}`)}`, symbol: `w_{${n}${sep}${i}}` };
}
