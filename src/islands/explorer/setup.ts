/**
 * The worked-example explorer's set-up as flat, named numbers (the names the document and the
 * shared link use), and its conversions to and from engine networks. The document's values come
 * from engine/scenarios; the 2-2-1 network is built by the scenario's own houseNetwork.
 */
import { getParam, type Network } from '../../../engine/network';
import { BIAS_NAMES, HOUSE_PARAMETERS, PARAM_NAMES, WEIGHT_NAMES, type ParamName } from '../../../engine/parameters';
import { housePrice, houseNetwork, type HousePriceScenario } from '../../../engine/scenarios';
import type { Example } from '../../../engine/train';
import { EngineInputError, requirePositive } from '../../../engine/validate';

export type NumberKey = 'x1' | 'x2' | 'y' | ParamName | 'lr';
export const NUMBER_KEYS: readonly NumberKey[] = ['x1', 'x2', 'y', ...PARAM_NAMES, 'lr'];

/** The keys a set-up uses: the bias keys only when biases are on. */
export function keysOf(biases: boolean): NumberKey[] {
  return NUMBER_KEYS.filter((k) => biases || !(BIAS_NAMES as readonly NumberKey[]).includes(k));
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
  ...(Object.fromEntries(PARAM_NAMES.map((name) => [name, HOUSE_PARAMETERS[name].label])) as Record<ParamName, string>),
  lr: 'Learning rate η',
};

export function documentSetup(s: HousePriceScenario = housePrice): Setup {
  const b = s.biases ?? { b1: 0, b2: 0, b3: 0 };
  return {
    values: { x1: s.input[0], x2: s.input[1], y: s.target, ...s.weights, ...b, lr: s.learningRate },
    biases: s.biases !== undefined,
  };
}

const pick = <K extends NumberKey>(v: Setup['values'], keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, v[k]])) as Record<K, number>;

function scenarioOf({ values: v, biases }: Setup): HousePriceScenario {
  return {
    input: [v.x1, v.x2],
    target: v.y,
    weights: pick(v, WEIGHT_NAMES),
    ...(biases && { biases: pick(v, BIAS_NAMES) }),
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

/** The set-up with its weights and biases replaced by a trained network's (a bias it lacks keeps its field's value). */
export function withNetwork(setup: Setup, net: Network): Setup {
  const values = { ...setup.values };
  for (const name of PARAM_NAMES) {
    const { ref } = HOUSE_PARAMETERS[name];
    if (ref.kind === 'weight' || net.layers[ref.layer]?.biases) values[name] = getParam(net, ref);
  }
  return { ...setup, values };
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
