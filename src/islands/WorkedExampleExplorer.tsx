/**
 * The worked-example explorer (numerical example chapter): the document's 2-2-1 house-price
 * network with every value on a diagram; editable inputs, target, weights, optional biases and
 * learning rate; forward, backward, update, one full step and N steps, all through the engine;
 * the loss over iterations; a banner naming why training stalled or diverged; a reset; and the
 * set-up in the URL so it can be shared.
 */
import { Component } from 'preact';
import { sgdStep } from '../../engine/sgd';
import type { TrainOutcome } from '../../engine/train';
import { ExampleFrame } from './shared/ExampleFrame';
import { guard } from './shared/guard';
import { NumberField } from './shared/NumberField';
import { show, showShort } from './shared/show';
import { StaleNote } from './shared/StaleNote';
import { BIAS_NAMES, WEIGHT_NAMES } from '../../engine/parameters';
import { evaluate } from './explorer/evaluate';
import { LossChart } from './explorer/LossChart';
import { NetworkDiagram, type Phase } from './explorer/NetworkDiagram';
import { ParameterTable } from './explorer/ParameterTable';
import { documentSetup, exampleOf, LABELS, networkOf, valueRule, withNetwork, type NumberKey, type Setup } from './explorer/setup';
import { decodeSetup, encodeSetup, sharedLinkNote } from './explorer/url-state';

/** More steps per click than this would keep the page busy for longer than a reader waits. */
const MAX_STEPS = 10_000;
/** Every click retrains from the last edit, so a run stays short enough to redo within a frame or two. */
const MAX_ITERATIONS = 100_000;
const DEFAULT_STEPS = 100;
const DOCUMENT = documentSetup();

/** Training from the last edit: the loss at each iteration, the engine's outcome, and where it ended. */
interface Run {
  readonly losses: readonly number[];
  readonly outcome: TrainOutcome;
  readonly setup: Setup;
}

interface State {
  /** The set-up as last edited, reset or loaded: training always starts here… */
  start: Setup;
  /** …and has run this many iterations since… */
  iterations: number;
  /** …with this result (none before the first step). */
  run: Run | undefined;
  phase: Phase | undefined;
  steps: number;
  /** What a shared link contained that could not be used. */
  note: string | undefined;
  /** The last action's result, shown and announced. */
  summary: string;
}

/**
 * Trains from the last edit with the engine's train(), loaded on the first step rather than with
 * the page: the page and its hydration only need one forward and backward pass. Retraining from
 * the edit each time keeps the engine's iteration numbers (and its messages) counting from there.
 * A diverged run keeps the last network whose numbers were all finite, so fields never hold ∞.
 */
async function runOf(start: Setup, iterations: number): Promise<Run> {
  const { train } = await import('../../engine/train');
  const { history, outcome } = train(networkOf(start), [exampleOf(start)], { learningRate: start.values.lr, iterations, loss: 'squared' });
  const shown = outcome.status === 'diverged' ? Math.max(0, outcome.iteration - 1) : history.length - 1;
  // The chart ends where the fields do: at the last network whose numbers were all finite.
  return { losses: history.slice(0, shown + 1).map((h) => h.loss), outcome, setup: withNetwork(start, history[shown]!.network) };
}

export default class WorkedExampleExplorer extends Component<object, State> {
  override state: State = {
    start: DOCUMENT,
    iterations: 0,
    run: undefined,
    phase: undefined,
    steps: DEFAULT_STEPS,
    note: undefined,
    summary: '',
  };

  override componentDidMount() {
    const decoded = decodeSetup(location.search, DOCUMENT);
    if (!decoded.shared) return;
    const usable = guard(() => evaluate(decoded.setup)).ok;
    const note = sharedLinkNote(decoded, usable);
    this.setState({ start: usable ? decoded.setup : DOCUMENT, note, summary: note });
  }

  override componentDidUpdate(_: object, previous: State) {
    const current = this.current();
    if (current === (previous.run?.setup ?? previous.start)) return;
    history.replaceState(history.state, '', `${location.pathname}${encodeSetup(current, DOCUMENT)}${location.hash}`);
  }

  /** The set-up the fields and diagram show: where training ended, or the last edit. */
  current(): Setup {
    return this.state.run?.setup ?? this.state.start;
  }

  edit(start: Setup) {
    const computed = guard(() => evaluate(start));
    if (!computed.ok) return computed.message;
    const { trace, grads } = computed.result;
    this.setState({
      start,
      iterations: 0,
      run: undefined,
      phase: undefined,
      note: undefined,
      summary: `Prediction ${showShort(trace.output[0]!)}, loss ${showShort(grads.loss)}.`,
    });
    return undefined;
  }

  offer(key: NumberKey, value: number) {
    const rule = valueRule(key, value);
    const setup = this.current();
    return rule ? `This value ${rule}.` : this.edit({ ...setup, values: { ...setup.values, [key]: value } });
  }

  async step(count: number, what: string) {
    const { start, iterations } = this.state;
    const total = iterations + count;
    if (total > MAX_ITERATIONS) {
      this.setState({ summary: `At most ${show(MAX_ITERATIONS)} iterations a run: reset or edit a value first.` });
      return;
    }
    const before = evaluate(this.current()).result.grads.loss;
    const run = await runOf(start, total);
    const after = run.losses[run.losses.length - 1]!;
    this.setState({
      iterations: total,
      run,
      phase: undefined,
      summary: `${what}: loss ${showShort(before)} → ${showShort(after)}, iteration ${show(total)}.`,
    });
  }

  showPhase(phase: Phase) {
    const { trace, grads } = evaluate(this.current()).result;
    const [z1, z2] = trace.layers[0]!.z;
    this.setState({
      phase,
      summary:
        phase === 'forward'
          ? `Forward pass: z₁ = ${showShort(z1!)}, z₂ = ${showShort(z2!)}, prediction ${showShort(trace.output[0]!)}, loss ${showShort(grads.loss)}.`
          : `Backward pass: ∂L/∂ŷ = ${showShort(grads.dOutput[0]!)}; the gradients are in the diagram and the table.`,
    });
  }

  override render() {
    const { run, phase, steps, note, summary } = this.state;
    const setup = this.current();
    const evaluation = evaluate(setup).result;
    const afterUpdate = withNetwork(setup, sgdStep(evaluation.net, evaluation.grads, setup.values.lr).network);
    const outcome = run?.outcome;
    const trouble = outcome?.status === 'ok' ? undefined : outcome?.message;
    const field = (key: NumberKey) => (
      <NumberField id={`explorer-${key}`} label={LABELS[key]} value={setup.values[key]} onValue={(v) => this.offer(key, v)} />
    );
    const button = (label: string, action: () => unknown) => (
      <button type="button" onClick={action}>
        {label}
      </button>
    );
    return (
      <ExampleFrame title="Explore the worked example" summary={trouble ? `${summary} ${trouble}` : summary} class="nn-explorer">
        {note && <p class="nn-banner nn-banner-note">{note}</p>}
        <NetworkDiagram setup={setup} evaluation={evaluation} phase={phase} />
        <fieldset>
          <legend>Inputs and target</legend>
          <div class="nn-fields">{(['x1', 'x2', 'y'] as const).map(field)}</div>
        </fieldset>
        <fieldset>
          <legend>Weights</legend>
          <div class="nn-fields">{WEIGHT_NAMES.map(field)}</div>
        </fieldset>
        <fieldset>
          <legend>Biases and learning</legend>
          <label class="nn-check">
            <input type="checkbox" checked={setup.biases} onChange={(e) => this.edit({ ...setup, biases: e.currentTarget.checked })} /> Add
            biases b₁, b₂, b₃ (the document sets them to 0 and leaves them out)
          </label>
          <div class="nn-fields">
            {setup.biases && BIAS_NAMES.map(field)}
            {field('lr')}
            <NumberField
              id="explorer-steps"
              label="Steps N"
              value={steps}
              onValue={(n) => {
                if (!Number.isInteger(n) || n < 1 || n > MAX_STEPS) return `Enter a whole number from 1 to ${show(MAX_STEPS)}.`;
                this.setState({ steps: n });
                return undefined;
              }}
            />
          </div>
        </fieldset>
        <div class="nn-buttons">
          {button('Forward pass', () => this.showPhase('forward'))}
          {button('Backward pass', () => this.showPhase('backward'))}
          {button('Update weights', () => this.step(1, 'Update'))}
          {button('One full step', () => this.step(1, 'One full step'))}
          {button(`Run ${show(steps)} step${steps === 1 ? '' : 's'}`, () => this.step(steps, `${show(steps)} steps`))}
          <button
            type="button"
            class="nn-secondary"
            onClick={() =>
              this.setState({
                start: DOCUMENT,
                iterations: 0,
                run: undefined,
                phase: undefined,
                note: undefined,
                summary: 'Reset to the document’s values.',
              })
            }
          >
            Reset to the document’s values
          </button>
        </div>
        <StaleNote />
        {summary && summary !== note && <p class="nn-result">{summary}</p>}
        {trouble && <p class="nn-banner nn-outcome">{trouble}</p>}
        <LossChart losses={run?.losses ?? [evaluation.grads.loss]} />
        <ParameterTable setup={setup} evaluation={evaluation} next={afterUpdate} />
      </ExampleFrame>
    );
  }
}
