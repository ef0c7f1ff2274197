/**
 * Stochastic gradient descent: parameter_new = parameter − learning rate × gradient.
 * Returns a new network and each parameter's step, so a page can show the subtraction.
 */
import type { Gradients } from './backprop';
import type { Layer, Network } from './network';
import { EngineInputError, requireFinite } from './validate';

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
  if (grads.layers.length !== net.layers.length) {
    throw new EngineInputError('gradients', grads, `must have one entry per layer (${net.layers.length})`);
  }
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
