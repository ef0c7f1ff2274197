/**
 * Gradient chapter: dLoss/dpredicted = 2 × (predicted − actual) for another prediction, and
 * its half-squared-error twin, predicted − actual. Both draw the same kind of numbers.
 */
import { halfSquaredError, squaredError } from '../loss';
import type { Random } from '../random';
import { line, defineExercise, nonZeroInt, num } from './exercise';
import { WHERE } from './where';

/** A prediction in $1000s that misses the actual price by up to $200k, either way. */
function drawPrices(draw: Random) {
  const actual = num('actual', 'actual', draw.int(20, 60) * 10);
  const predicted = num('predicted', 'predicted', actual.value + nonZeroInt(draw, -20, 20) * 10);
  return { actual, predicted };
}

export const lossGradient = defineExercise(
  { id: 'loss-gradient', chapter: 'gradient-explanation', title: 'The gradient of the loss', fixedSeed: 2 },
  (draw) => {
    const g = drawPrices(draw);
    const [actual, predicted] = [g.actual.value, g.predicted.value];
    const error = num('error', 'error', actual - predicted);
    const dError = num('dError', 'dLoss/derror', 2 * error.value);
    const answer = num('gradient', 'dLoss/dpredicted', squaredError.df(actual, predicted));
    return {
      givens: g,
      question: line`With Loss = (actual − predicted)², actual = ${g.actual} and predicted = ${g.predicted} (in $1000s), what is dLoss/dpredicted?`,
      answer,
      where: WHERE.chainRule,
      slips: [
        [
          'flipped-sign',
          2 * (actual - predicted),
          'The sign is flipped: that is dLoss/derror, 2 × (actual − predicted); the chain still multiplies it by derror/dpredicted = −1.',
        ],
        ['no-factor-2', predicted - actual, 'The factor 2 is missing: the derivative of error² is 2 × error.'],
      ],
      solution: [
        line`error = actual − predicted = ${g.actual} − ${g.predicted} = ${error}`,
        line`dLoss/derror = 2 × error = 2 × ${error} = ${dError}`,
        line`dLoss/dpredicted = dLoss/derror × derror/dpredicted = ${dError} × (−1) = ${answer}`,
      ],
    };
  },
);

export const halfLossGradient = defineExercise(
  { id: 'half-loss-gradient', chapter: 'gradient-explanation', title: 'The gradient of half the squared error', fixedSeed: 6 },
  (draw) => {
    const g = drawPrices(draw);
    const [actual, predicted] = [g.actual.value, g.predicted.value];
    const answer = num('gradient', 'd(½ Loss)/dpredicted', halfSquaredError.df(actual, predicted));
    return {
      givens: g,
      question: line`With Loss = ½(actual − predicted)², actual = ${g.actual} and predicted = ${g.predicted}, what is dLoss/dpredicted?`,
      answer,
      where: WHERE.halfLoss,
      slips: [
        ['kept-factor-2', squaredError.df(actual, predicted), 'That keeps the factor 2: the ½ in front of the square cancels it.'],
        ['flipped-sign', actual - predicted, 'The sign is flipped: the gradient is predicted − actual, not actual − predicted.'],
      ],
      solution: [line`dLoss/dpredicted = ½ × 2 × (${g.predicted} − ${g.actual}) = ${g.predicted} − ${g.actual} = ${answer}`],
    };
  },
);
