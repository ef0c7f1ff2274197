/**
 * One forward and backward pass of the explorer's set-up through the engine, with every number
 * that must stay finite: a set-up whose values overflow is refused rather than shown as ∞.
 */
import { backward, type Gradients } from '../../../engine/backprop';
import { forward, type ForwardTrace } from '../../../engine/forward';
import type { Network } from '../../../engine/network';
import { sgdStep } from '../../../engine/sgd';
import type { Shown } from '../shared/guard';
import { exampleOf, networkOf, type Setup } from './setup';

export interface Evaluation {
  readonly net: Network;
  readonly trace: ForwardTrace;
  readonly grads: Gradients;
}

export function evaluate(setup: Setup): { result: Evaluation; check: Shown } {
  const net = networkOf(setup);
  const { input, target } = exampleOf(setup);
  const trace = forward(net, input);
  const grads = backward(net, trace, target, 'squared');
  // The parameter table shows the next update too: a learning rate of 1e302 makes it −∞.
  const next = sgdStep(net, grads, setup.values.lr).network;
  const check = {
    'a weighted sum': trace.layers.flatMap((l) => [...l.z, ...l.a]),
    'the loss': [grads.loss],
    'a gradient': grads.layers.flatMap((g) => [...g.da, ...g.dz, ...g.dW.flat()]),
    'the update': next.layers.flatMap((l) => [...l.weights.flat(), ...(l.biases ?? [])]),
  };
  return { result: { net, trace, grads }, check };
}
