/**
 * Numerical example, Step 1: the forward pass with other hidden and output weights. In some
 * versions z₂ ≤ 0, so neuron 2 is dead (a₂ = 0); in some the prediction is negative, where
 * the linear output must not be cut off by a ReLU.
 */
import { relu } from '../activations';
import { forward } from '../forward';
import { housePrice, houseNetwork, type HousePriceScenario } from '../scenarios';
import { HOUSE_PARAMETERS, WEIGHT_NAMES, type WeightName } from '../parameters';
import { line, defineExercise, nonZeroInt, num, type Num } from './exercise';
import { WHERE } from './where';

/** The document's network on `input` with `weights`: its givens and forward pass as numbers. */
export function houseForward(input: readonly [number, number], weights: HousePriceScenario['weights']) {
  const trace = forward(houseNetwork({ ...housePrice, input, weights }), input);
  const hidden = trace.layers[0]!;
  const given = {
    x1: num('x1', 'x₁', input[0]),
    x2: num('x2', 'x₂', input[1]),
    ...(Object.fromEntries(WEIGHT_NAMES.map((name) => [name, num(name, HOUSE_PARAMETERS[name].label, weights[name])])) as Record<
      WeightName,
      Num
    >),
  };
  return {
    trace,
    given,
    z1: num('z1', 'z₁', hidden.z[0]!),
    a1: num('a1', 'a₁', hidden.a[0]!),
    z2: num('z2', 'z₂', hidden.z[1]!),
    a2: num('a2', 'a₂', hidden.a[1]!),
    prediction: num('prediction', 'prediction', trace.output[0]!),
  };
}

export const forwardPass = defineExercise(
  { id: 'forward-pass', chapter: 'numerical-example', title: 'The forward pass with other weights', fixedSeed: 12 },
  (draw) => {
    const weights = {
      ...housePrice.weights,
      w12: draw.int(1, 12),
      w22: draw.int(-4, 6),
      w31: nonZeroInt(draw, -8, 25),
      w32: nonZeroInt(draw, -12, 20),
    };
    const { given: g, z1, a1, z2, a2, prediction } = houseForward(housePrice.input, weights);
    const zOut = (h1: number, h2: number) => h1 * weights.w31 + h2 * weights.w32;
    return {
      givens: g,
      question: line`With w₁₂ = ${g.w12}, w₂₂ = ${g.w22}, w₃₁ = ${g.w31} and w₃₂ = ${g.w32}, and everything else as in the document (x₁ = ${g.x1}, x₂ = ${g.x2}, w₁₁ = ${g.w11}, w₂₁ = ${g.w21}, no biases), what does the network predict?`,
      answer: prediction,
      where: WHERE.forward,
      slips: [
        ['relu-skipped', zOut(z1.value, z2.value), 'ReLU was not applied: a hidden neuron whose z is 0 or less outputs a = 0.'],
        [
          'relu-extra',
          relu.f(prediction.value),
          'ReLU was applied to the output: the output layer has no activation, so the prediction is z_out, negative or not.',
        ],
        [
          'added-not-multiplied',
          a1.value + weights.w31 + a2.value + weights.w32,
          'That adds each activation to its weight: z_out multiplies them, a₁ × w₃₁ + a₂ × w₃₂.',
        ],
      ],
      solution: [
        line`z₁ = (${g.x1} × ${g.w11}) + (${g.x2} × ${g.w12}) = ${z1}`,
        line`a₁ = ReLU(${z1}) = max(0, ${z1}) = ${a1}`,
        line`z₂ = (${g.x1} × ${g.w21}) + (${g.x2} × ${g.w22}) = ${z2}`,
        line`a₂ = ReLU(${z2}) = max(0, ${z2}) = ${a2}`,
        line`prediction = z_out = (${a1} × ${g.w31}) + (${a2} × ${g.w32}) = ${prediction}`,
      ],
    };
  },
);
