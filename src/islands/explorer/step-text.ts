/**
 * A step of the worked example's graph as the explorer writes it: its equation with every number
 * filled in (∂L/∂w₁₁ = ∂L/∂(w₁₁x₁) × x₁ = 23,000 × 2000 = 46,000,000) and the sentence a screen
 * reader hears for it.
 */
import type { GraphStep, Numbers, Phase } from '../../../engine/graph';
import { show } from '../shared/show';

/** The numbers of a formula, negative ones in parentheses unless alone: 2 × (−575), (−575)². */
function numbersText(numbers: Numbers): string {
  return numbers
    .map((part) => (typeof part === 'string' ? part : part < 0 && numbers.length > 1 ? `(${show(part)})` : show(part)))
    .join('');
}

/** lhs = formula = numbers = value, leaving out a side that would only repeat the one after it. */
export function equationSides(step: GraphStep): string[] {
  const sides = [step.lhs, step.formula, numbersText(step.numbers), show(step.value)];
  return sides.filter((side, i) => side !== sides[i + 1]);
}

const PHASE_WORDS: Readonly<Record<Phase, string>> = {
  forward: 'forward',
  loss: 'the loss',
  backward: 'backward',
  update: 'update',
};

/** "Step 25 of 41, backward: the gradient of w₁₁ is ∂L/∂(w₁₁x₁) times x₁, 23,000 × 2000 = 46,000,000." */
export function stepSentence(step: GraphStep, index: number, count: number, nodeLabel: string): string {
  const what = step.phase === 'backward' ? `the gradient of ${nodeLabel}` : step.lhs;
  const [, formula, ...rest] = equationSides(step);
  const numbers = rest.length > 1 ? `, ${rest.join(' = ')}` : ` = ${rest[0] ?? show(step.value)}`;
  const sum = step.feeds > 1 ? ` ${nodeLabel} feeds ${step.feeds} nodes, so its gradient is the sum of ${step.feeds} terms.` : '';
  return `Step ${index + 1} of ${count}, ${PHASE_WORDS[step.phase]}: ${what} is ${formula?.replaceAll(' × ', ' times ')}${numbers}.${sum}`;
}
