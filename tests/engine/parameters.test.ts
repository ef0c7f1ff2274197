// The table of the worked example's parameter names against the document's own layout: "Neuron 1:
// w11 = 0.001, w12 = 10; Neuron 2: w21 = 0.002, w22 = 5; output w31 = 20, w32 = 15", where wⱼᵢ
// is neuron j's weight on input i (size, then bedrooms) and the output neuron is number 3.
import { describe, expect, test } from 'vitest';
import { backward, forward, getParam, houseNetwork, housePrice, paramGradient } from '../../engine';
import { HOUSE_PARAMETERS, PARAM_NAMES, parameterLabel, type ParamName } from '../../engine/parameters';

const withBiases = houseNetwork({ ...housePrice, biases: { b1: 0.5, b2: -1, b3: 7 } });

describe('the parameter table', () => {
  test.each([
    { name: 'w11', label: 'w₁₁', symbol: 'w_{11}', layer: 0, at: [0, 0], value: 0.001 },
    { name: 'w12', label: 'w₁₂', symbol: 'w_{12}', layer: 0, at: [0, 1], value: 10 },
    { name: 'w21', label: 'w₂₁', symbol: 'w_{21}', layer: 0, at: [1, 0], value: 0.002 },
    { name: 'w22', label: 'w₂₂', symbol: 'w_{22}', layer: 0, at: [1, 1], value: 5 },
    { name: 'w31', label: 'w₃₁', symbol: 'w_{31}', layer: 1, at: [0, 0], value: 20 },
    { name: 'w32', label: 'w₃₂', symbol: 'w_{32}', layer: 1, at: [0, 1], value: 15 },
  ] as const)('$name is layer $layer weight $at, $value in the document', ({ name, label, symbol, layer, at, value }) => {
    const p = HOUSE_PARAMETERS[name];
    expect(p).toMatchObject({ label, symbol, ref: { layer, kind: 'weight', neuron: at[0], input: at[1] } });
    const net = houseNetwork(housePrice);
    expect(net.layers[layer]!.weights[at[0]]![at[1]]).toBe(value);
    expect(getParam(net, p.ref)).toBe(value);
  });

  test.each([
    { name: 'b1', label: 'b₁', layer: 0, neuron: 0, value: 0.5 },
    { name: 'b2', label: 'b₂', layer: 0, neuron: 1, value: -1 },
    { name: 'b3', label: 'b₃', layer: 1, neuron: 0, value: 7 },
  ] as const)('$name is layer $layer bias $neuron', ({ name, label, layer, neuron, value }) => {
    expect(HOUSE_PARAMETERS[name]).toMatchObject({ label, ref: { layer, kind: 'bias', neuron } });
    expect(withBiases.layers[layer]!.biases![neuron]).toBe(value);
  });

  test('the document’s network has no biases at all', () => {
    expect(houseNetwork(housePrice).layers.map((l) => l.biases)).toEqual([undefined, undefined]);
  });

  test('the numbering rule for any network gives the table’s names on the 2-2-1', () => {
    for (const name of PARAM_NAMES) {
      const { ref, label, symbol } = HOUSE_PARAMETERS[name];
      expect(parameterLabel(withBiases, ref)).toEqual({ id: name, label, symbol });
    }
    // A 12-neuron hidden layer: its neurons are 1–12, the output neuron 13, and two-digit names get a comma.
    const wide = { inputSize: 1, layers: [{ weights: Array.from({ length: 12 }, () => [1]), activation: 'relu' as const }] };
    expect(parameterLabel(wide, { layer: 0, kind: 'weight', neuron: 11, input: 0 })).toEqual({
      id: 'w12.1',
      label: 'w₁₂,₁',
      symbol: 'w_{12,1}',
    });
  });

  test('gradients are looked up by name: ∂L/∂w₁₁ = 46,000,000 and ∂L/∂w₃₂ = 21,850 (seed, step 3)', () => {
    const net = houseNetwork(housePrice);
    const grads = backward(net, forward(net, housePrice.input), [housePrice.target]);
    const want: Partial<Record<ParamName, number>> = {
      w11: 46_000_000,
      w12: 69_000,
      w21: 34_500_000,
      w22: 51_750,
      w31: 36_800,
      w32: 21_850,
    };
    for (const [name, g] of Object.entries(want)) expect(paramGradient(grads, HOUSE_PARAMETERS[name as ParamName].ref)).toBeCloseTo(g!, 6);
  });
});
