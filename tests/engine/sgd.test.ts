import { describe, expect, test } from 'vitest';
import { createNetwork, documentPrinted, getParam, houseNetwork, housePrice, paramRefs, sgdStep } from '../../engine';
import { deepFreeze } from './support/deep-freeze';
import { houseGrads, houseUpdate } from './support/house-example';

describe('step 4: the SGD update with learning rate 0.0000001', () => {
  const [hiddenSteps, outSteps] = houseUpdate.steps;
  const [hidden, out] = houseUpdate.network.layers;

  // Tolerance: 12 decimals absolute, far below the document's precision and far above binary noise.
  test.each([
    { quantity: 'step w31', got: () => outSteps!.weights[0]![0], want: 0.00368, source: 'seed, step 4: 0.0000001 × 36,800 = 0.00368' },
    {
      quantity: 'step w32',
      got: () => outSteps!.weights[0]![1],
      want: 0.002185,
      source: 'hand: 0.0000001 × 21,850 (seed prints it rounded, 0.00219)',
    },
    { quantity: 'step w11', got: () => hiddenSteps!.weights[0]![0], want: 4.6, source: 'seed, step 4: 0.0000001 × 46,000,000 = 4.6' },
    { quantity: 'step w12', got: () => hiddenSteps!.weights[0]![1], want: 0.0069, source: 'seed, step 4: 0.0000001 × 69,000 = 0.0069' },
    { quantity: 'step w21', got: () => hiddenSteps!.weights[1]![0], want: 3.45, source: 'seed, step 4: 0.0000001 × 34,500,000 = 3.45' },
    {
      quantity: 'step w22',
      got: () => hiddenSteps!.weights[1]![1],
      want: 0.005175,
      source: 'hand: 0.0000001 × 51,750 (seed prints it rounded, 0.00518)',
    },
    { quantity: 'new w31', got: () => out!.weights[0]![0], want: 19.99632, source: 'seed, step 4: 20 − 0.00368 = 19.99632' },
    {
      quantity: 'new w32',
      got: () => out!.weights[0]![1],
      want: 14.997815,
      source: 'hand: 15 − 0.002185 (seed: 14.99781, from the rounded step)',
    },
    { quantity: 'new w11', got: () => hidden!.weights[0]![0], want: -4.599, source: 'seed, step 4: 0.001 − 4.6 = −4.599' },
    { quantity: 'new w12', got: () => hidden!.weights[0]![1], want: 9.9931, source: 'seed, step 4: 10 − 0.0069 = 9.9931' },
    { quantity: 'new w21', got: () => hidden!.weights[1]![0], want: -3.448, source: 'seed, step 4: 0.002 − 3.45 = −3.448' },
    {
      quantity: 'new w22',
      got: () => hidden!.weights[1]![1],
      want: 4.994825,
      source: 'hand: 5 − 0.005175 (seed: 4.99482, from the rounded step)',
    },
  ])('$quantity = $want ($source)', ({ got, want }) => {
    expect(got()).toBeCloseTo(want, 12);
  });

  test("the document's printed w32 and w22 differ from the exact update only by its rounding of the step", () => {
    // The document rounds each step to 5 decimals before subtracting, so the exact values lie
    // within half a unit of its last printed digit (0.000005), and the exact step is not the printed one.
    const halfUnit = 0.000005 * (1 + 1e-9);
    const pairs = [
      [outSteps!.weights[0]![1]!, documentPrinted.stepW32],
      [hiddenSteps!.weights[1]![1]!, documentPrinted.stepW22],
      [out!.weights[0]![1]!, documentPrinted.newW32],
      [hidden!.weights[1]![1]!, documentPrinted.newW22],
    ] as const;
    for (const [exact, printed] of pairs) {
      expect(exact).not.toBe(printed);
      expect(Math.abs(exact - printed)).toBeLessThanOrEqual(halfUnit);
    }
  });

  test('no biases appear: the document never has or updates any', () => {
    expect(houseUpdate.steps.every((s) => s.biases === undefined)).toBe(true);
    expect(houseUpdate.network.layers.every((l) => l.biases === undefined)).toBe(true);
  });

  test('the activations and input size are kept', () => {
    expect(houseUpdate.network.inputSize).toBe(2);
    expect(houseUpdate.network.layers.map((l) => l.activation)).toEqual(['relu', 'identity']);
  });
});

describe('sgdStep in general', () => {
  test('biases move by learning rate × db (hand)', () => {
    const net = createNetwork(1, [{ weights: [[2]], biases: [1], activation: 'identity' }]);
    const { network, steps } = sgdStep(net, { layers: [{ dW: [[4]], db: [-2] }] }, 0.25);
    expect(steps).toEqual([{ weights: [[1]], biases: [-0.5] }]);
    expect(network.layers[0]!.weights).toEqual([[1]]); // 2 − 0.25 × 4
    expect(network.layers[0]!.biases).toEqual([1.5]); // 1 − 0.25 × (−2)
  });

  test('the input network is never mutated', () => {
    const net = deepFreeze(houseNetwork(housePrice));
    const before = paramRefs(net).map((r) => getParam(net, r));
    const { network } = sgdStep(net, houseGrads, housePrice.learningRate);
    expect(network).not.toBe(net);
    expect(paramRefs(net).map((r) => getParam(net, r))).toEqual(before);
  });
});
