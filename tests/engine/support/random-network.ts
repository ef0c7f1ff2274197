// fast-check arbitraries for small random networks and one example each: 1–3 inputs, 1–2 hidden
// layers of 1–4 units, 1–2 outputs, with or without biases. The hidden layers use the
// activation under test; the output layer uses it too, or identity as a regression net would.
import fc from 'fast-check';
import { createNetwork, type ActivationName, type LayerSpec, type Network } from '../../../engine';

export interface Case {
  readonly specs: readonly LayerSpec[];
  readonly net: Network;
  readonly input: readonly number[];
  readonly target: readonly number[];
}

// Small values keep sigmoid and tanh away from saturation, where every slope is ~0 and a
// comparison would say nothing.
const value = fc.double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true });
const vector = (n: number) => fc.array(value, { minLength: n, maxLength: n });

export function randomCase(activation: ActivationName): fc.Arbitrary<Case> {
  return fc
    .record({
      inputs: fc.integer({ min: 1, max: 3 }),
      hidden: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }),
      outputs: fc.integer({ min: 1, max: 2 }),
      outputActivation: fc.constantFrom<ActivationName>(activation, 'identity'),
      withBiases: fc.boolean(),
    })
    .chain(({ inputs, hidden, outputs, outputActivation, withBiases }) => {
      const sizes = [...hidden, outputs];
      const fanIns = [inputs, ...sizes.slice(0, -1)];
      const layers = sizes.map((size, k) =>
        fc
          .record({ weights: fc.array(vector(fanIns[k]!), { minLength: size, maxLength: size }), biases: vector(size) })
          .map(({ weights, biases }): LayerSpec => ({
            weights,
            activation: k === sizes.length - 1 ? outputActivation : activation,
            ...(withBiases && { biases }),
          })),
      );
      return fc.record({ specs: fc.tuple(...layers), input: vector(inputs), target: vector(outputs) });
    })
    .map(({ specs, input, target }) => ({ specs, net: createNetwork(input.length, specs), input, target }));
}
