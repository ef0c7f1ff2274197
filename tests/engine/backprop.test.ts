import { describe, expect, test } from 'vitest';
import { backward, createNetwork, forward, houseNetwork, housePrice, sgdStep } from '../../engine';
import { deepFreeze } from './support/deep-freeze';
import { houseGrads, houseNet, houseTrace } from './support/house-example';

describe("steps 2 and 3: loss and backpropagation of the document's house network", () => {
  const [hidden, out] = houseGrads.layers;
  // Tolerance: 6 decimals absolute; the exact values are integers, the only rounding comes from
  // 0.001 and 0.002 not being exact in binary.
  test.each([
    { quantity: 'loss', got: () => houseGrads.loss, want: 330_625, source: 'seed, step 2: (350 − 925)² = (−575)² = 330,625' },
    { quantity: 'dLoss/dz_out', got: () => houseGrads.dOutput[0], want: 1150, source: 'seed, step 3: 2 × (925 − 350) = 1150' },
    { quantity: 'dLoss/dz_out (output layer dz)', got: () => out!.dz[0], want: 1150, source: 'seed, step 3: identity output, slope 1' },
    { quantity: 'dW31', got: () => out!.dW[0]![0], want: 36_800, source: 'seed, step 3: 1150 × 32 = 36,800' },
    { quantity: 'dW32', got: () => out!.dW[0]![1], want: 21_850, source: 'seed, step 3: 1150 × 19 = 21,850' },
    { quantity: 'da1', got: () => hidden!.da[0], want: 23_000, source: 'seed, step 3: 1150 × 20 = 23,000' },
    { quantity: 'da2', got: () => hidden!.da[1], want: 17_250, source: 'seed, step 3: 1150 × 15 = 17,250' },
    { quantity: 'dz1', got: () => hidden!.dz[0], want: 23_000, source: 'seed, step 3: 23,000 × 1 = 23,000' },
    { quantity: 'dz2', got: () => hidden!.dz[1], want: 17_250, source: 'seed, step 3: 17,250 × 1 = 17,250' },
    { quantity: 'dW11', got: () => hidden!.dW[0]![0], want: 46_000_000, source: 'seed, step 3: 23,000 × 2000 = 46,000,000' },
    { quantity: 'dW12', got: () => hidden!.dW[0]![1], want: 69_000, source: 'seed, step 3: 23,000 × 3 = 69,000' },
    { quantity: 'dW21', got: () => hidden!.dW[1]![0], want: 34_500_000, source: 'seed, step 3: 17,250 × 2000 = 34,500,000' },
    { quantity: 'dW22', got: () => hidden!.dW[1]![1], want: 51_750, source: 'seed, step 3: 17,250 × 3 = 51,750' },
    // Not in the document: how the loss moves with the inputs themselves, Σⱼ dz_j × w_j1 (hand).
    { quantity: 'dLoss/dsize', got: () => hidden!.dInput[0], want: 23_000 * 0.001 + 17_250 * 0.002, source: 'hand: 23 + 34.5 = 57.5' },
    {
      quantity: 'dLoss/dbedrooms',
      got: () => hidden!.dInput[1],
      want: 23_000 * 10 + 17_250 * 5,
      source: 'hand: 230,000 + 86,250 = 316,250',
    },
  ])('$quantity = $want ($source)', ({ got, want }) => {
    expect(got()).toBeCloseTo(want, 6);
  });

  test("the hidden layer's dLoss/da is the output layer's dLoss/dinput", () => {
    expect(houseGrads.layers[0]!.da).toEqual(houseGrads.layers[1]!.dInput);
  });

  test('no biases, so db is the same as dz and nothing else', () => {
    expect(hidden!.db).toEqual(hidden!.dz);
  });

  test('with half squared error every gradient is exactly half (seed, "Why the Factor of 2?")', () => {
    const half = backward(houseNet, houseTrace, [housePrice.target], 'half-squared');
    expect(half.dOutput[0]).toBe(575); // hand: 925 − 350
    half.layers.forEach((layer, k) => {
      layer.dW.forEach((row, j) => row.forEach((d, i) => expect(d).toBe(houseGrads.layers[k]!.dW[j]![i]! / 2)));
    });
  });
});

describe('the chain rule in general', () => {
  test('a value feeding several neurons sums their gradients (hand-checked 1-2-1 network with biases)', () => {
    // x = 2 feeds two hidden neurons: z = [1 × 2 + 0, −1 × 2 + 3] = [2, 1], identity, so a = [2, 1].
    // Output: z = 3 × 2 + 4 × 1 + 0.5 = 10.5; target 10, half squared error: dOut = 0.5, loss = 0.125.
    const net = createNetwork(1, [
      { weights: [[1], [-1]], biases: [0, 3], activation: 'identity' },
      { weights: [[3, 4]], biases: [0.5], activation: 'identity' },
    ]);
    const g = backward(net, forward(net, [2]), [10], 'half-squared');
    expect(g.loss).toBe(0.125);
    expect(g.layers[1]!.dW).toEqual([[1, 0.5]]); // 0.5 × [2, 1]
    expect(g.layers[1]!.db).toEqual([0.5]);
    expect(g.layers[0]!.da).toEqual([1.5, 2]); // 0.5 × [3, 4]
    expect(g.layers[0]!.dW).toEqual([[3], [4]]); // [1.5, 2] × 2
    expect(g.layers[0]!.db).toEqual([1.5, 2]);
    // dLoss/dx = 1.5 × 1 + 2 × (−1) = −0.5: both paths from x, summed.
    expect(g.layers[0]!.dInput).toEqual([-0.5]);
  });

  test('several outputs: the loss is the sum over outputs', () => {
    const net = createNetwork(1, [{ weights: [[1], [2]], activation: 'identity' }]);
    // hand: outputs [1, 2] against targets [0, 0]: (0 − 1)² + (0 − 2)² = 5, slopes [2, 4].
    const g = backward(net, forward(net, [1]), [0, 0]);
    expect(g.loss).toBe(5);
    expect(g.dOutput).toEqual([2, 4]);
  });

  test('a ReLU unit with negative sum passes back exactly nothing', () => {
    const net = createNetwork(1, [
      { weights: [[-1]], activation: 'relu' },
      { weights: [[5]], activation: 'identity' },
    ]);
    const g = backward(net, forward(net, [3]), [1]);
    expect(g.layers[0]!.da).toEqual([-10]); // hand: 2 × (0 − 1) × 5
    expect(Math.abs(g.layers[0]!.dz[0]!)).toBe(0);
    expect(Math.abs(g.layers[0]!.dW[0]![0]!)).toBe(0);
  });

  test('reads a frozen network, trace and target without writing to them', () => {
    const net = deepFreeze(houseNetwork(housePrice));
    const trace = deepFreeze(forward(net, housePrice.input));
    const g = backward(net, trace, deepFreeze([350]));
    expect(() => sgdStep(net, deepFreeze(g), 0.1)).not.toThrow();
  });
});
