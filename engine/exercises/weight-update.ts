/**
 * Numerical example, Step 4: one weight's update, w_new = w − η × ∂L/∂w, with a learning rate
 * and gradient that keep the step a short decimal.
 */
import { createNetwork } from '../network';
import { sgdStep } from '../sgd';
import { line, defineExercise, nonZeroInt, num, pick } from './exercise';
import { WHERE } from './where';

const WEIGHTS = ['w₁₁', 'w₁₂', 'w₂₁', 'w₂₂', 'w₃₁', 'w₃₂'] as const;
const LEARNING_RATES = [0.1, 0.01, 0.001] as const;

export const weightUpdate = defineExercise(
  { id: 'weight-update', chapter: 'numerical-example', title: 'One weight update', fixedSeed: 3 },
  (draw) => {
    const name = pick(draw, WEIGHTS);
    const w = num('w', name, draw.int(-10, 25));
    const gradient = num('gradient', `∂L/∂${name}`, nonZeroInt(draw, -60, 60) * 10);
    const rate = num('learningRate', 'η', pick(draw, LEARNING_RATES));
    // One weight is a network of one weight: sgdStep does the update as it does for the example.
    const single = createNetwork(1, [{ weights: [[w.value]], activation: 'identity' }]);
    const update = sgdStep(single, { layers: [{ dW: [[gradient.value]], db: [] }] }, rate.value);
    const step = num('step', `η × ∂L/∂${name}`, update.steps[0]!.weights[0]![0]!);
    const answer = num('new', `${name} new`, update.network.layers[0]!.weights[0]![0]!);
    const decimals = 3;
    return {
      givens: { w, gradient, learningRate: rate },
      question: line`A weight ${name} = ${w} has the gradient ∂L/∂${name} = ${gradient}. With learning rate η = ${rate}, what is ${name} after one update?`,
      answer,
      decimals,
      where: WHERE.update,
      slips: [
        ['no-learning-rate', w.value - gradient.value, 'The learning rate is missing: the step is η × gradient, not the whole gradient.'],
        ['flipped-sign', w.value + step.value, 'That moves the weight with the gradient: the update subtracts it, w − η × ∂L/∂w.'],
        ['step-only', step.value, 'That is the step alone: subtract it from the weight.'],
      ],
      solution: [line`${name} new = ${w} − (${rate} × ${gradient}) = ${w} − ${step} = ${answer}`],
    };
  },
);
