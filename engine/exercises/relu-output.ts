/**
 * Core concepts, "Activation Function": ReLU applied to a weighted sum. About half the versions
 * have a negative sum, where the neuron outputs 0.
 */
import { line, defineExercise, num } from './exercise';
import { WHERE } from './where';
import { drawNeuron, neuronOutput } from './weighted-sum';

export const reluOutput = defineExercise(
  { id: 'relu-output', chapter: 'core-concepts', title: 'ReLU of a weighted sum', fixedSeed: 5 },
  (draw) => {
    const g = drawNeuron(draw);
    const { z, a } = neuronOutput(g, 'relu');
    const sum = num('z', 'z', z);
    const answer = num('a', 'ReLU(z)', a);
    return {
      givens: g,
      question: line`A neuron with ReLU gets size = ${g.size} and location = ${g.location}, with weights w₁ = ${g.w1} and w₂ = ${g.w2}. What does it output?`,
      answer,
      where: WHERE.relu,
      slips: [['relu-skipped', z, 'That is the weighted sum itself: ReLU outputs max(0, sum), which is 0 for a negative sum.']],
      solution: [line`z = (${g.size} × ${g.w1}) + (${g.location} × ${g.w2}) = ${sum}`, line`ReLU(z) = max(0, ${sum}) = ${answer}`],
    };
  },
);
