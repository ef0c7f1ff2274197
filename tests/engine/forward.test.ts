import { describe, expect, test } from 'vitest';
import { createNetwork, forward, houseNetwork, housePrice, weightedSumExample } from '../../engine';
import { deepFreeze } from './support/deep-freeze';
import { houseTrace, houseUpdate } from './support/house-example';

describe("step 1, forward pass of the document's house network", () => {
  const [hidden, out] = houseTrace.layers;
  test.each([
    { quantity: 'z1', got: () => hidden!.z[0], want: 32, source: 'seed, step 1: (2000 × 0.001) + (3 × 10) = 2 + 30 = 32' },
    { quantity: 'a1', got: () => hidden!.a[0], want: 32, source: 'seed, step 1: ReLU(32) = 32' },
    { quantity: 'z2', got: () => hidden!.z[1], want: 19, source: 'seed, step 1: (2000 × 0.002) + (3 × 5) = 4 + 15 = 19' },
    { quantity: 'a2', got: () => hidden!.a[1], want: 19, source: 'seed, step 1: ReLU(19) = 19' },
    { quantity: 'z_out', got: () => out!.z[0], want: 925, source: 'seed, step 1: (32 × 20) + (19 × 15) = 640 + 285 = 925' },
    { quantity: 'prediction', got: () => houseTrace.output[0], want: 925, source: 'seed, step 1: no activation on output' },
  ])('$quantity = $want ($source)', ({ got, want }) => {
    // The document's inputs make these sums exact in binary, apart from 2000 × 0.001 and 2000 × 0.002.
    expect(got()).toBeCloseTo(want, 12);
  });

  test("the trace records each layer's input: the house, then the hidden activations", () => {
    expect(houseTrace.layers[0]!.input).toEqual([2000, 3]);
    expect(houseTrace.layers[1]!.input).toBe(houseTrace.layers[0]!.a);
  });
});

describe('step 5, the next forward pass with the updated weights', () => {
  const next = forward(houseUpdate.network, housePrice.input);
  const [hidden] = next.layers;
  test.each([
    // hand: 2000 × −4.599 + 3 × 9.9931 = −9198 + 29.9793; the document rounds to −9168.
    { quantity: 'z1', got: () => hidden!.z[0], want: -9168.0207, digits: 8, source: 'seed step 5 "ReLU(−9168)", hand to 4 decimals' },
    // hand: 2000 × −3.448 + 3 × 4.994825 = −6896 + 14.984475; the document rounds to −6881.
    { quantity: 'z2', got: () => hidden!.z[1], want: -6881.015525, digits: 8, source: 'seed step 5 "ReLU(−6881)", hand exact' },
    { quantity: 'a1', got: () => hidden!.a[0], want: 0, digits: 12, source: 'seed, step 5: ReLU(−9168) = 0' },
    { quantity: 'a2', got: () => hidden!.a[1], want: 0, digits: 12, source: 'seed, step 5: ReLU(−6881) = 0' },
    { quantity: 'prediction', got: () => next.output[0], want: 0, digits: 12, source: 'seed, step 5: (0 × 19.99632) + (0 × 14.99781) = 0' },
  ])('$quantity ≈ $want ($source)', ({ got, want, digits }) => {
    expect(got()).toBeCloseTo(want, digits);
  });

  test("the sums round to the document's ≈ −9168.02 and ≈ −6881.02", () => {
    expect(hidden!.z[0]).toBeCloseTo(-9168.02, 2);
    expect(hidden!.z[1]).toBeCloseTo(-6881.02, 2);
  });
});

describe('forward in general', () => {
  test('overview: output = (2000 × 0.5) + (8 × 3.0) = 1024 as a one-neuron linear layer (seed, Weights)', () => {
    const ex = weightedSumExample;
    const net = createNetwork(2, [{ weights: [[ex.sizeWeight, ex.locationWeight]], activation: 'identity' }]);
    expect(forward(net, [ex.size, ex.location]).output).toEqual([1024]);
  });

  test('biases are added before the activation', () => {
    const net = createNetwork(1, [{ weights: [[2], [-1]], biases: [1, 0.5], activation: 'relu' }]);
    // hand: z = [2 × 3 + 1, −1 × 3 + 0.5] = [7, −2.5], a = [7, 0].
    const trace = forward(net, [3]);
    expect(trace.layers[0]!.z).toEqual([7, -2.5]);
    expect(trace.output).toEqual([7, 0]);
  });

  test('each layer uses its own activation', () => {
    const net = createNetwork(1, [
      { weights: [[1]], activation: 'tanh' },
      { weights: [[2]], activation: 'sigmoid' },
    ]);
    // hand: a₁ = tanh(ln 2) = 0.6, z₂ = 1.2, a₂ = 1 / (1 + e^−1.2).
    const trace = forward(net, [Math.log(2)]);
    expect(trace.layers[0]!.a[0]).toBeCloseTo(0.6, 12);
    expect(trace.output[0]).toBeCloseTo(1 / (1 + Math.exp(-1.2)), 12);
  });

  test('a frozen network and input are read, never written', () => {
    const net = deepFreeze(houseNetwork(housePrice));
    const input = deepFreeze([2000, 3]);
    expect(() => forward(net, input)).not.toThrow();
  });
});
