/**
 * The worked-example explorer (numerical example chapter), built around one training step on the
 * computational graph: the reader walks it node by node (StepThrough), edits the inputs, target,
 * weights, optional biases and learning rate (every step recomputes), runs N training steps with
 * the loss over iterations and a banner naming why training stalled or diverged, and resets. The
 * set-up and the current step live in the URL, so a link opens the same step.
 */
import { Component } from 'preact';
import { buildGraph, graphSteps, type Graph, type GraphStep } from '../../engine/graph';
import { BIAS_NAMES, WEIGHT_NAMES } from '../../engine/parameters';
import { sgdStep } from '../../engine/sgd';
import type { TrainOutcome } from '../../engine/train';
import { STEP_QUANTITIES, stepEquation } from '../../engine/worked-steps';
import { ExampleFrame } from './shared/ExampleFrame';
import { guard } from './shared/guard';
import { NumberField } from './shared/NumberField';
import { show, showShort } from './shared/show';
import { StaleNote } from './shared/StaleNote';
import { evaluate, type Evaluation } from './explorer/evaluate';
import { ParameterTable } from './explorer/ParameterTable';
import { documentSetup, exampleOf, LABELS, networkOf, valueRule, withNetwork, type NumberKey, type Setup } from './explorer/setup';
import { OPEN_STEP_EVENT } from './explorer/step-ids';
import { stepSentence } from './explorer/step-text';
import { StepThrough } from './explorer/StepThrough';
import './explorer/explorer.css';

/** More steps per click than this would keep the page busy for longer than a reader waits. */
const MAX_STEPS = 10_000;
/** Every run retrains from the last edit, so a run stays short enough to redo within a frame or two. */
const MAX_ITERATIONS = 100_000;
const DEFAULT_STEPS = 100;
const DOCUMENT = documentSetup();

/** Training from the last edit: the loss at each iteration, the engine's outcome, and where it ended. */
interface Run {
  readonly losses: readonly number[];
  readonly outcome: TrainOutcome;
  readonly setup: Setup;
  readonly iterations: number;
}

interface State {
  /** The set-up as last edited, reset or loaded: training always starts here… */
  start: Setup;
  /** …and the latest run from it, if any. */
  run: Run | undefined;
  /** The index of the current step in the step-through. */
  step: number;
  steps: number;
  /** What a shared link contained that could not be used. */
  note: string | undefined;
  /** The last training action's result, shown and announced; a step announces itself. */
  summary: string;
  /** The last thing to announce: the step, or the summary. */
  announce: 'step' | 'summary';
  /** Counts resets, so every field is rebuilt from its value (and loses refused text) on reset. */
  resets: number;
  /** True while a run is in flight: the run button says so. */
  busy: boolean;
  /** Guessing each number before the step-through shows it, and the steps guessed or shown. */
  guessing: boolean;
  revealed: ReadonlySet<string>;
}

const fresh = (start: Setup, summary: string): Partial<State> => ({
  start,
  run: undefined,
  note: undefined,
  summary,
  announce: 'summary',
  revealed: new Set(),
});

/**
 * Trains from the last edit with the engine's train(), loaded on the first run rather than with
 * the page. Retraining from the edit keeps the engine's iteration numbers (and its messages)
 * counting from there. A diverged run keeps the last network whose numbers were all finite.
 */
async function runOf(start: Setup, iterations: number): Promise<Run> {
  const { train } = await import('../../engine/train');
  const { history, outcome } = train(networkOf(start), [exampleOf(start)], { learningRate: start.values.lr, iterations, loss: 'squared' });
  const shown = outcome.status === 'diverged' ? Math.max(0, outcome.iteration - 1) : history.length - 1;
  // The chart ends where the fields do: at the last network whose numbers were all finite.
  const setup = withNetwork(start, history[shown]!.network);
  return { losses: history.slice(0, shown + 1).map((h) => h.loss), outcome, setup, iterations };
}

/** A set-up's forward and backward pass, and one training step of it walked on its graph. */
interface Walk {
  readonly setup: Setup;
  readonly evaluation: Evaluation;
  readonly graph: Graph;
  readonly steps: readonly GraphStep[];
}

function walkOf(setup: Setup): Walk {
  const evaluation = evaluate(setup).result;
  const { input, target } = exampleOf(setup);
  const graph = buildGraph(evaluation.net, input, target, 'squared');
  return { setup, evaluation, graph, steps: graphSteps(graph, setup.values.lr) };
}

/**
 * Loaded on first need rather than with the page: the loss chart with the first run, and the
 * nudge check (which retrains nothing, but runs two more forward passes) at the first weight's
 * gradient step a reader reaches.
 */
type ChartModule = typeof import('./explorer/LossChart');
type NudgeModule = typeof import('../../engine/gradcheck');
/** The address's reader and writer: needed once a link names a set-up or a step, or the reader acts. */
type UrlModule = typeof import('./explorer/url-state');
type GuessView = typeof import('./explorer/guess').guessView;

/** Only a weight's or bias's gradient step has a nudge check. */
const checksNudge = (step: GraphStep, graph: Graph) => step.phase === 'backward' && graph.nodes[step.node]!.param !== undefined;

const quantityOf = (step: GraphStep) => STEP_QUANTITIES[step.id];
const equationOf = (step: GraphStep) => stepEquation(step.id);

export default class WorkedExampleExplorer extends Component<object, State> {
  override state: State = {
    ...(fresh(DOCUMENT, '') as Pick<State, 'start' | 'run' | 'note' | 'summary' | 'announce' | 'revealed'>),
    guessing: false,
    step: 0,
    steps: DEFAULT_STEPS,
    resets: 0,
    busy: false,
  };

  /** Changes with every edit and reset: a run that started before one is discarded. */
  private generation = 0;
  /** Iterations asked for since the last edit, counted at each click, so no click is lost. */
  private wanted = 0;
  private queue: Promise<void> = Promise.resolve();
  private chart: ChartModule | undefined;
  private gradcheck: NudgeModule | undefined;
  private url: Promise<UrlModule> | undefined;
  private guessView: GuessView | undefined;
  /** Counts the reader's steps, edits, runs and resets: a link read after one of them is not applied. */
  private actions = 0;
  /** The walk of the set-up last asked for: render, the address and the nudge check all read it. */
  private walked: Walk | undefined;

  private readonly openStep = (e: Event) => {
    const id = (e as CustomEvent<string>).detail;
    const index = this.walk().steps.findIndex((s) => s.id === id);
    if (index >= 0) this.go(index);
  };

  override componentDidMount() {
    window.addEventListener(OPEN_STEP_EVENT, this.openStep);
    if (!location.search) return;
    const actions = this.actions;
    void this.urlModule().then((url) => {
      if (this.actions !== actions) return;
      const decoded = url.decodeState(
        location.search,
        DOCUMENT,
        this.walk(DOCUMENT).steps.map((s) => s.id),
      );
      const usable = guard(() => evaluate(decoded.setup)).ok;
      const start = usable ? decoded.setup : DOCUMENT;
      const step = decoded.step
        ? Math.max(
            0,
            this.walk(start).steps.findIndex((s) => s.id === decoded.step),
          )
        : 0;
      const note = decoded.shared || decoded.ignored.length ? url.sharedLinkNote(decoded, usable) : undefined;
      // The address then keeps only what was used: unknown, repeated and refused parameters are dropped.
      this.setState({ start, step, note, summary: note ?? '', announce: 'summary' });
    });
  }

  override componentWillUnmount() {
    window.removeEventListener(OPEN_STEP_EVENT, this.openStep);
  }

  override componentDidUpdate() {
    void this.urlModule().then((url) => this.writeUrl(url));
    this.loadNudgeCheck();
  }

  private urlModule(): Promise<UrlModule> {
    return (this.url ??= import('./explorer/url-state'));
  }

  /** Fetches the nudge check when the current step has one; the render that follows shows it. */
  private loadNudgeCheck() {
    if (this.gradcheck) return;
    const { graph, steps } = this.walk();
    if (!checksNudge(steps[this.indexIn(steps)]!, graph)) return;
    void import('../../engine/gradcheck').then((module) => {
      this.gradcheck = module;
      this.forceUpdate();
    });
  }

  /** Writes the state as it is when the module has loaded, so the last state is the one kept. */
  private writeUrl({ encodeState }: UrlModule) {
    const { setup, steps } = this.walk();
    const index = this.indexIn(steps);
    const id = index === 0 ? undefined : steps[index]!.id;
    const url = `${location.pathname}${encodeState(setup, DOCUMENT, id)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  /** The set-up the fields and steps show: where training ended, or the last edit. */
  current(): Setup {
    return this.state.run?.setup ?? this.state.start;
  }

  walk(setup = this.current()): Walk {
    if (this.walked?.setup !== setup) this.walked = walkOf(setup);
    return this.walked;
  }

  /** The current step's index among a walk's steps: with biases turned off there are fewer. */
  indexIn(steps: readonly GraphStep[]): number {
    return Math.min(this.state.step, steps.length - 1);
  }

  toggleGuessing() {
    this.setState(({ guessing }) => ({ guessing: !guessing, announce: 'step' }));
    void import('./explorer/guess').then(({ guessView }) => {
      this.guessView = guessView;
      this.forceUpdate();
    });
  }

  reveal(id: string) {
    this.setState(({ revealed }) => ({ revealed: new Set([...revealed, id]), announce: 'step' }));
  }

  go(step: number) {
    this.actions++;
    this.setState({ step, announce: 'step' });
  }

  edit(start: Setup) {
    const computed = guard(() => evaluate(start));
    if (!computed.ok) return computed.message;
    const { trace, grads } = computed.result;
    this.actions++;
    this.generation++;
    this.wanted = 0;
    this.setState({ ...fresh(start, `Prediction ${showShort(trace.output[0]!)}, loss ${showShort(grads.loss)}.`), busy: false });
    return undefined;
  }

  offer(key: NumberKey, value: number) {
    const rule = valueRule(key, value);
    const setup = this.current();
    return rule ? `This value ${rule}.` : this.edit({ ...setup, values: { ...setup.values, [key]: value } });
  }

  reset() {
    this.actions++;
    this.generation++;
    this.wanted = 0;
    this.setState(({ resets }) => ({
      ...fresh(DOCUMENT, 'Reset to the document’s values.'),
      step: 0,
      steps: DEFAULT_STEPS,
      resets: resets + 1,
      busy: false,
    }));
  }

  /**
   * Counts the click at once, then queues a run to the total: a burst of clicks ends at the sum
   * of them, and a run that an edit or a reset overtook is thrown away.
   */
  train(count: number) {
    if (this.wanted + count > MAX_ITERATIONS) {
      this.setState({ summary: `At most ${show(MAX_ITERATIONS)} iterations a run: reset or edit a value first.`, announce: 'summary' });
      return;
    }
    this.actions++;
    this.wanted += count;
    const generation = this.generation;
    this.setState({ busy: true });
    this.queue = this.queue.then(async () => {
      const total = this.wanted;
      if (generation !== this.generation || total === (this.state.run?.iterations ?? 0)) return;
      const { start } = this.state;
      const before = evaluate(start).result.grads.loss;
      const [run, chart] = await Promise.all([runOf(start, total), this.chart ?? import('./explorer/LossChart')]);
      this.chart = chart;
      if (generation !== this.generation) return;
      const after = run.losses[run.losses.length - 1]!;
      this.setState({
        run,
        busy: this.wanted !== total,
        summary: `${show(total)} training step${total === 1 ? '' : 's'} from the set-up: loss ${showShort(before)} → ${showShort(after)}, iteration ${show(total)}.`,
        announce: 'summary',
      });
    });
  }

  override render() {
    const { run, steps: count, note, summary, announce, resets, busy } = this.state;
    const { setup, evaluation, graph, steps } = this.walk();
    const step = this.indexIn(steps);
    const current = steps[step]!;
    const node = graph.nodes[current.node]!;
    const afterUpdate = withNetwork(setup, sgdStep(evaluation.net, evaluation.grads, setup.values.lr).network);
    const { input, target } = exampleOf(setup);
    const check = checksNudge(current, graph) ? this.gradcheck?.nudge(evaluation.net, input, target, 'squared', node.param!) : undefined;
    const outcome = run?.outcome;
    const trouble = outcome?.status === 'ok' ? undefined : outcome?.message;
    const guess = this.state.guessing ? this.guessView?.(graph, steps, step, this.state.revealed, (id) => this.reveal(id)) : undefined;
    const said =
      announce === 'step'
        ? (guess?.sentence ?? stepSentence(current, step, steps.length, node.label))
        : trouble
          ? `${summary} ${trouble}`
          : summary;
    const field = (key: NumberKey) => (
      <NumberField id={`explorer-${key}`} label={LABELS[key]} value={setup.values[key]} onValue={(v) => this.offer(key, v)} />
    );
    return (
      <ExampleFrame title="Explore the worked example" summary={said} class="nn-explorer">
        {note && <p class="nn-banner nn-banner-note">{note}</p>}
        <StepThrough
          graph={graph}
          steps={steps}
          index={step}
          quantityOf={quantityOf}
          equationOf={equationOf}
          nudge={check}
          onGo={(i) => this.go(i)}
          guessing={this.state.guessing}
          guess={guess}
          onGuess={() => this.toggleGuessing()}
        />
        <div key={resets}>
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
              <input type="checkbox" checked={setup.biases} onChange={(e) => this.edit({ ...setup, biases: e.currentTarget.checked })} />{' '}
              Add biases b₁, b₂, b₃ (the document sets them to 0 and leaves them out)
            </label>
            <div class="nn-fields">
              {setup.biases && BIAS_NAMES.map(field)}
              {field('lr')}
              <NumberField
                id="explorer-steps"
                label="Steps N"
                value={count}
                onValue={(n) => {
                  if (!Number.isInteger(n) || n < 1 || n > MAX_STEPS) return `Enter a whole number from 1 to ${show(MAX_STEPS)}.`;
                  this.setState({ steps: n });
                  return undefined;
                }}
              />
            </div>
          </fieldset>
        </div>
        <div class="nn-buttons">
          <button type="button" aria-busy={busy ? 'true' : undefined} onClick={() => this.train(count)}>
            {`Run ${show(count)} step${count === 1 ? '' : 's'}`}
          </button>
          <button type="button" class="nn-secondary" onClick={() => this.reset()}>
            Reset to the document’s values
          </button>
        </div>
        <StaleNote />
        {summary && summary !== note && <p class="nn-result">{summary}</p>}
        {trouble && <p class="nn-banner nn-outcome">{trouble}</p>}
        {run && this.chart ? (
          <this.chart.LossChart losses={run.losses} />
        ) : (
          <p class="nn-chart-note">Run training steps to draw the loss over the iterations.</p>
        )}
        <ParameterTable setup={setup} evaluation={evaluation} next={afterUpdate} />
      </ExampleFrame>
    );
  }
}
