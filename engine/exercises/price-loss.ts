/**
 * Core concepts, "Loss Function": the squared error of one price prediction, a few thousand
 * dollars off, above or below.
 */
import { squaredError } from '../loss';
import { line, defineExercise, nonZeroInt, num } from './exercise';
import { WHERE } from './where';

export const priceLoss = defineExercise(
  { id: 'price-loss', chapter: 'core-concepts', title: 'The loss of one prediction', fixedSeed: 1 },
  (draw) => {
    const actual = num('actual', 'actual', draw.int(20, 80) * 10_000);
    const predicted = num('predicted', 'predicted', actual.value + nonZeroInt(draw, -9, 9) * 1000);
    const error = num('error', 'actual − predicted', actual.value - predicted.value);
    const answer = num('loss', 'Loss', squaredError.f(actual.value, predicted.value));
    return {
      givens: { actual, predicted },
      question: line`A house sells for $${actual}; the network predicted $${predicted}. What is the squared-error loss?`,
      answer,
      where: WHERE.priceLoss,
      slips: [
        ['not-squared', error.value, 'That is the error itself: the loss squares it.'],
        ['doubled-not-squared', 2 * error.value, 'That doubles the error: the loss squares it (the 2 belongs to its derivative).'],
      ],
      solution: [line`Loss = (${actual} − ${predicted})² = (${error})² = ${answer}`],
    };
  },
);
