/**
 * The training loop: forward, loss, backprop, update, repeated. Returns the whole history and
 * reports, without throwing, the two ways training goes wrong: stalled (every gradient exactly 0
 * while the loss is not, e.g. all ReLUs dead) and diverged (a value stopped being finite).
 */
import { backward } from './backprop';
import { forward } from './forward';
import { lossByName, type Loss, type LossName } from './loss';
import { paramLabel, paramRefs, getParam, type Network } from './network';
import { sgdStep } from './sgd';
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

/** Mean loss and mean parameter gradients of the network over the examples. */
export function batchGradients(net: Network, examples: readonly Example[], loss: Loss) {
  const n = examples.length;
  const sums = net.layers.map((layer) => ({
    dW: layer.weights.map((row) => row.map(() => 0)),
    // A layer without biases gets no bias gradient, so it neither moves nor counts in the norm.
    db: (layer.biases ?? []).map(() => 0),
  }));
  let lossSum = 0;
  const traces = examples.map((ex) => {
    const trace = forward(net, ex.input);
    const grads = backward(net, trace, ex.target, loss);
    lossSum += grads.loss;
    grads.layers.forEach((g, k) => {
      const s = sums[k]!;
      g.dW.forEach((row, j) => row.forEach((d, i) => (s.dW[j]![i]! += d / n)));
      s.db.forEach((_, j) => (s.db[j]! += g.db[j]! / n));
    });
    return trace;
  });
  return { loss: lossSum / n, layers: sums, traces };
}

export function train(start: Network, examples: readonly Example[], options: TrainOptions): TrainResult {
  if (!Array.isArray(examples) || examples.length === 0) {
    throw new EngineInputError('examples', examples, 'must hold at least one example');
  }
  examples.forEach((ex, e) => requireVector(`examples[${e}].input`, ex.input, start.inputSize));
  requirePositive('learningRate', options.learningRate);
  requireCount('iterations', options.iterations, 0);
  const loss = typeof options.loss === 'object' ? options.loss : lossByName(options.loss ?? 'squared');

  const history: IterationRecord[] = [];
  let net = start;
  let outcome: TrainOutcome = { status: 'ok' };
  for (let t = 0; t <= options.iterations; t++) {
    const batch = batchGradients(net, examples, loss);
    let squares = 0;
    for (const g of batch.layers) {
      for (const row of g.dW) for (const d of row) squares += d * d;
      for (const d of g.db) squares += d * d;
    }
    const gradientNorm = Math.sqrt(squares);
    history.push({ iteration: t, loss: batch.loss, gradientNorm, network: net });

    const broken = firstNonFinite(net, batch.loss, gradientNorm);
    if (broken) {
      outcome = {
        status: 'diverged',
        iteration: t,
        field: broken,
        message: `Training diverged at iteration ${t}: ${broken} is no longer a finite number. The learning rate is too large for the scale of the inputs.`,
      };
      break;
    }
    if (gradientNorm === 0 && batch.loss > 0 && outcome.status === 'ok') {
      const deadUnits = findDeadUnits(net, batch.traces);
      outcome = { status: 'stalled', iteration: t, deadUnits, message: stallMessage(t, deadUnits) };
    }
    if (t < options.iterations) net = sgdStep(net, batch, options.learningRate).network;
  }
  return { history, outcome, final: net };
}

function firstNonFinite(net: Network, loss: number, gradientNorm: number): string | undefined {
  const bad = paramRefs(net).find((ref) => !Number.isFinite(getParam(net, ref)));
  if (bad) return paramLabel(bad);
  if (!Number.isFinite(loss)) return 'the loss';
  if (!Number.isFinite(gradientNorm)) return 'the gradient';
  return undefined;
}

function findDeadUnits(net: Network, traces: readonly ReturnType<typeof forward>[]): UnitRef[] {
  return net.layers.flatMap((layer, k) =>
    layer.activation !== 'relu'
      ? []
      : layer.weights.flatMap((_, j) => (traces.every((tr) => tr.layers[k]!.z[j]! <= 0) ? [{ layer: k, neuron: j }] : [])),
  );
}

function stallMessage(iteration: number, dead: readonly UnitRef[]): string {
  const units = dead.map((u) => `layer ${u.layer + 1} neuron ${u.neuron + 1}`).join(', ');
  const cause = dead.length > 0 ? `dead ReLU units (${units}) output 0 and pass back no gradient` : 'every gradient is exactly 0';
  return `Training stalled at iteration ${iteration}: ${cause}, so no weight can change again.`;
}
