/**
 * The training loop: forward, loss, backprop, update, repeated. Returns the whole history and
 * reports, without throwing, the two ways training goes wrong: stalled (every gradient exactly 0
 * while the loss is not, e.g. all ReLUs dead) and diverged (a value stopped being finite).
 */
import { compileKernel, type Kernel } from './kernel';
import { lossByName, type Loss, type LossName } from './loss';
import { outputSize, paramLabel, paramRefs, requireNetwork, type Network } from './network';
import { EngineInputError, requireCount, requirePositive, requireVector } from './validate';

export interface Example {
  readonly input: readonly number[];
  readonly target: readonly number[];
}

export interface TrainOptions {
  readonly learningRate: number;
  /** Number of updates; the history holds iterations + 1 entries (0 is the starting point). */
  readonly iterations: number;
  readonly loss?: Loss | LossName;
}

export interface IterationRecord {
  /** Updates made before this record: 0 is the network as given. */
  readonly iteration: number;
  /** Mean loss over the examples for this iteration's network. */
  readonly loss: number;
  /** √(Σ gradient²) over every parameter. */
  readonly gradientNorm: number;
  readonly network: Network;
}

export interface UnitRef {
  readonly layer: number;
  readonly neuron: number;
}

export type TrainOutcome =
  | { readonly status: 'ok' }
  | {
      readonly status: 'stalled';
      /** First iteration whose gradients were all exactly 0. */
      readonly iteration: number;
      /** ReLU units whose weighted sum is ≤ 0 for every example: they pass back no gradient. */
      readonly deadUnits: readonly UnitRef[];
      readonly message: string;
    }
  | { readonly status: 'diverged'; readonly iteration: number; readonly field: string; readonly message: string };

export interface TrainResult {
  readonly history: readonly IterationRecord[];
  readonly outcome: TrainOutcome;
  readonly final: Network;
}

export function train(start: Network, examples: readonly Example[], options: TrainOptions): TrainResult {
  requireNetwork(start);
  if (!Array.isArray(examples) || examples.length === 0) {
    throw new EngineInputError('examples', examples, 'must hold at least one example');
  }
  examples.forEach((ex, e) => {
    requireVector(`examples[${e}].input`, ex.input, start.inputSize);
    requireVector(`examples[${e}].target`, ex.target, outputSize(start));
  });
  requirePositive('learningRate', options.learningRate);
  requireCount('iterations', options.iterations, 0);
  const loss = typeof options.loss === 'object' ? options.loss : lossByName(options.loss ?? 'squared');

  const kernel = compileKernel(start, loss);
  const inputs = examples.map((ex) => ex.input);
  const targets = examples.map((ex) => ex.target);
  const history: IterationRecord[] = [];
  const size = kernel.params.length;
  const snapshots = new Float64Array((options.iterations + 1) * size);
  let outcome: TrainOutcome = { status: 'ok' };
  for (let t = 0; t <= options.iterations; t++) {
    const lossValue = kernel.evaluate(inputs, targets);
    let squares = 0;
    for (const g of kernel.grads) squares += g * g;
    const gradientNorm = Math.sqrt(squares);
    snapshots.set(kernel.params, t * size);
    history.push(new LazyIterationRecord(t, lossValue, gradientNorm, kernel, snapshots));

    const broken = firstNonFinite(start, kernel, lossValue, gradientNorm);
    if (broken) {
      outcome = {
        status: 'diverged',
        iteration: t,
        field: broken,
        message: `Training diverged at iteration ${t}: ${broken} is no longer a finite number. The learning rate is too large for the scale of the inputs.`,
      };
      break;
    }
    if (gradientNorm === 0 && lossValue > 0 && outcome.status === 'ok') {
      const deadUnits = kernel.deadUnits();
      outcome = { status: 'stalled', iteration: t, deadUnits, message: stallMessage(t, deadUnits) };
    }
    if (t < options.iterations) kernel.update(options.learningRate);
  }
  return { history, outcome, final: history[history.length - 1]!.network };
}

/**
 * A history entry whose network is built only when asked for, from the run's shared snapshot
 * buffer: most callers read the loss alone, and 1,000 networks built eagerly cost more than
 * the training itself.
 */
class LazyIterationRecord implements IterationRecord {
  #network: Network | undefined;
  constructor(
    readonly iteration: number,
    readonly loss: number,
    readonly gradientNorm: number,
    private readonly kernel: Kernel,
    private readonly snapshots: Float64Array,
  ) {}
  get network(): Network {
    const size = this.kernel.params.length;
    return (this.#network ??= this.kernel.toNetwork(this.snapshots.subarray(this.iteration * size, (this.iteration + 1) * size)));
  }
}

function firstNonFinite(start: Network, kernel: Kernel, loss: number, gradientNorm: number): string | undefined {
  // The kernel holds the parameters in paramRefs order, so an index names its parameter.
  const bad = kernel.params.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) return paramLabel(paramRefs(start)[bad]!);
  if (!Number.isFinite(loss)) return 'the loss';
  if (!Number.isFinite(gradientNorm)) return 'the gradient';
  return undefined;
}

function stallMessage(iteration: number, dead: readonly UnitRef[]): string {
  const units = dead.map((u) => `layer ${u.layer + 1} neuron ${u.neuron + 1}`).join(', ');
  const cause = dead.length > 0 ? `dead ReLU units (${units}) output 0 and pass back no gradient` : 'every gradient is exactly 0';
  return `Training stalled at iteration ${iteration}: ${cause}, so no weight can change again.`;
}
