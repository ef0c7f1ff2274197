/**
 * Core concepts, "Weights": one neuron's weighted sum of a house's size and location score,
 * with weights that are sometimes negative, so the sum can be negative too (and stays so:
 * the weighted sum comes before any activation).
 */
import { relu } from '../activations';
import { forward } from '../forward';
import { createNetwork } from '../network';
import type { Random } from '../random';
import { line, defineExercise, nonZeroInt, num } from './exercise';
import { WHERE } from './where';

/** A house and a neuron's two weights: the size in hundreds of sq ft, weights in tenths or whole numbers. */
export function drawNeuron(draw: Random) {
  const size = num('size', 'size', draw.int(10, 30) * 100);
  const location = num('location', 'location', draw.int(1, 10));
  const w1 = num('w1', 'w₁', nonZeroInt(draw, -3, 9) / 10);
  const w2 = num('w2', 'w₂', nonZeroInt(draw, -90, 60));
  return { size, location, w1, w2 };
}

/** The neuron's weighted sum and activation, computed by the engine's forward pass. */
export function neuronOutput(g: ReturnType<typeof drawNeuron>, activation: 'identity' | 'relu') {
  const net = createNetwork(2, [{ weights: [[g.w1.value, g.w2.value]], activation }]);
  const layer = forward(net, [g.size.value, g.location.value]).layers[0]!;
  return { z: layer.z[0]!, a: layer.a[0]! };
}

export const weightedSum = defineExercise(
  { id: 'weighted-sum', chapter: 'core-concepts', title: 'A weighted sum', fixedSeed: 2 },
  (draw) => {
    const g = drawNeuron(draw);
    const { z } = neuronOutput(g, 'identity');
    const sizePart = num('sizePart', 'size × w₁', g.size.value * g.w1.value);
    const locationPart = num('locationPart', 'location × w₂', g.location.value * g.w2.value);
    const answer = num('output', 'output', z);
    return {
      givens: g,
      question: line`A house of ${g.size} sq ft has location score ${g.location}. With weights w₁ = ${g.w1} on size and w₂ = ${g.w2} on location, what is the weighted sum?`,
      answer,
      where: WHERE.weightedSum,
      slips: [
        ['relu-extra', relu.f(z), 'That is ReLU of the sum: the weighted sum comes before the activation and may be negative.'],
        [
          'added-not-multiplied',
          g.size.value + g.w1.value + g.location.value + g.w2.value,
          'That adds each input to its weight: the weighted sum multiplies them, size × w₁ + location × w₂.',
        ],
      ],
      solution: [line`output = (${g.size} × ${g.w1}) + (${g.location} × ${g.w2}) = ${sizePart} + ${locationPart} = ${answer}`],
    };
  },
);
