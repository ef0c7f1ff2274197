/**
 * Backpropagation: the chain rule applied to a forward trace, from the loss back to every
 * parameter. The gradients mirror the trace, one per quantity, so a page can show each of them.
 */
import { ACTIVATIONS } from './activations';
import type { ForwardTrace } from './forward';
import { lossByName, type Loss, type LossName } from './loss';
import { requireNetwork, type Network, type ParamRef } from './network';
import { EngineInputError, requireVector } from './validate';

/** One layer's gradients, named after the quantity they differentiate the loss by. */
export interface LayerGrads {
  /** dLoss/da for this layer's activations. */
  readonly da: readonly number[];
  /** dLoss/dz = dLoss/da × act'(z). */
  readonly dz: readonly number[];
  /** dLoss/dW[j][i] = dLoss/dz[j] × input[i]. */
  readonly dW: readonly (readonly number[])[];
  /** dLoss/db[j] = dLoss/dz[j]; a layer without biases has none to apply it to. */
  readonly db: readonly number[];
  /** dLoss/dinput[i] = Σⱼ dLoss/dz[j] × W[j][i], summed because input i feeds every neuron. */
  readonly dInput: readonly number[];
}

export interface Gradients {
  /** The loss of this example: Σ over outputs of loss(target, output). */
  readonly loss: number;
  /** dLoss/dprediction for each output. */
  readonly dOutput: readonly number[];
  readonly layers: readonly LayerGrads[];
}

export function backward(net: Network, trace: ForwardTrace, target: readonly number[], lossFn: Loss | LossName = 'squared'): Gradients {
  const loss = typeof lossFn === 'string' ? lossByName(lossFn) : lossFn;
  requireNetwork(net);
  requireVector('target', target, trace.output.length);
  const fromThisNetwork =
    trace.layers.length === net.layers.length &&
    net.layers.every(
      (layer, k) => trace.layers[k]!.z.length === layer.weights.length && trace.layers[k]!.input.length === layer.weights[0]!.length,
    );
  if (!fromThisNetwork) {
    throw new EngineInputError(
      'trace',
      trace,
      `must come from this network (${net.layers.length} layers of ${net.layers.map((l) => l.weights.length).join(', ')} neurons)`,
    );
  }

  // The loss and its slope with respect to each prediction start the chain.
  let value = 0;
  const dOutput = trace.output.map((p, k) => {
    value += loss.f(target[k]!, p);
    return loss.df(target[k]!, p);
  });

  // Walk the layers in reverse: each layer turns dLoss/da into dLoss/dz, the parameter gradients,
  // and dLoss/dinput, which is the previous layer's dLoss/da.
  const layers: LayerGrads[] = new Array(net.layers.length);
  let da: readonly number[] = dOutput;
  for (let k = net.layers.length - 1; k >= 0; k--) {
    const layer = net.layers[k]!;
    const { input, z } = trace.layers[k]!;
    const act = ACTIVATIONS[layer.activation];
    const dz = z.map((zj, j) => da[j]! * act.df(zj));
    const dW = dz.map((g) => input.map((x) => g * x));
    const dInput = input.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < dz.length; j++) sum += dz[j]! * layer.weights[j]![i]!;
      return sum;
    });
    layers[k] = { da, dz, dW, db: dz, dInput };
    da = dInput;
  }
  return { loss: value, dOutput, layers };
}

/** The gradient of the parameter a ref names: dW[neuron][input] or db[neuron] of its layer. */
export function paramGradient(grads: { readonly layers: readonly Pick<LayerGrads, 'dW' | 'db'>[] }, ref: ParamRef): number {
  const layer = grads.layers[ref.layer]!;
  return ref.kind === 'weight' ? layer.dW[ref.neuron]![ref.input]! : layer.db[ref.neuron]!;
}
