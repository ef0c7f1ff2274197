// The document's smaller examples (Core Concepts and Derivative Deep Dive) reproduced through
// the engine, and the scenarios checked to hold exactly the values the document gives.
import { describe, expect, test } from 'vitest';
import {
  centralDifference,
  createNetwork,
  derivativeTable,
  forward,
  halfSquaredError,
  housePrice,
  housePriceScaled,
  lossExample,
  relu,
  reluNegativeInput,
  SQFT_PER_UNIT,
  squaredError,
  weightedSumExample,
} from '../../engine';

describe("the scenarios hold the document's given values", () => {
  test.each([
    { name: 'house input', got: () => housePrice.input, want: [2000, 3], source: 'seed, Initial Setup: 2000 sq ft, 3 bedrooms' },
    { name: 'house target', got: () => housePrice.target, want: 350, source: 'seed, Initial Setup: $350k' },
    {
      name: 'house weights',
      got: () => housePrice.weights,
      want: { w11: 0.001, w12: 10, w21: 0.002, w22: 5, w31: 20, w32: 15 },
      source: 'seed, Initial Setup',
    },
    { name: 'house biases', got: () => housePrice.biases, want: undefined, source: 'seed: "Biases set to 0 for simplicity"' },
    { name: 'learning rate', got: () => housePrice.learningRate, want: 0.0000001, source: 'seed, step 4' },
    { name: 'loss', got: () => housePrice.loss, want: 'squared', source: 'seed, step 2: (actual − predicted)²' },
    {
      name: 'weighted sum example',
      got: () => weightedSumExample,
      want: { size: 2000, location: 8, locationScaleMax: 10, sizeWeight: 0.5, locationWeight: 3.0 },
      source: 'seed, Weights',
    },
    { name: 'ReLU negative input', got: () => reluNegativeInput, want: -50, source: 'seed, Activation Function' },
    { name: 'loss example', got: () => lossExample, want: { actual: 500_000, predicted: 480_000 }, source: 'seed, Loss Function' },
    {
      name: 'derivative table',
      got: () => derivativeTable,
      want: { actual: 350, predictions: [300, 301, 302] },
      source: 'seed, Derivative Deep Dive',
    },
  ])('$name ($source)', ({ got, want }) => {
    expect(got()).toEqual(want);
  });

  test('the scaled set-up differs only in the size unit and the learning rate', () => {
    expect(SQFT_PER_UNIT).toBe(1000);
    expect(housePriceScaled.input).toEqual([2, 3]); // hand: 2000 sq ft in thousands
    expect(housePriceScaled.learningRate).toBe(0.00001);
    expect({ ...housePriceScaled, input: housePrice.input, learningRate: housePrice.learningRate }).toEqual(housePrice);
  });
});

describe('Core Concepts, through the engine', () => {
  const ex = weightedSumExample;
  const net = createNetwork(2, [{ weights: [[ex.sizeWeight, ex.locationWeight]], activation: 'identity' }]);
  const output = forward(net, [ex.size, ex.location]).output[0]!;

  test.each([
    { quantity: 'output', got: () => output, want: 1024, source: 'seed, Weights: (2000 × 0.5) + (8 × 3.0) = 1024' },
    { quantity: 'ReLU(1024)', got: () => relu.f(output), want: 1024, source: 'seed, Activation Function: "ReLU outputs 1024"' },
    { quantity: 'ReLU(−50)', got: () => relu.f(reluNegativeInput), want: 0, source: 'seed, Activation Function: "ReLU would output 0"' },
    {
      quantity: 'Loss',
      got: () => squaredError.f(lossExample.actual, lossExample.predicted),
      want: 400_000_000,
      source: 'seed, Loss Function: (500,000 − 480,000)² = 400,000,000',
    },
    { quantity: 'w₂ ÷ w₁', got: () => ex.locationWeight / ex.sizeWeight, want: 6, source: 'seed, Weights: "6x more influence"' },
  ])('$quantity = $want ($source)', ({ got, want }) => {
    expect(got()).toBe(want);
  });
});

describe('Derivative Deep Dive table, through the engine', () => {
  // error = actual − predicted = −(dLoss/dpredicted of the half squared error, predicted − actual).
  const errorOf = (predicted: number) => -halfSquaredError.df(derivativeTable.actual, predicted);
  const [p300, p301, p302] = derivativeTable.predictions;

  test.each([
    { predicted: p300, want: 50, source: 'seed, table: $300k → $50k' },
    { predicted: p301, want: 49, source: 'seed, table: $301k → $49k' },
    { predicted: p302, want: 48, source: 'seed, table: $302k → $48k' },
  ])('error at prediction $predicted is $want ($source)', ({ predicted, want }) => {
    expect(errorOf(predicted)).toBe(want);
  });

  test('each +1 in prediction changes the error by −1, the derivative (seed: "The derivative is -1")', () => {
    expect(errorOf(p301) - errorOf(p300)).toBe(-1);
    expect(errorOf(p302) - errorOf(p301)).toBe(-1);
    expect(centralDifference(errorOf, p301)).toBeCloseTo(-1, 8);
  });

  test("at the worked example's prediction the slope of the loss is +1150 (seed, Putting It All Together)", () => {
    expect(squaredError.df(housePrice.target, 925)).toBe(1150); // 2 × (925 − 350)
    expect(centralDifference((p) => squaredError.f(housePrice.target, p), 925)).toBeCloseTo(1150, 4);
  });
});
