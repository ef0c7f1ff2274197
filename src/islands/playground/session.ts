/**
 * The playground's training code: a data source (the shipped houses or the reader's CSV), its
 * split and scaling, and a Session that trains a network on it and reports a Snapshot, plain
 * data the views draw. The island imports this module on first use (play, a step, new data, a
 * setting changed); the chapter calls initialSnapshot() at build time, so the page shows the
 * untrained network's numbers without JavaScript.
 */
import { parseCsv } from '../../../engine/csv';
import type { Dataset } from '../../../engine/dataset';
import { houseSplit, truePrice } from '../../../engine/houses';
import { initializeNetwork } from '../../../engine/initialization';
import type { Network } from '../../../engine/network';
import { fitStandardizer, standardizeDataset, standardizeInput, type Standardizer } from '../../../engine/scaling';
import { defaultTestCount, splitDataset, type Split } from '../../../engine/split';
import { createTrainer, type Trainer } from '../../../engine/trainer';
import { createRandom } from '../../../engine/random';
import { EngineInputError } from '../../../engine/validate';
import type { Settings } from './settings';

export interface Source {
  readonly kind: 'houses' | 'own';
  readonly split: Split;
  /** The noise-free rule, where the data has one (the houses). */
  readonly truth?: (input: readonly number[]) => number;
}

export type Point = readonly [x: number, y: number];

export interface Snapshot {
  readonly epochs: number;
  readonly steps: number;
  readonly trainLoss: number;
  readonly testLoss: number;
  /** Training and test loss after each epoch (thinned to at most HISTORY_POINTS). */
  readonly history: readonly { readonly epoch: number; readonly train: number; readonly test: number }[];
  readonly network: Network;
  readonly names: { readonly x: string; readonly y: string; readonly slice?: string };
  readonly fit: readonly Point[];
  readonly truth?: readonly Point[];
  /** Rows as (first input, target); `near` when their second input is at the drawn slice. */
  readonly points: readonly { readonly x: number; readonly y: number; readonly test: boolean; readonly near: boolean }[];
  readonly status: 'training' | 'stalled' | 'diverged';
  readonly message?: string;
  /** Dead ReLU units, named, while training continues (their layer still learns through others). */
  readonly dead?: string;
}

/** The parts of a Snapshot fixed by the data and the slice. */
interface Still {
  readonly grid: readonly number[];
  readonly points: Snapshot['points'];
  readonly truth?: readonly Point[];
}

const HISTORY_POINTS = 400;
const FIT_SAMPLES = 60;

export function housesSource(): Source {
  return { kind: 'houses', split: houseSplit(), truth: ([size, beds]) => truePrice(size!, beds!) };
}

/** The reader's CSV as a source, or the CSV reader's message (naming line and column). */
export function ownSource(text: string, seed: number): { ok: true; source: Source } | { ok: false; message: string } {
  try {
    const data = parseCsv(text);
    return { ok: true, source: { kind: 'own', split: splitDataset(data, defaultTestCount(data.targets.length), seed) } };
  } catch (error) {
    if (error instanceof EngineInputError) return { ok: false, message: `${capitalise(error.field)} ${error.reason}.` };
    throw error;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export class Session {
  readonly #trainer: Trainer;
  readonly #scaler: Standardizer | undefined;
  readonly #source: Source;
  readonly #settings: Settings;
  #history: { epoch: number; train: number; test: number }[] = [];
  #lastGood: Snapshot | undefined;
  #stillCache: { slice: number; value: Still } | undefined;

  constructor(settings: Settings, source: Source) {
    this.#settings = settings;
    this.#source = source;
    const { train, test } = source.split;
    const inputSize = train.inputNames.length;
    this.#scaler = settings.scaling ? fitStandardizer(train) : undefined;
    const scale = (d: Dataset) => (this.#scaler ? standardizeDataset(this.#scaler, d) : d);
    const net = initializeNetwork(
      { inputSize, hidden: settings.hidden, activation: settings.activation, biases: settings.biases },
      'random',
      settings.seed,
    );
    const batchSize = settings.batchSize === 0 ? train.targets.length : settings.batchSize;
    this.#trainer = createTrainer(net, scale(train), scale(test), { learningRate: settings.learningRate, batchSize, seed: settings.seed });
    this.#record();
    this.#lastGood = this.#draw(undefined, 'training', settings.slice);
  }

  get status() {
    return this.#trainer.status().status;
  }

  /** The losses recorded so far, without drawing a snapshot (the learning-rate figure needs only these). */
  get history(): Snapshot['history'] {
    return this.#history;
  }

  step() {
    const before = this.#trainer.epochs();
    this.#trainer.step();
    if (this.#trainer.epochs() > before) this.#record();
  }

  epoch() {
    this.#trainer.epoch();
    this.#record();
  }

  #record() {
    const t = this.#trainer;
    if (t.status().status === 'diverged') return;
    const train = t.trainLoss();
    const test = t.testLoss();
    if (!Number.isFinite(train) || !Number.isFinite(test)) return;
    this.#history.push({ epoch: t.epochs(), train, test });
    // Thinned by halves, so a long run keeps its whole shape in a bounded array.
    if (this.#history.length > HISTORY_POINTS)
      this.#history = this.#history.filter((_, i) => i % 2 === 0 || i === this.#history.length - 1);
  }

  /** The current state, with the fitted function drawn at `slice` (the second input's value). */
  snapshot(slice = this.#settings.slice): Snapshot {
    const t = this.#trainer;
    const status = t.status();
    if (status.status === 'diverged' && this.#lastGood) {
      // The last finite state, without its dead-unit note (the run is over).
      const good: Snapshot = { ...this.#lastGood, status: 'diverged', message: status.message };
      delete (good as { dead?: string }).dead;
      return good;
    }
    const snapshot = this.#draw(status.status === 'stalled' ? status.message : undefined, status.status, slice);
    if (status.status !== 'diverged') this.#lastGood = snapshot;
    return snapshot;
  }

  /**
   * What does not change while the network trains, for one slice: the sizes the fit is drawn at,
   * the data points and the true rule. Kept between frames, so the views receive the same arrays
   * and skip redrawing them.
   */
  #still(slice: number): Still {
    if (this.#stillCache?.slice === slice) return this.#stillCache.value;
    const { train, test } = this.#source.split;
    const two = train.inputNames.length === 2;
    const rows = [
      ...train.inputs.map((x, r) => ({ x, y: train.targets[r]!, test: false })),
      ...test.inputs.map((x, r) => ({ x, y: test.targets[r]!, test: true })),
    ];
    const xs = rows.map((r) => r.x[0]!);
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    const grid = Array.from({ length: FIT_SAMPLES + 1 }, (_, i) => lo + ((hi - lo) * i) / FIT_SAMPLES);
    const rule = this.#source.truth;
    const value: Still = {
      grid,
      points: rows.map((r) => ({ x: r.x[0]!, y: r.y, test: r.test, near: !two || Math.abs(r.x[1]! - slice) < 0.5 })),
      ...(rule && { truth: grid.map((x): Point => [x, rule(two ? [x, slice] : [x])]) }),
    };
    this.#stillCache = { slice, value };
    return value;
  }

  #draw(message: string | undefined, status: Snapshot['status'], slice: number): Snapshot {
    const t = this.#trainer;
    const { train } = this.#source.split;
    const two = train.inputNames.length === 2;
    const { grid, points, truth } = this.#still(slice);
    const inputAt = (x: number) => (two ? [x, slice] : [x]);
    const predict = (input: readonly number[]) => t.predict(this.#scaler ? standardizeInput(this.#scaler, input) : input);
    const dead = status === 'training' ? t.deadUnits() : [];
    const last = this.#history.at(-1);
    return {
      epochs: t.epochs(),
      steps: t.steps(),
      trainLoss: last?.train ?? 0,
      testLoss: last?.test ?? 0,
      history: [...this.#history],
      network: t.network(),
      names: { x: train.inputNames[0]!, y: train.targetName, ...(two && { slice: train.inputNames[1]! }) },
      fit: grid.map((x): Point => [x, predict(inputAt(x))]),
      ...(truth && { truth }),
      points,
      status,
      ...(message && { message }),
      ...(dead.length > 0 && {
        dead: `Dead ReLU units: ${dead.map((u) => `layer ${u.layer + 1} unit ${u.neuron + 1}`).join(', ')} output 0 for every training row and no longer learn.`,
      }),
    };
  }
}

/** What the page shows before any JavaScript runs: the given (default) network, untrained, on the houses. */
export function initialSnapshot(settings: Settings): Snapshot {
  return new Session(settings, housesSource()).snapshot();
}

/** A new seed in [0, max] drawn from the current one, so "new seed" is reproducible too. */
export function nextSeed(seed: number, max: number): number {
  return createRandom(seed).int(0, max);
}
