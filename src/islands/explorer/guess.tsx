/**
 * Guessing each number of the step-through before it is shown, loaded when the reader turns it
 * on. The current step's value, and every value the walk has not reached yet, are hidden in the
 * equation and in the drawing until the reader guesses it or asks for it. A guess is typed like
 * any number on the site (the same parser and messages) and is right within 0.01 % of the
 * engine's value; a wrong one is told what it looks like: a flipped sign, or a sum where the
 * step multiplies.
 */
import { Component, type ComponentChildren } from 'preact';
import type { Graph, GraphStep } from '../../../engine/graph';
import { AnswerForm } from '../exercises/AnswerForm';
import { parseNumber } from '../shared/parse-number';
import { show } from '../shared/show';

/** Right within this relative error: 14.9978 for 14.997815, but not 15. */
const TOLERANCE = 1e-4;
const FIELD = 'nn-steps-guess';

const close = (guess: number, value: number) => Math.abs(guess - value) <= TOLERANCE * Math.abs(value) + 1e-12;

/** The drawing's name for what a step computes: the node's id for a value, d-id for a gradient. */
const drawnAs = (graph: Graph, step: GraphStep) => (step.phase === 'backward' ? 'd-' : '') + graph.nodes[step.node]!.id;

/** What a wrong guess looks like, said to the reader; checked against the step's own numbers. */
function wrongGuess(step: GraphStep, guess: number): string {
  const factors = step.numbers.filter((n): n is number => typeof n === 'number');
  if (step.value !== 0 && close(guess, -step.value)) return 'The sign is flipped: look again at the signs of the numbers.';
  if (factors.length === 2 && step.numbers.includes(' × ') && close(guess, factors[0]! + factors[1]!))
    return 'That adds the two numbers: this step multiplies them.';
  return `Not yet: work out ${step.formula} with the numbers above again, or show the number.`;
}

interface FormProps {
  step: GraphStep;
  revealed: boolean;
  onReveal: () => void;
}

class GuessForm extends Component<FormProps, { message: string | undefined; verdict: string }> {
  override state = { message: undefined, verdict: '' };

  check(typed: string) {
    const parsed = parseNumber(typed);
    if (!parsed.ok) return this.setState({ message: parsed.message });
    const { step, onReveal } = this.props;
    if (!close(parsed.value, step.value)) return this.setState({ message: undefined, verdict: wrongGuess(step, parsed.value) });
    this.setState({ message: undefined, verdict: `Right: ${step.lhs} = ${show(step.value)}.` });
    onReveal();
  }

  override render({ step, revealed, onReveal }: FormProps, { message, verdict }: { message: string | undefined; verdict: string }) {
    return (
      <div class="nn-guess">
        <AnswerForm
          field={FIELD}
          label={`Your guess: ${step.lhs} =`}
          rounding="Within 0.01 % of the exact value counts."
          message={message}
          verdict={verdict}
          onCheck={(typed) => this.check(typed)}
        />
        {!revealed && (
          <button type="button" class="nn-secondary" onClick={onReveal}>
            Show the number
          </button>
        )}
      </div>
    );
  }
}

export interface GuessView {
  /** The drawing's values to hide. */
  readonly hidden: ReadonlySet<string>;
  /** True while the current step's own value is hidden. */
  readonly hideValue: boolean;
  readonly form: ComponentChildren;
  /** What a screen reader hears for the step while its value is hidden. */
  readonly sentence: string | undefined;
}

/** The step-through while guessing, at step `index`, with the steps already guessed or shown. */
export function guessView(
  graph: Graph,
  steps: readonly GraphStep[],
  index: number,
  revealed: ReadonlySet<string>,
  onReveal: (id: string) => void,
): GuessView {
  const step = steps[index]!;
  const shown = revealed.has(step.id);
  const ahead = steps.slice(index).filter((s) => s !== step || !shown);
  return {
    hidden: new Set(ahead.filter((s) => s.phase !== 'update').map((s) => drawnAs(graph, s))),
    hideValue: !shown,
    form: <GuessForm key={step.id} step={step} revealed={shown} onReveal={() => onReveal(step.id)} />,
    sentence: shown ? undefined : `Step ${index + 1} of ${steps.length}: ${step.lhs} = ${step.formula}. What is it? Type your guess.`,
  };
}
