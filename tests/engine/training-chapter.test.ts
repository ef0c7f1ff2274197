// The training chapter's claims about its own numbers: each sentence that says "negative for
// every house", "diverges at step…" or "identical" must stay true if a set-up is changed.
// Expected values by hand where the arithmetic is simple enough.
import { describe, expect, test } from 'vitest';
import { HOUSE_RULE } from '../../engine/houses';
import { training } from '../../engine/quantities/training';

const noiseVariance = HOUSE_RULE.noise ** 2;

describe('the training chapter says what its numbers show', () => {
  test('one-dimensional loss: p ← p − η × 2(p − 350) from 300, by hand', () => {
    const { right, farTooLarge, large } = training.oneDimension;
    expect(right.predictions[0]!.value).toBeCloseTo(340, 10); // 300 + 0.8 × 50
    expect(right.predictions[1]!.value).toBeCloseTo(348, 10); // 350 − 0.2 × 10
    expect(large.predictions[0]!.value).toBeCloseTo(390, 10); // 350 + 0.8 × 50, past the minimum
    expect(farTooLarge.predictions[1]!.value).toBeCloseTo(150, 10); // errors 50, −100, 200
  });

  test('η = 1.5 doubles the error: loss 2500 × 4^(s−1) at step s first overflows at step 508', () => {
    // 2500 × 4^506 ≈ 1.097 × 10³⁰⁸ < 1.798 × 10³⁰⁸ < 2500 × 4^507.
    expect(training.oneDimension.divergedStep.value).toBe(508);
    expect(training.oneDimension.lastFinite.value / 1.0972248137587377e308).toBeCloseTo(1, 12);
  });

  test('unscaled inputs kill both ReLUs of the document network; standardized, none die', () => {
    expect(training.scaling.largestZ.value).toBeLessThan(0);
    expect(training.scaling.deadUnits.value).toBe(2);
    expect(training.scaling.stalledStep.value).toBeGreaterThan(0);
    expect(training.scaling.scaledDead.value).toBe(0);
    expect(training.scaling.withBiasesLoss.value).toBeLessThan(training.scaling.scaledLoss.value);
  });

  test('the learning rates on the data set behave as named', () => {
    const { small, right, large, farTooLarge } = training.learningRate;
    expect(small.loss.value).toBeGreaterThan(10 * right.loss.value);
    expect(right.loss.value).toBeLessThan(2 * noiseVariance);
    expect(large.high.value).toBeGreaterThan(2 * large.low.value);
    expect(farTooLarge.step.value).toBeGreaterThan(0);
  });

  test('without biases the fit is pinned to 0 at the average house', () => {
    expect(training.bias.noBiasAtAverage.value).toBe(0);
    expect(Math.abs(training.bias.withBiasAtAverage.value - training.bias.meanPrice.value)).toBeLessThan(HOUSE_RULE.noise);
  });

  test('all-zero weights leave every hidden unit identical and the fit flat', () => {
    expect(training.initialization.zeroSpread.value).toBe(0);
    expect(training.initialization.zeroSmallest.value).toBe(training.initialization.zeroLargest.value);
    expect(training.initialization.randomSpread.value).toBeGreaterThan(0);
  });

  test('the trained network is within twice the noise variance on the test houses', () => {
    expect(training.learned.testLoss.value).toBeLessThan(2 * noiseVariance);
  });

  test('the mean squared error divides the sum by the number of training houses', () => {
    expect(training.mse.mean.value).toBeCloseTo(training.mse.sum.value / 48, 9);
  });
});
