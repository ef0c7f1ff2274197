/**
 * Derivative deep dive: the error table (the error falls by exactly as much as the prediction
 * rises, because its derivative is −1) and the full chain with its single −1. The chain's
 * versions under-predict, so its gradient is negative, where the chapter's example is positive.
 */
import { squaredError } from '../loss';
import { line, defineExercise, num } from './exercise';
import { WHERE } from './where';

export const errorChange = defineExercise(
  { id: 'error-change', chapter: 'derivative-deep-dive', title: 'How the error changes', fixedSeed: 1 },
  (draw) => {
    const actual = num('actual', 'actual', draw.int(20, 60) * 10);
    const from = num('from', 'prediction', actual.value - draw.int(5, 30) * 10);
    const to = num('to', 'new prediction', from.value + draw.int(1, 9) * 5);
    const errorFrom = num('errorFrom', 'error', actual.value - from.value);
    const errorTo = num('errorTo', 'new error', actual.value - to.value);
    const answer = num('change', 'change in error', errorTo.value - errorFrom.value);
    return {
      givens: { actual, from, to },
      question: line`The actual price is $${actual}k. The prediction rises from $${from}k to $${to}k. By how much does the error (actual − predicted) change?`,
      answer,
      where: WHERE.errorTable,
      slips: [
        [
          'flipped-sign',
          to.value - from.value,
          'That is how much the prediction changed: the error moves the other way, because d(actual − predicted)/dpredicted = −1.',
        ],
        ['error-not-change', errorTo.value, 'That is the new error: the question asks for its change, new error − old error.'],
      ],
      solution: [
        line`error before = ${actual} − ${from} = ${errorFrom}`,
        line`error after = ${actual} − ${to} = ${errorTo}`,
        line`change = ${errorTo} − ${errorFrom} = ${answer}`,
      ],
    };
  },
);

export const signChain = defineExercise(
  { id: 'sign-chain', chapter: 'derivative-deep-dive', title: 'The sign of the chain', fixedSeed: 3 },
  (draw) => {
    const actual = num('actual', 'actual', draw.int(30, 60) * 10);
    const predicted = num('predicted', 'predicted', actual.value - draw.int(1, 25) * 10);
    const error = num('error', 'actual − predicted', actual.value - predicted.value);
    const answer = num('gradient', 'dLoss/dpredicted', squaredError.df(actual.value, predicted.value));
    return {
      givens: { actual, predicted },
      question: line`The network under-predicts: actual = ${actual}, predicted = ${predicted}. With Loss = (actual − predicted)², what is dLoss/dpredicted?`,
      answer,
      where: WHERE.signChain,
      slips: [
        [
          'flipped-sign',
          2 * error.value,
          'The sign is flipped, as in the document’s last line: the −1 of derror/dpredicted enters the chain once.',
        ],
        ['no-factor-2', -error.value, 'The factor 2 is missing: the derivative of the square is 2 × (actual − predicted).'],
      ],
      solution: [line`dLoss/dpredicted = 2 × (${actual} − ${predicted}) × (−1) = 2 × ${error} × (−1) = ${answer}`],
    };
  },
);
