// The flat training kernel must compute what the readable reference computes: the loss,
// every gradient and the update of forward + backward + sgdStep, on random networks.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ACTIVATION_NAMES } from '../../engine/activations';
import { backward } from '../../engine/backprop';
import { forward } from '../../engine/forward';
import { compileKernel } from '../../engine/kernel';
import { LOSSES } from '../../engine/loss';
import { createNetwork, getParam, paramRefs, type LayerSpec } from '../../engine/network';
import { sgdStep } from '../../engine/sgd';

const value = fc.double({ min: -3, max: 3, noNaN: true });

const network = fc
  .record({
    inputs: fc.integer({ min: 1, max: 3 }),
    sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    activation: fc.constantFrom(...ACTIVATION_NAMES),
    withBiases: fc.boolean(),
  })
  .chain(({ inputs, sizes, activation, withBiases }) => {
    const fanIns = [inputs, ...sizes.slice(0, -1)];
    const layers = sizes.map((size, k) =>
      fc
        .record({
          weights: fc.array(fc.array(value, { minLength: fanIns[k]!, maxLength: fanIns[k]! }), { minLength: size, maxLength: size }),
          biases: fc.array(value, { minLength: size, maxLength: size }),
        })
        .map(({ weights, biases }): LayerSpec => ({
          weights,
          activation: k === sizes.length - 1 ? 'identity' : activation,
          ...(withBiases && { biases }),
        })),
    );
    return fc.record({
      net: fc.tuple(...layers).map((specs) => createNetwork(inputs, specs)),
      examples: fc.array(
        fc.record({
          input: fc.array(value, { minLength: inputs, maxLength: inputs }),
          target: fc.array(value, { minLength: sizes.at(-1)!, maxLength: sizes.at(-1)! }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    });
  });

describe('compileKernel agrees with forward + backward + sgdStep', () => {
  test.each(Object.values(LOSSES))('$name loss', (loss) => {
    fc.assert(
      fc.property(network, ({ net, examples }) => {
        const kernel = compileKernel(net, loss);
        const kernelLoss = kernel.evaluate(
          examples.map((e) => e.input),
          examples.map((e) => e.target),
        );

        // The reference: per-example gradients from backward, averaged by hand here.
        const perExample = examples.map((e) => backward(net, forward(net, e.input), e.target, loss));
        const n = examples.length;
        const meanLoss = perExample.reduce((s, g) => s + g.loss, 0) / n;
        const mean = {
          layers: net.layers.map((layer, k) => ({
            dW: layer.weights.map((row, j) => row.map((_, i) => perExample.reduce((s, g) => s + g.layers[k]!.dW[j]![i]!, 0) / n)),
            db: layer.weights.map((_, j) => perExample.reduce((s, g) => s + g.layers[k]!.db[j]!, 0) / n),
          })),
        };
        expect(kernelLoss).toBeCloseTo(meanLoss, 9);

        const lr = 0.01;
        const updated = sgdStep(net, mean, lr).network;
        kernel.update(lr);
        const fromKernel = kernel.toNetwork();
        for (const ref of paramRefs(net)) expect(getParam(fromKernel, ref)).toBeCloseTo(getParam(updated, ref), 9);
      }),
      { numRuns: 150 },
    );
  });

  test('toNetwork shares nothing with the kernel', () => {
    const net = createNetwork(1, [{ weights: [[2]], activation: 'identity' }]);
    const kernel = compileKernel(net, LOSSES.squared);
    const before = kernel.toNetwork();
    kernel.evaluate([[1]], [[0]]);
    kernel.update(0.5); // loss (0 − 2)², gradient 2 × 2 × 1 = 4, so w = 2 − 0.5 × 4 = 0
    expect(before.layers[0]!.weights[0]![0]).toBe(2);
    expect(kernel.toNetwork().layers[0]!.weights[0]![0]).toBe(0);
  });

  test('output and meanLoss agree with forward, and leave deadUnits as evaluate found it', () => {
    fc.assert(
      fc.property(network, ({ net, examples }) => {
        const kernel = compileKernel(net, LOSSES.squared);
        const inputs = examples.map((e) => e.input);
        const targets = examples.map((e) => e.target);
        const lossWithGradients = kernel.evaluate(inputs, targets);
        const dead = kernel.deadUnits();
        expect(kernel.meanLoss(inputs, targets)).toBe(lossWithGradients);
        for (const e of examples) expect(kernel.output(e.input)).toBe(forward(net, e.input).output[0]);
        expect(kernel.deadUnits()).toEqual(dead);
      }),
      { numRuns: 100 },
    );
  });
});
