/**
 * Training on a data set, one mini-batch at a time: the loop the training chapter and its
 * playground run. Each step takes the next batch of the epoch's seeded shuffle, computes the
 * batch's mean loss and gradients on the kernel, and updates the weights; an epoch is one pass
 * over every training row. The trainer never throws once built: it names a stalled run (every
 * gradient exactly 0, with its dead ReLU units) or a diverged one (the step where a number
 * stopped being finite, and the last finite loss before it) and then refuses further steps.
 */
import { miniBatches } from './batches';
import type { Dataset } from './dataset';
import { formatNumber } from './format';
import { compileKernel, type Kernel } from './kernel';
import { lossByName, type LossName } from './loss';
import { paramLabel, paramRefs, requireNetwork, type Network } from './network';
import { createRandom } from './random';
import type { UnitRef } from './train';
import { EngineInputError, requireCount, requirePositive } from './validate';

export interface TrainerSettings {
  readonly learningRate: number;
  /** Rows per update: the training split's size is full-batch, 1 is stochastic gradient descent. */
  readonly batchSize: number;
  /** Seeds the order in which each epoch visits the rows. */
  readonly seed: number;
  readonly loss?: LossName;
}

export type TrainerStatus =
  | { readonly status: 'training' }
  | { readonly status: 'stalled'; readonly step: number; readonly deadUnits: readonly UnitRef[]; readonly message: string }
  | {
      readonly status: 'diverged';
      readonly step: number;
      readonly field: string;
      readonly lastFiniteLoss: number;
      readonly message: string;
    };

export interface Trainer {
  /** Updates made so far. */
  readonly steps: () => number;
  /** Whole passes over the training rows completed so far. */
  readonly epochs: () => number;
  readonly status: () => TrainerStatus;
  /** One mini-batch update; returns false (and changes nothing) once the run has stalled or diverged. */
  step(): boolean;
  /** Steps to the end of the current epoch (a whole epoch from its start). */
  epoch(): boolean;
  /** Mean loss over every training row at the current weights. */
  trainLoss(): number;
  /** Mean loss over the test rows at the current weights. */
  testLoss(): number;
  /** Hidden ReLU units whose weighted sum is ≤ 0 for every training row at the current weights. */
  deadUnits(): UnitRef[];
  /** The prediction for one (already scaled, if scaling is on) input. */
  predict(input: readonly number[]): number;
  network(): Network;
}

/** Largest absolute value a double holds: beyond it a sum overflows to ∞. */
const LARGEST_DOUBLE = Number.MAX_VALUE;

export function createTrainer(start: Network, train: Dataset, test: Dataset, settings: TrainerSettings): Trainer {
  requireNetwork(start);
  for (const [name, data] of [
    ['train', train],
    ['test', test],
  ] as const) {
    if (data.targets.length === 0) throw new EngineInputError(name, data, 'must hold at least one row');
    if (data.inputNames.length !== start.inputSize) {
      throw new EngineInputError(name, data.inputNames, `must have ${start.inputSize} input columns, one per network input`);
    }
  }
  requirePositive('learningRate', settings.learningRate);
  requireCount('batchSize', settings.batchSize);
  requireCount('seed', settings.seed, 0);
  const loss = lossByName(settings.loss ?? 'squared');
  const kernel = compileKernel(start, loss);
  const random = createRandom(settings.seed);
  const trainTargets = train.targets.map((y) => [y]);
  const testTargets = test.targets.map((y) => [y]);
  const rows = train.targets.length;
  const batchSize = Math.min(settings.batchSize, rows);

  let batches: number[][] = [];
  let nextBatch = 0;
  let steps = 0;
  let epochs = 0;
  let lastLoss = kernel.meanLoss(train.inputs, trainTargets);
  let status: TrainerStatus = { status: 'training' };

  function step(): boolean {
    if (status.status !== 'training') return false;
    if (nextBatch === batches.length) {
      batches = miniBatches(rows, batchSize, random);
      nextBatch = 0;
    }
    const batch = batches[nextBatch++]!;
    const batchLoss = kernel.evaluate(
      batch.map((r) => train.inputs[r]!),
      batch.map((r) => trainTargets[r]!),
    );
    kernel.update(settings.learningRate);
    steps++;
    if (nextBatch === batches.length) epochs++;
    status = diagnose(kernel, start, steps, batchLoss, lastLoss, () => kernel.evaluate(train.inputs, trainTargets));
    if (Number.isFinite(batchLoss)) lastLoss = batchLoss;
    return status.status === 'training';
  }

  return {
    steps: () => steps,
    epochs: () => epochs,
    status: () => status,
    step,
    epoch() {
      const target = epochs + 1;
      while (epochs < target) if (!step()) return false;
      return true;
    },
    trainLoss: () => kernel.meanLoss(train.inputs, trainTargets),
    testLoss: () => kernel.meanLoss(test.inputs, testTargets),
    deadUnits() {
      // evaluate() records which units were ever positive; its gradients are not used here.
      kernel.evaluate(train.inputs, trainTargets);
      return kernel.deadUnits();
    },
    predict: (input) => kernel.output(input),
    network: () => kernel.toNetwork(),
  };
}

/** After step s: diverged if a weight or the loss is no longer finite; stalled if no gradient is left on the whole training set. */
function diagnose(
  kernel: Kernel,
  start: Network,
  step: number,
  batchLoss: number,
  lastLoss: number,
  fullGradients: () => number,
): TrainerStatus {
  const bad = kernel.params.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0 || !Number.isFinite(batchLoss)) {
    const field = bad >= 0 ? paramLabel(paramRefs(start)[bad]!) : 'the loss';
    const last = formatNumber(lastLoss, { significant: 3 }).text;
    const limit = formatNumber(LARGEST_DOUBLE, { significant: 2 }).text;
    return {
      status: 'diverged',
      step,
      field,
      lastFiniteLoss: lastLoss,
      message: `Diverged at step ${step}: ${field} overflowed past ${limit}, the largest number a computer's double holds (the loss was ${last} just before). Each step overshot the minimum by more than the last: lower the learning rate.`,
    };
  }
  if (!kernel.grads.every((g) => g === 0)) return { status: 'training' };
  const fullLoss = fullGradients();
  if (!kernel.grads.every((g) => g === 0) || fullLoss === 0) return { status: 'training' };
  const dead = kernel.deadUnits();
  const units = dead.map((u) => `layer ${u.layer + 1} unit ${u.neuron + 1}`).join(', ');
  const cause =
    dead.length > 0 ? `the ReLU units ${units} output 0 for every house and pass back no gradient` : 'every gradient is exactly 0';
  return {
    status: 'stalled',
    step,
    deadUnits: dead,
    message: `Stalled at step ${step}: ${cause}, so no weight can change again.`,
  };
}
