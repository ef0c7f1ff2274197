/**
 * The training loop: forward, loss, backprop, update, repeated. Returns the whole history and
 * reports, without throwing, the two ways training goes wrong: stalled (every gradient exactly 0
 * while the loss is not, e.g. all ReLUs dead) and diverged (a parameter, a weighted sum, the loss,
 * a gradient or the gradients' size stopped being finite; the message says which, and when).
 */
import { compileKernel, type Kernel } from './kernel';
import { lossByName, type Loss, type LossName } from './loss';
import { forward } from './forward';
import { outputSize, paramLabel, paramRefs, requireNetwork, type Network, type ParamRef } from './network';
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
  const refs = paramRefs(start);
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

    const stalling = gradientNorm === 0 && lossValue > 0 && outcome.status === 'ok';
    // A weighted sum of ±∞ hides behind ReLU (0 out, 0 gradient) and looks like a stall, so the
    // sums are looked at whenever training seems to stop, and once at the end.
    const broken = firstNonFinite(refs, kernel, lossValue, gradientNorm, stalling || t === options.iterations, () =>
      nonFiniteSum(history[t]!.network, inputs),
    );
    if (broken) {
      outcome = { status: 'diverged', iteration: t, field: broken.field, message: divergedMessage(t, broken) };
      break;
    }
    if (stalling) {
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

/** What stopped being finite first, and which kind of value it is. */
interface Broken {
  readonly field: string;
  readonly kind: 'parameter' | 'weighted sum' | 'loss' | 'gradient' | 'gradients’ size';
}

/**
 * The first non-finite value of an iteration, in the order one causes the next: a parameter
 * (its update overflowed), a weighted sum, the loss, a gradient, and last the gradients' size,
 * which overflows on its own when gradients near 10¹⁵⁶ are squared. The weighted sums take a
 * forward pass, so they are looked at only when something else broke or `always` says so.
 */
function firstNonFinite(
  refs: readonly ParamRef[],
  kernel: Kernel,
  loss: number,
  gradientNorm: number,
  always: boolean,
  sums: () => Broken | undefined,
): Broken | undefined {
  const bad = kernel.params.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) return { field: paramLabel(refs[bad]!), kind: 'parameter' };
  const healthy = Number.isFinite(loss) && Number.isFinite(gradientNorm);
  if (healthy && !always) return undefined;
  const sum = sums();
  if (sum || healthy) return sum;
  if (!Number.isFinite(loss)) return { field: 'the loss', kind: 'loss' };
  const grad = kernel.grads.findIndex((g) => !Number.isFinite(g));
  if (grad >= 0) return { field: `the gradient of ${paramLabel(refs[grad]!)}`, kind: 'gradient' };
  return { field: 'the gradients’ size', kind: 'gradients’ size' };
}

/** The first weighted sum z that is not finite for some example, named by its layer and neuron. */
function nonFiniteSum(net: Network, inputs: readonly (readonly number[])[]): Broken | undefined {
  for (const input of inputs) {
    const layers = forward(net, input).layers;
    for (let k = 0; k < layers.length; k++) {
      const j = layers[k]!.z.findIndex((z) => !Number.isFinite(z));
      if (j >= 0) return { field: `layer ${k + 1} neuron ${j + 1}’s weighted sum`, kind: 'weighted sum' };
    }
  }
  return undefined;
}

/**
 * Says what went non-finite and when: at iteration 0 nothing has been trained, so the starting
 * values are to blame; later, an update did it, and the learning rate is too large.
 */
function divergedMessage(t: number, { field, kind }: Broken): string {
  const cause =
    t === 0
      ? 'The starting values are too large for the scale of the inputs.'
      : 'The learning rate is too large for the scale of the inputs.';
  const when = t === 0 ? 'before any update' : `after update ${t}`;
  const what =
    kind === 'parameter'
      ? `update ${t} made ${field} overflow, so it is no longer a finite number`
      : kind === 'gradients’ size'
        ? `${when}, the gradients’ size √(Σ gradient²) is no longer a finite number, though each gradient is finite: they are too large to add up`
        : `${when}, ${field} is no longer a finite number`;
  return `Training diverged at iteration ${t}: ${what}. ${cause}`;
}

function stallMessage(iteration: number, dead: readonly UnitRef[]): string {
  const units = dead.map((u) => `layer ${u.layer + 1} neuron ${u.neuron + 1}`).join(', ');
  const cause = dead.length > 0 ? `dead ReLU units (${units}) output 0 and pass back no gradient` : 'every gradient is exactly 0';
  return `Training stalled at iteration ${iteration}: ${cause}, so no weight can change again.`;
}
