import { describe, expect, test } from 'vitest';
import { halfSquaredError, lossByName, LOSSES, meanLoss, squaredError } from '../../engine';
import { rejection } from './support/engine-error';

describe('loss of one prediction', () => {
  test.each([
    { loss: 'squared', actual: 350, predicted: 925, want: 330_625, source: 'seed, step 2: (350 − 925)² = 330,625' },
    { loss: 'squared', actual: 500_000, predicted: 480_000, want: 400_000_000, source: 'seed, Loss Function: (500,000 − 480,000)²' },
    { loss: 'squared', actual: 350, predicted: 0, want: 122_500, source: 'seed, step 5: (350 − 0)² = 122,500' },
    { loss: 'squared', actual: 350, predicted: 350, want: 0, source: 'hand: no error, no loss' },
    { loss: 'half-squared', actual: 350, predicted: 925, want: 165_312.5, source: 'hand: ½ × 330,625' },
    { loss: 'half-squared', actual: 1, predicted: 4, want: 4.5, source: 'hand: ½ × 3²' },
  ] as const)('$loss($actual, $predicted) = $want ($source)', ({ loss, actual, predicted, want }) => {
    expect(lossByName(loss).f(actual, predicted)).toBe(want);
  });
});

describe('dLoss/dpredicted', () => {
  test.each([
    { loss: 'squared', actual: 350, predicted: 925, want: 1150, source: 'seed, step 3: 2 × (925 − 350) = 1150' },
    { loss: 'squared', actual: 350, predicted: 0, want: -700, source: 'hand: 2 × (0 − 350)' },
    { loss: 'squared', actual: 350, predicted: 300, want: -100, source: 'hand: 2 × (300 − 350), under-predicting' },
    { loss: 'half-squared', actual: 350, predicted: 925, want: 575, source: 'seed, Why the Factor of 2: "just (predicted − actual)"' },
    { loss: 'half-squared', actual: 350, predicted: 350, want: 0, source: 'hand: the minimum of the parabola' },
  ] as const)('$loss: d/dp at actual $actual, predicted $predicted is $want ($source)', ({ loss, actual, predicted, want }) => {
    expect(lossByName(loss).df(actual, predicted)).toBe(want);
  });

  test.each(Object.values(LOSSES).map((loss) => ({ loss })))('$loss.name: df is the finite-difference slope of f', ({ loss }) => {
    for (const [actual, predicted] of [
      [350, 925],
      [350, 300],
      [-2, 1.5],
      [0.25, 0.1],
    ] as const) {
      const h = 1e-4;
      const slope = (loss.f(actual, predicted + h) - loss.f(actual, predicted - h)) / (2 * h);
      // A quadratic's central difference is exact up to rounding.
      expect(loss.df(actual, predicted)).toBeCloseTo(slope, 4);
    }
  });

  test('the half loss is exactly half, and so is its slope', () => {
    expect(halfSquaredError.f(350, 925)).toBe(squaredError.f(350, 925) / 2);
    expect(halfSquaredError.df(350, 925)).toBe(squaredError.df(350, 925) / 2);
  });
});

describe('meanLoss over a batch', () => {
  test('mean of the losses and each slope divided by the batch size', () => {
    // hand: losses (350 − 925)² = 330,625 and (350 − 0)² = 122,500; mean 226,562.5.
    // Slopes 2 × 575 = 1150 and 2 × (−350) = −700, each over n = 2.
    const batch = meanLoss(squaredError, [350, 350], [925, 0]);
    expect(batch.value).toBe(226_562.5);
    expect(batch.dPredicted).toEqual([575, -350]);
  });

  test('a batch of one is the single loss', () => {
    const batch = meanLoss(halfSquaredError, [1], [4]);
    expect(batch.value).toBe(4.5); // hand: ½ × 3²
    expect(batch.dPredicted).toEqual([3]); // hand: 4 − 1
  });
});

describe('loss names', () => {
  test('exactly squared and half-squared', () => {
    expect(Object.keys(LOSSES).sort()).toEqual(['half-squared', 'squared']);
  });

  test.each([{ name: 'mse' }, { name: 'cross-entropy' }, { name: 'constructor' }, { name: null }])('rejects $name', ({ name }) => {
    const error = rejection(() => lossByName(name));
    expect(error.field).toBe('loss');
    expect(error.value).toBe(name);
  });
});
