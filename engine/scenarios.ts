/**
 * The source document's examples as named data: the values it gives, and nothing computed.
 * Every number on the site starts here; change one and every dependent number changes on the
 * next build. The comments cite the document's sections.
 */
import { createNetwork, type Network } from './network';
import type { LossName } from './loss';
import { placeParameters, type BiasName, type ParamName, type WeightName } from './parameters';

/** "Weights": house size 2000 sq ft, location score 8/10, weights 0.5 and 3.0. */
export const weightedSumExample = {
  size: 2000,
  location: 8,
  locationScaleMax: 10,
  sizeWeight: 0.5,
  locationWeight: 3.0,
} as const;

/** "Activation Function": a negative weighted sum for ReLU to cut off. */
export const reluNegativeInput = -50;

/** "Loss Function": actual $500,000, predicted $480,000. */
export const lossExample = { actual: 500_000, predicted: 480_000 } as const;

export interface HousePriceScenario {
  /** Size in sq ft, number of bedrooms. */
  readonly input: readonly [number, number];
  /** Actual price in $1000s. */
  readonly target: number;
  /** Neuron 1 (w11, w12), neuron 2 (w21, w22), output (w31, w32), in the document's names. */
  readonly weights: Readonly<Record<WeightName, number>>;
  /**
   * Hidden biases b1, b2 and output bias b3. The document has none ("biases set to 0 for
   * simplicity", and never updated), so its scenario leaves them out; the explorer can add them.
   */
  readonly biases?: Readonly<Record<BiasName, number>>;
  readonly learningRate: number;
  readonly loss: LossName;
}

/** "Complete Numerical Example": 2 inputs, 2 ReLU hidden neurons, 1 linear output. */
export const housePrice: HousePriceScenario = {
  input: [2000, 3],
  target: 350,
  weights: { w11: 0.001, w12: 10, w21: 0.002, w22: 5, w31: 20, w32: 15 },
  learningRate: 0.0000001,
  loss: 'squared',
};

/**
 * Not in the document: the same house and weights with the size given in thousands of sq ft,
 * and a learning rate suited to that scale. This is the set-up that does learn, shown beside
 * the document's, which dies (see the numerical example chapter).
 */
export const SQFT_PER_UNIT = 1000;
// Made by a call marked pure: the live examples import this module but not this scenario, and a
// bundler keeps a bare object spread (it might run a getter) but drops an unused pure call.
export const housePriceScaled: HousePriceScenario = /* @__PURE__ */ (() => ({
  ...housePrice,
  input: [housePrice.input[0] / SQFT_PER_UNIT, housePrice.input[1]],
  learningRate: 0.00001,
}))();

/** How many further iterations the pages run on the document's network, to show it stays stuck. */
export const STUCK_CHECKPOINTS = [1, 10, 1000] as const;
/** How many iterations the scaled set-up trains for. */
export const SCALED_ITERATIONS = 200;

export function houseNetwork(s: HousePriceScenario): Network {
  const values: Readonly<Record<ParamName, number>> = { b1: 0, b2: 0, b3: 0, ...s.weights, ...s.biases };
  const [hidden, out] = placeParameters((name) => values[name], s.biases !== undefined);
  return createNetwork(2, [
    { weights: hidden!.weights, activation: 'relu', ...(hidden!.biases && { biases: hidden!.biases }) },
    // No activation on the output: a price is a regression target, not a probability.
    { weights: out!.weights, activation: 'identity', ...(out!.biases && { biases: out!.biases }) },
  ]);
}

/** Values the document prints that computing does not reproduce; the chapters show both. */
export const documentPrinted = {
  /** Step 4 rounds 0.0000001 × 21,850 = 0.002185 to 0.00219 before subtracting. */
  stepW32: 0.00219,
  newW32: 14.99781,
  /** …and 0.0000001 × 51,750 = 0.005175 to 0.00518. */
  stepW22: 0.00518,
  newW22: 4.99482,
} as const;

/** "Derivative Deep Dive": actual $350k and three neighbouring predictions. */
export const derivativeTable = { actual: 350, predictions: [300, 301, 302] } as const;

/** "Derivative Deep Dive": "if you increase your prediction by $10k…". */
export const predictionNudge = 10;
