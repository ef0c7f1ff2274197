/**
 * One training step of the explorer's set-up, walked one node at a time: ◀ and ▶ (and ←, →,
 * Home, End while the step-through has focus) move through forward → loss → backward → update.
 * The drawing marks the current node and the nodes it reads; the equation shows its real
 * numbers; a weight's gradient step checks the chain rule against a nudge of the weight; each
 * step that the chapter also shows links back to that place in the text. Below, the whole
 * computation as a list (all there is without JavaScript).
 */
import type { Graph, GraphStep } from '../../../engine/graph';
import type { Nudge } from '../../../engine/gradcheck';
import type { GuessView } from './guess';
import { show, showShort } from '../shared/show';
import { NetworkDrawing, type Highlight } from './NetworkDrawing';
import { equationAnchor, STEPS_ID } from './step-ids';
import { equationSides } from './step-text';

interface Props {
  graph: Graph;
  steps: readonly GraphStep[];
  index: number;
  /** The chapter's quantity for a step, where it shows the same number… */
  quantityOf: (step: GraphStep) => string | undefined;
  /** …and the quantity whose equation shows it (its own, or one it is part of). */
  equationOf: (step: GraphStep) => string | undefined;
  nudge: Nudge | undefined;
  onGo: (index: number) => void;
  /** Guessing each number first: asked for with onGuess, shown once its code has loaded. */
  guessing: boolean;
  guess: GuessView | undefined;
  onGuess: () => void;
}

const PHASE_TITLES = { forward: 'Forward pass', loss: 'Loss', backward: 'Backward pass', update: 'Update' } as const;

/** Keys that walk the steps, as a move from the current index. */
const MOVES: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowLeft: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  Home: () => 0,
  End: (_, last) => last,
};

function highlightOf(graph: Graph, step: GraphStep): Highlight {
  const id = graph.nodes[step.node]!.id;
  const reads = step.reads.map((r) => graph.nodes[r]!.id);
  if (step.phase === 'backward') {
    // The gradients of the nodes it feeds, and the values their local derivatives use (x₁ for w₁₁).
    const used = step.reads.flatMap((r) => graph.nodes[r]!.inputs.filter((i) => i !== step.node).map((i) => graph.nodes[i]!.id));
    return { current: `d-${id}`, reads: [...reads.map((r) => `d-${r}`), ...used] };
  }
  return { current: id, reads: step.phase === 'update' ? [`d-${id}`] : reads };
}

function Equation({ step, hideValue }: { step: GraphStep; hideValue: boolean | undefined }) {
  const sides = equationSides(step);
  return (
    <p class="nn-step-eq">
      {(hideValue ? [...sides.slice(0, -1), '?'] : sides).map((side, i) => (
        <span class="nn-step-side">
          {i ? '= ' : ''}
          {side}{' '}
        </span>
      ))}
    </p>
  );
}

export function StepThrough({ graph, steps, index, quantityOf, equationOf, nudge, onGo, guessing, guess, onGuess }: Props) {
  const step = steps[index]!;
  const last = steps.length - 1;
  const node = graph.nodes[step.node]!;
  const equation = equationOf(step);
  const go = (to: number) => onGo(Math.min(last, Math.max(0, to)));
  return (
    <div
      id={STEPS_ID}
      class="nn-steps"
      role="group"
      aria-label="Step-through of one training step"
      tabIndex={-1}
      onKeyDown={(e) => {
        const move = MOVES[e.key];
        if (!move || (e.target as HTMLElement).tagName === 'INPUT') return;
        e.preventDefault();
        go(move(index, last));
      }}
    >
      <div class="nn-step-nav">
        <button type="button" aria-label="Previous step" aria-disabled={index === 0 ? 'true' : undefined} onClick={() => go(index - 1)}>
          ◀
        </button>
        <p class="nn-step-count" aria-hidden="true">
          Step {index + 1} of {steps.length} · {PHASE_TITLES[step.phase]}
        </p>
        <button type="button" aria-label="Next step" aria-disabled={index === last ? 'true' : undefined} onClick={() => go(index + 1)}>
          ▶
        </button>
      </div>
      <button type="button" class="nn-secondary nn-guess-toggle" aria-pressed={guessing ? 'true' : 'false'} onClick={onGuess}>
        Guess each number first
      </button>
      <NetworkDrawing
        graph={graph}
        notYet={guess?.hidden}
        highlight={highlightOf(graph, step)}
        id="nn-steps-net"
        title={`The network, with the current step's node ${node.label} marked, and every value of this set-up`}
      />
      <Equation step={step} hideValue={guess?.hideValue} />
      {guess?.form}
      {step.feeds > 1 && (
        <p class="nn-step-note">
          {node.label} feeds {step.feeds} nodes, so its gradient is the sum of {step.feeds} terms, one for each.
        </p>
      )}
      {nudge && !guess?.hideValue && (
        <p class="nn-step-note nn-nudge">
          Nudge check: moving {node.label} by ±{show(nudge.h)} changes the loss by Δ = {showShort(nudge.delta)}, and Δ ÷ {show(2 * nudge.h)}{' '}
          = {showShort(nudge.slope)}, beside the chain rule’s {show(step.value)}.
        </p>
      )}
      {equation && (
        <p class="nn-step-note">
          <a href={`#${equationAnchor(equation)}`} class="nn-step-back">
            ↩ Where the chapter shows this step
          </a>
        </p>
      )}
      <details class="nn-all-steps">
        <summary>The whole computation, {steps.length} steps</summary>
        <ol>
          {steps.map((s, i) => (
            <li data-step={s.id} data-quantity={quantityOf(s)} aria-current={i === index ? 'step' : undefined}>
              <button type="button" class="nn-step-jump" onClick={() => go(i)}>
                {equationSides(s).join(' = ')}
              </button>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
