/**
 * The worked-example explorer's set-up as flat, named numbers (the names the document and the
 * shared link use), and its conversions to and from engine networks. The document's values come
 * from engine/scenarios; the 2-2-1 network is built by the scenario's own houseNetwork.
 */
import type { Network } from '../../../engine/network';
import { housePrice, houseNetwork, type HousePriceScenario } from '../../../engine/scenarios';
import type { Example } from '../../../engine/train';
import { EngineInputError, requirePositive } from '../../../engine/validate';

export const WEIGHT_KEYS = ['w11', 'w12', 'w21', 'w22', 'w31', 'w32'] as const;
export const BIAS_KEYS = ['b1', 'b2', 'b3'] as const;
export const NUMBER_KEYS = ['x1', 'x2', 'y', ...WEIGHT_KEYS, ...BIAS_KEYS, 'lr'] as const;
export type NumberKey = (typeof NUMBER_KEYS)[number];

/** The keys a set-up uses: the bias keys only when biases are on. */
export function keysOf(biases: boolean): NumberKey[] {
  return NUMBER_KEYS.filter((k) => biases || !(BIAS_KEYS as readonly NumberKey[]).includes(k));
}

export interface Setup {
  readonly values: Readonly<Record<NumberKey, number>>;
  /** Off: the document's network, which has no biases at all; on: b1, b2, b3 are added and trained. */
  readonly biases: boolean;
}

/** Labels as the document writes them; used beside the fields and in the ignored-values note. */
export const LABELS: Readonly<Record<NumberKey, string>> = {
  x1: 'Size x₁ (sq ft)',
  x2: 'Bedrooms x₂',
  y: 'Actual price ($1000s)',
  w11: 'w₁₁',
  w12: 'w₁₂',
  w21: 'w₂₁',
  w22: 'w₂₂',
  w31: 'w₃₁',
  w32: 'w₃₂',
  b1: 'b₁',
  b2: 'b₂',
  b3: 'b₃',
  lr: 'Learning rate η',
};

export function documentSetup(s: HousePriceScenario = housePrice): Setup {
  const b = s.biases ?? { b1: 0, b2: 0, b3: 0 };
  return {
    values: { x1: s.input[0], x2: s.input[1], y: s.target, ...s.weights, ...b, lr: s.learningRate },
    biases: s.biases !== undefined,
  };
}

function scenarioOf({ values: v, biases }: Setup): HousePriceScenario {
  return {
    input: [v.x1, v.x2],
    target: v.y,
    weights: { w11: v.w11, w12: v.w12, w21: v.w21, w22: v.w22, w31: v.w31, w32: v.w32 },
    ...(biases && { biases: { b1: v.b1, b2: v.b2, b3: v.b3 } }),
    learningRate: v.lr,
    loss: housePrice.loss,
  };
}

export function networkOf(setup: Setup): Network {
  return houseNetwork(scenarioOf(setup));
}

export function exampleOf({ values: v }: Setup): Example {
  return { input: [v.x1, v.x2], target: [v.y] };
}

/** The set-up with its weights and biases replaced by a trained network's. */
export function withNetwork(setup: Setup, net: Network): Setup {
  const w = (layer: number, neuron: number, input: number) => net.layers[layer]!.weights[neuron]![input]!;
  const b = (layer: number, neuron: number, key: NumberKey) => net.layers[layer]!.biases?.[neuron] ?? setup.values[key];
  return {
    ...setup,
    values: {
      ...setup.values,
      w11: w(0, 0, 0),
      w12: w(0, 0, 1),
      w21: w(0, 1, 0),
      w22: w(0, 1, 1),
      w31: w(1, 0, 0),
      w32: w(1, 0, 1),
      b1: b(0, 0, 'b1'),
      b2: b(0, 1, 'b2'),
      b3: b(1, 0, 'b3'),
    },
  };
}

/**
 * A rule a single value must meet beyond being a finite number, as the engine states it (the
 * learning rate must be greater than 0), or undefined when it meets them. Used by the fields and
 * by the shared link alike.
 */
export function valueRule(key: NumberKey, value: number): string | undefined {
  if (key !== 'lr') return undefined;
  try {
    requirePositive(key, value);
    return undefined;
  } catch (error) {
    if (error instanceof EngineInputError) return error.reason;
    throw error;
  }
}
