import { describe, expect, test } from 'vitest';
import {
  createNetwork,
  getParam,
  houseNetwork,
  housePrice,
  outputSize,
  paramLabel,
  paramRefs,
  withParam,
  type ParamRef,
} from '../../engine';
import { deepFreeze } from './support/deep-freeze';

describe("the house network holds the document's weights where the engine addresses them", () => {
  const net = houseNetwork(housePrice);
  test.each([
    { name: 'w11', ref: { layer: 0, kind: 'weight', neuron: 0, input: 0 }, want: 0.001, source: 'seed, Initial Setup: neuron 1' },
    { name: 'w12', ref: { layer: 0, kind: 'weight', neuron: 0, input: 1 }, want: 10, source: 'seed, Initial Setup: neuron 1' },
    { name: 'w21', ref: { layer: 0, kind: 'weight', neuron: 1, input: 0 }, want: 0.002, source: 'seed, Initial Setup: neuron 2' },
    { name: 'w22', ref: { layer: 0, kind: 'weight', neuron: 1, input: 1 }, want: 5, source: 'seed, Initial Setup: neuron 2' },
    { name: 'w31', ref: { layer: 1, kind: 'weight', neuron: 0, input: 0 }, want: 20, source: 'seed, Initial Setup: output layer' },
    { name: 'w32', ref: { layer: 1, kind: 'weight', neuron: 0, input: 1 }, want: 15, source: 'seed, Initial Setup: output layer' },
  ] as const)('$name = $want ($source)', ({ ref, want }) => {
    expect(getParam(net, ref)).toBe(want);
  });

  test('architecture: 2 inputs, 2 ReLU hidden neurons, 1 linear output, no biases (seed, Network Architecture)', () => {
    expect(net.inputSize).toBe(2);
    expect(net.layers.map((l) => [l.weights.length, l.activation])).toEqual([
      [2, 'relu'],
      [1, 'identity'],
    ]);
    expect(outputSize(net)).toBe(1);
    // "Biases set to 0 for simplicity": no bias terms at all, so none are trained either.
    expect(net.layers.every((l) => l.biases === undefined)).toBe(true);
    expect(paramRefs(net)).toHaveLength(6);
  });

  test('a scenario with biases gets them in both layers', () => {
    const withBiases = houseNetwork({ ...housePrice, biases: { b1: 1, b2: 2, b3: 3 } });
    expect(withBiases.layers.map((l) => l.biases)).toEqual([[1, 2], [3]]);
    expect(paramRefs(withBiases)).toHaveLength(9);
  });
});

describe('createNetwork', () => {
  test('copies its specification: later edits of the spec do not reach the network', () => {
    const weights = [[1, 2]];
    const biases = [0.5];
    const net = createNetwork(2, [{ weights, biases, activation: 'tanh' }]);
    weights[0]![0] = 99;
    biases[0] = 99;
    expect(net.layers[0]!.weights).toEqual([[1, 2]]);
    expect(net.layers[0]!.biases).toEqual([0.5]);
  });

  test("each layer's fan-in is the previous layer's width", () => {
    const net = createNetwork(3, [
      {
        weights: [
          [1, 2, 3],
          [4, 5, 6],
        ],
        activation: 'relu',
      },
      { weights: [[7, 8]], biases: [9], activation: 'identity' },
    ]);
    expect(outputSize(net)).toBe(1);
    expect(paramRefs(net)).toHaveLength(6 + 2 + 1);
  });
});

describe('parameter addressing', () => {
  const net = deepFreeze(
    createNetwork(2, [
      {
        weights: [
          [1, 2],
          [3, 4],
        ],
        biases: [5, 6],
        activation: 'relu',
      },
      { weights: [[7, 8]], biases: [9], activation: 'identity' },
    ]),
  );

  test('paramRefs lists weights row by row, then biases, layer by layer', () => {
    // hand: the values 1…9 were chosen in that order.
    expect(paramRefs(net).map((ref) => getParam(net, ref))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test.each([
    { ref: { layer: 0, kind: 'weight', neuron: 0, input: 1 }, want: 'layer 1 w[1][2]' },
    { ref: { layer: 1, kind: 'bias', neuron: 0 }, want: 'layer 2 b[1]' },
  ] as const)('paramLabel($ref) = $want', ({ ref, want }) => {
    expect(paramLabel(ref)).toBe(want);
  });

  test('withParam changes exactly one parameter and leaves the (frozen) original alone', () => {
    const refs = paramRefs(net);
    refs.forEach((ref, changedIndex) => {
      const changed = withParam(net, ref, -1);
      refs.forEach((other, i) => expect(getParam(changed, other)).toBe(i === changedIndex ? -1 : getParam(net, other)));
    });
    expect(paramRefs(net).map((ref: ParamRef) => getParam(net, ref))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
