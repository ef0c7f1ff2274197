/**
 * Stochastic gradient descent: parameter_new = parameter − learning rate × gradient.
 * Returns a new network and each parameter's step, so a page can show the subtraction.
 */
import type { Gradients } from './backprop';
import { requireNetwork, type Layer, type Network } from './network';
import { EngineInputError, requireFinite, requireVector } from './validate';

/** The amount subtracted from each parameter: learning rate × gradient. */
export interface LayerSteps {
  readonly weights: readonly (readonly number[])[];
  /** Absent where the layer has no biases. */
  readonly biases?: readonly number[];
}

export interface SgdUpdate {
  readonly network: Network;
  readonly steps: readonly LayerSteps[];
}

export interface ParameterGradients {
  readonly layers: readonly { readonly dW: readonly (readonly number[])[]; readonly db: readonly number[] }[];
}

export function sgdStep(net: Network, grads: ParameterGradients | Gradients, learningRate: number): SgdUpdate {
  requireFinite('learningRate', learningRate);
  if (learningRate <= 0) throw new EngineInputError('learningRate', learningRate, 'must be greater than 0');
  requireNetwork(net);
  if (grads.layers.length !== net.layers.length) {
    throw new EngineInputError('gradients', grads, `must have one entry per layer (${net.layers.length})`);
  }
  net.layers.forEach((layer, k) => requireLayerGradients(`gradients.layers[${k}]`, grads.layers[k]!, layer));
  const steps: LayerSteps[] = [];
  const layers: Layer[] = net.layers.map((layer, k) => {
    const g = grads.layers[k]!;
    const weightSteps = g.dW.map((row) => row.map((d) => learningRate * d));
    const weights = layer.weights.map((row, j) => row.map((w, i) => w - weightSteps[j]![i]!));
    if (!layer.biases) {
      steps.push({ weights: weightSteps });
      return { activation: layer.activation, weights };
    }
    const biasSteps = g.db.map((d) => learningRate * d);
    steps.push({ weights: weightSteps, biases: biasSteps });
    return { activation: layer.activation, weights, biases: layer.biases.map((b, j) => b - biasSteps[j]!) };
  });
  return { network: { inputSize: net.inputSize, layers }, steps };
}

/** A gradient for every parameter of the layer, each finite: anything else would turn weights into NaN. */
function requireLayerGradients(field: string, g: ParameterGradients['layers'][number], layer: Layer): void {
  if (!Array.isArray(g.dW) || g.dW.length !== layer.weights.length) {
    throw new EngineInputError(`${field}.dW`, g.dW, `must have ${layer.weights.length} rows, one per neuron`);
  }
  g.dW.forEach((row, j) => requireVector(`${field}.dW[${j}]`, row, layer.weights[j]!.length));
  if (layer.biases) requireVector(`${field}.db`, g.db, layer.biases.length);
}
