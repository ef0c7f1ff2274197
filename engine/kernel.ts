/**
 * The training loop's inner step on flat Float64Arrays: the same arithmetic as forward,
 * backward and sgdStep, without allocating per step, so that train() runs 1,000 iterations in
 * well under an animation frame. forward/backward/sgdStep stay the readable reference that the
 * pages show; tests check this kernel against them on random networks.
 */
import { ACTIVATIONS, type Activation } from './activations';
import type { Loss } from './loss';
import type { Layer, Network } from './network';

interface LayerPlan {
  readonly fanIn: number;
  readonly size: number;
  /** Offset of weights[0][0] in the parameter array; weights[j][i] is at weightAt + j × fanIn + i. */
  readonly weightAt: number;
  /** Offset of biases[0], or −1 for a layer without biases. */
  readonly biasAt: number;
  /** Offset of this layer's z and a in the unit arrays. */
  readonly unitAt: number;
  readonly act: Activation;
  readonly isRelu: boolean;
}

export interface Kernel {
  /** The parameters, in layer order: each layer's weights row by row, then its biases (paramRefs' order). */
  readonly params: Float64Array;
  /** dLoss/dparameter, mean over the examples of the last evaluate(). */
  readonly grads: Float64Array;
  /** Computes mean loss and gradients at the current parameters; returns the loss. */
  evaluate(inputs: readonly (readonly number[])[], targets: readonly (readonly number[])[]): number;
  /** params −= learningRate × grads. */
  update(learningRate: number): void;
  /** Hidden ReLU units whose weighted sum was ≤ 0 for every example of the last evaluate(). */
  deadUnits(): { layer: number; neuron: number }[];
  /** These parameters (by default the current ones) as a Network, sharing nothing with the kernel. */
  toNetwork(values?: Float64Array): Network;
}

export function compileKernel(net: Network, loss: Loss): Kernel {
  const plans: LayerPlan[] = [];
  let offset = 0;
  let unitAt = 0;
  let fanIn = net.inputSize;
  for (const layer of net.layers) {
    const size = layer.weights.length;
    const weightAt = offset;
    offset += size * fanIn;
    const biasAt = layer.biases ? offset : -1;
    if (layer.biases) offset += size;
    plans.push({ fanIn, size, weightAt, biasAt, unitAt, act: ACTIVATIONS[layer.activation], isRelu: layer.activation === 'relu' });
    unitAt += size;
    fanIn = size;
  }
  const params = new Float64Array(offset);
  net.layers.forEach((layer, k) => {
    const p = plans[k]!;
    layer.weights.forEach((row, j) => params.set(row, p.weightAt + j * p.fanIn));
    if (layer.biases) params.set(layer.biases, p.biasAt);
  });

  const grads = new Float64Array(offset);
  const z = new Float64Array(unitAt);
  const a = new Float64Array(unitAt);
  const delta = new Float64Array(unitAt);
  const everAlive = new Uint8Array(unitAt);
  const last = plans[plans.length - 1]!;

  /** Input value i of layer k: the example's input for the first layer, else the previous layer's a. */
  const inputOf = (k: number, x: readonly number[], i: number) => (k === 0 ? x[i]! : a[plans[k - 1]!.unitAt + i]!);

  function evaluate(inputs: readonly (readonly number[])[], targets: readonly (readonly number[])[]): number {
    grads.fill(0);
    everAlive.fill(0);
    const n = inputs.length;
    let lossSum = 0;
    for (let e = 0; e < n; e++) {
      const x = inputs[e]!;
      const y = targets[e]!;
      // Forward: z = W·input + b, a = act(z).
      for (let k = 0; k < plans.length; k++) {
        const p = plans[k]!;
        for (let j = 0; j < p.size; j++) {
          let sum = p.biasAt >= 0 ? params[p.biasAt + j]! : 0;
          const row = p.weightAt + j * p.fanIn;
          for (let i = 0; i < p.fanIn; i++) sum += params[row + i]! * inputOf(k, x, i);
          z[p.unitAt + j] = sum;
          a[p.unitAt + j] = p.act.f(sum);
          if (sum > 0) everAlive[p.unitAt + j] = 1;
        }
      }
      // Backward: delta = dLoss/dz, from the loss's slope at each output back through each layer.
      for (let j = 0; j < last.size; j++) {
        const u = last.unitAt + j;
        lossSum += loss.f(y[j]!, a[u]!);
        delta[u] = loss.df(y[j]!, a[u]!) * last.act.df(z[u]!);
      }
      for (let k = plans.length - 1; k >= 0; k--) {
        const p = plans[k]!;
        const below = k > 0 ? plans[k - 1]! : undefined;
        if (below) for (let i = 0; i < p.fanIn; i++) delta[below.unitAt + i] = 0;
        for (let j = 0; j < p.size; j++) {
          const d = delta[p.unitAt + j]! / n;
          const row = p.weightAt + j * p.fanIn;
          for (let i = 0; i < p.fanIn; i++) {
            grads[row + i]! += d * inputOf(k, x, i);
            if (below) delta[below.unitAt + i]! += delta[p.unitAt + j]! * params[row + i]!;
          }
          if (p.biasAt >= 0) grads[p.biasAt + j]! += d;
        }
        if (below) for (let i = 0; i < p.fanIn; i++) delta[below.unitAt + i]! *= below.act.df(z[below.unitAt + i]!);
      }
    }
    return lossSum / n;
  }

  return {
    params,
    grads,
    evaluate,
    update(learningRate) {
      for (let q = 0; q < params.length; q++) params[q]! -= learningRate * grads[q]!;
    },
    deadUnits() {
      return plans.flatMap((p, k) =>
        p.isRelu
          ? Array.from({ length: p.size }, (_, j) => j)
              .filter((j) => !everAlive[p.unitAt + j])
              .map((j) => ({ layer: k, neuron: j }))
          : [],
      );
    },
    toNetwork(values = params) {
      return {
        inputSize: net.inputSize,
        layers: plans.map((p, k): Layer => {
          const weights = Array.from({ length: p.size }, (_, j) =>
            Array.from(values.subarray(p.weightAt + j * p.fanIn, p.weightAt + (j + 1) * p.fanIn)),
          );
          const activation = net.layers[k]!.activation;
          return p.biasAt >= 0
            ? { weights, activation, biases: Array.from(values.subarray(p.biasAt, p.biasAt + p.size)) }
            : { weights, activation };
        }),
      };
    },
  };
}
