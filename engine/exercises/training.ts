/**
 * Training chapter: the mean squared error of four houses (divided by n, not summed), and one
 * gradient-descent step on the one-dimensional loss (actual − p)², where the step is
 * η × 2 × (p − actual) and a large η overshoots past the actual price.
 */
import { backward } from '../backprop';
import { forward } from '../forward';
import { squaredError } from '../loss';
import { createNetwork } from '../network';
import { sgdStep } from '../sgd';
import { defineExercise, line, nonZeroInt, num, pick } from './exercise';
import { WHERE } from './where';

export const meanSquaredError = defineExercise(
  { id: 'mean-squared-error', chapter: 'training', title: 'The mean squared error of four houses', fixedSeed: 4 },
  (draw) => {
    // Errors in tens of $1000s: their squares are hundreds, so the mean of four is a whole number.
    const house = (i: number) => {
      const actual = num(`actual${i}`, `actual${i}`, draw.int(20, 60) * 10);
      const predicted = num(`predicted${i}`, `predicted${i}`, actual.value + nonZeroInt(draw, -6, 6) * 10);
      const squared = num(`squared${i}`, `(actual − predicted)²`, squaredError.f(actual.value, predicted.value));
      return { actual, predicted, squared };
    };
    const [h1, h2, h3, h4] = [house(1), house(2), house(3), house(4)];
    const houses = [h1, h2, h3, h4];
    const sum = num(
      'sum',
      'sum of squared errors',
      houses.reduce((total, h) => total + h.squared.value, 0),
    );
    // The mean by hand, not meanLoss: that would put the batch code in every island page's chunk.
    const answer = num('mse', 'MSE', sum.value / houses.length);
    return {
      givens: Object.fromEntries(houses.flatMap((h) => [h.actual, h.predicted]).map((n) => [n.key, n])),
      question: line`Four houses sell for ${h1.actual}, ${h2.actual}, ${h3.actual} and ${h4.actual} (in $1000s); the network predicts ${h1.predicted}, ${h2.predicted}, ${h3.predicted} and ${h4.predicted}. What is the mean squared error?`,
      answer,
      where: WHERE.meanSquaredError,
      slips: [
        ['sum-not-mean', sum.value, 'That is the sum of the squared errors: the mean divides it by the number of houses.'],
        [
          'not-squared',
          houses.reduce((total, h) => total + h.actual.value - h.predicted.value, 0) / houses.length,
          'That is the mean error: square each error before averaging, or over- and under-predictions cancel.',
        ],
      ],
      solution: [
        ...houses.map((h) => line`(${h.actual} − ${h.predicted})² = ${h.squared}`),
        line`sum = ${h1.squared} + ${h2.squared} + ${h3.squared} + ${h4.squared} = ${sum}`,
        line`MSE = ${sum} ÷ 4 = ${answer}`,
      ],
    };
  },
);

export const oneStep = defineExercise(
  { id: 'one-step', chapter: 'training', title: 'One step on a one-dimensional loss', fixedSeed: 2 },
  (draw) => {
    const actual = num('actual', 'actual', draw.int(20, 60) * 10);
    const p = num('p', 'p', actual.value + nonZeroInt(draw, -10, 10) * 10);
    const rate = num('learningRate', 'η', pick(draw, [0.1, 0.25, 0.4, 0.75] as const));
    // The prediction as the one weight of a network whose input is 1: backward gives
    // dLoss/dp = 2 × (p − actual), and sgdStep takes the step, as they do for the example.
    const single = createNetwork(1, [{ weights: [[p.value]], activation: 'identity' }]);
    const grads = backward(single, forward(single, [1]), [actual.value], squaredError);
    const update = sgdStep(single, grads, rate.value);
    const gradient = num('gradient', 'dLoss/dp', grads.dOutput[0]!);
    const step = num('step', 'η × dLoss/dp', update.steps[0]!.weights[0]![0]!);
    const answer = num('pNew', 'p_new', update.network.layers[0]!.weights[0]![0]!);
    return {
      givens: { actual, p, learningRate: rate },
      question: line`The loss is (actual − p)² with actual = ${actual}. Starting from p = ${p}, with learning rate η = ${rate}, what is p after one step of gradient descent?`,
      answer,
      where: WHERE.oneStep,
      slips: [
        [
          'no-factor-2',
          p.value - rate.value * (p.value - actual.value),
          'The factor 2 is missing: the gradient of (actual − p)² is 2 × (p − actual).',
        ],
        ['flipped-sign', p.value + step.value, 'That steps up the slope: gradient descent subtracts η × gradient.'],
        ['no-learning-rate', p.value - gradient.value, 'The learning rate is missing: the step is η × gradient.'],
      ],
      solution: [
        line`dLoss/dp = 2 × (${p} − ${actual}) = ${gradient}`,
        line`step = η × dLoss/dp = ${rate} × ${gradient} = ${step}`,
        line`p_new = ${p} − ${step} = ${answer}`,
      ],
    };
  },
);
