/**
 * One forward and backward pass of the explorer's set-up through the engine, with every number
 * that must stay finite: a set-up whose values overflow is refused rather than shown as ∞.
 */
import { backward, type Gradients } from '../../../engine/backprop';
import { forward, type ForwardTrace } from '../../../engine/forward';
import type { Network } from '../../../engine/network';
import { exampleOf, networkOf, type Setup } from './setup';

export interface Evaluation {
  readonly net: Network;
  readonly trace: ForwardTrace;
  readonly grads: Gradients;
}

export function evaluate(setup: Setup): { result: Evaluation; check: number[] } {
  const net = networkOf(setup);
  const { input, target } = exampleOf(setup);
  const trace = forward(net, input);
  const grads = backward(net, trace, target, 'squared');
  const check = [
    ...trace.layers.flatMap((l) => [...l.z, ...l.a]),
    grads.loss,
    ...grads.layers.flatMap((g) => [...g.da, ...g.dz, ...g.dW.flat()]),
  ];
  return { result: { net, trace, grads }, check };
}
