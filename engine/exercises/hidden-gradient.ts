/**
 * Numerical example, Step 3: a hidden weight's gradient, ∂L/∂w₂₂, for another number of
 * bedrooms and another w₂₂. Where z₂ ≤ 0 the neuron is dead, ReLU′(z₂) = 0 and so is the
 * gradient: the versions where that happens teach why the document's network stops learning.
 */
import { relu } from '../activations';
import { backward } from '../backprop';
import { houseNetwork, housePrice } from '../scenarios';
import { line, defineExercise, num } from './exercise';
import { houseForward } from './forward-pass';
import { WHERE } from './where';

export const hiddenGradient = defineExercise(
  { id: 'hidden-gradient', chapter: 'numerical-example', title: 'A hidden weight’s gradient', fixedSeed: 11 },
  (draw) => {
    const input = [housePrice.input[0], draw.int(1, 6)] as const;
    const weights = { ...housePrice.weights, w22: draw.int(-3, 6) };
    const { trace, given, z1, a1, z2, a2, prediction } = houseForward(input, weights);
    const grads = backward(houseNetwork({ ...housePrice, input, weights }), trace, [housePrice.target], housePrice.loss);
    const hiddenGrads = grads.layers[0]!;
    const g = { ...given, actual: num('actual', 'actual', housePrice.target) };
    const dOut = num('dOut', '∂L/∂z_out', grads.dOutput[0]!);
    const da2 = num('da2', '∂L/∂a₂', hiddenGrads.da[1]!);
    const slope = num('relu2', 'ReLU′(z₂)', relu.df(z2.value));
    const dz2 = num('dz2', '∂L/∂z₂', hiddenGrads.dz[1]!);
    const answer = num('dW22', '∂L/∂w₂₂', hiddenGrads.dW[1]![1]!);
    const chain = [dOut.value, weights.w32, slope.value, input[1]];
    return {
      givens: g,
      question: line`What is ∂L/∂w₂₂ if the house has x₂ = ${g.x2} bedrooms and w₂₂ = ${g.w22}, with everything else as in the document (x₁ = ${g.x1}, w₁₁ = ${g.w11}, w₁₂ = ${g.w12}, w₂₁ = ${g.w21}, w₃₁ = ${g.w31}, w₃₂ = ${g.w32}, actual = ${g.actual})?`,
      answer,
      where: WHERE.hiddenGradient,
      slips: [
        [
          'flipped-sign',
          -answer.value,
          'The sign is flipped: the output gradient is 2 × (predicted − actual), not 2 × (actual − predicted).',
          WHERE.outputGradient,
        ],
        [
          'no-factor-2',
          answer.value / 2,
          'That is half the gradient: ∂L/∂z_out = 2 × (predicted − actual) keeps the factor 2 of the square.',
          WHERE.outputGradient,
        ],
        [
          'relu-skipped',
          dOut.value * weights.w32 * input[1],
          'ReLU′(z₂) was left out: z₂ is 0 or less, so the slope of ReLU there is 0 and no gradient reaches w₂₂.',
        ],
        [
          'a-for-relu-slope',
          dOut.value * weights.w32 * a2.value * input[1],
          'That multiplies by a₂ where the chain has ReLU′(z₂), which is 1 or 0.',
        ],
        [
          'chain-added',
          chain.reduce((sum, link) => sum + link),
          'That adds the links of the chain: the chain rule multiplies them, ∂L/∂z_out × w₃₂ × ReLU′(z₂) × x₂.',
        ],
      ],
      solution: [
        line`z₁ = (${g.x1} × ${g.w11}) + (${g.x2} × ${g.w12}) = ${z1}, so a₁ = ${a1}`,
        line`z₂ = (${g.x1} × ${g.w21}) + (${g.x2} × ${g.w22}) = ${z2}, so a₂ = ${a2}`,
        line`prediction = (${a1} × ${g.w31}) + (${a2} × ${g.w32}) = ${prediction}`,
        line`∂L/∂z_out = 2 × (${prediction} − ${g.actual}) = ${dOut}`,
        line`∂L/∂a₂ = ∂L/∂z_out × w₃₂ = ${dOut} × ${g.w32} = ${da2}`,
        line`∂L/∂z₂ = ∂L/∂a₂ × ReLU′(z₂) = ${da2} × ${slope} = ${dz2}`,
        line`∂L/∂w₂₂ = ∂L/∂z₂ × x₂ = ${dz2} × ${g.x2} = ${answer}`,
      ],
    };
  },
);
