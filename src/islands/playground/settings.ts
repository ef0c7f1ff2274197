/**
 * The training playground's settings and their place in the page's query string. Every setting
 * is one entry of a declarative list (its key, how to read it, how to write it, and what it
 * accepts), and reading and writing the URL are loops over that list: ?layers=8,4&act=tanh&…
 * A pasted data set is not part of the URL (it may be large and is the reader's own).
 */
import { ACTIVATION_NAMES, type ActivationName } from '../../../engine/activations';
import { CHAPTER_LEARNING_RATE, chapterArchitecture, TRAINING_SEED } from '../../../engine/training-scenarios';

export type HiddenActivation = Exclude<ActivationName, 'identity'>;
export const HIDDEN_ACTIVATIONS = ACTIVATION_NAMES.filter((a): a is HiddenActivation => a !== 'identity');

export interface Settings {
  /** Units per hidden layer: one or two layers of 1–8 units. */
  readonly hidden: readonly number[];
  readonly activation: HiddenActivation;
  readonly biases: boolean;
  readonly seed: number;
  readonly learningRate: number;
  /** Rows per update; 0 means all training rows (full batch). */
  readonly batchSize: number;
  readonly scaling: boolean;
  /** The second input's value at which the fitted function is drawn (bedrooms, for the houses). */
  readonly slice: number;
}

export const LIMITS = {
  layers: [1, 2],
  units: [1, 8],
  /** The learning-rate slider runs over 10^exponent for exponents in this range. */
  rateExponent: [-7, 0],
  seed: [0, 2 ** 31 - 1],
} as const;

export const DEFAULT_SETTINGS: Settings = {
  hidden: chapterArchitecture.hidden,
  activation: 'relu',
  biases: chapterArchitecture.biases,
  seed: TRAINING_SEED,
  learningRate: CHAPTER_LEARNING_RATE,
  batchSize: 0,
  scaling: true,
  slice: 3,
};

/** Why a setting is refused, or undefined when it is usable. */
export const RULES = {
  hidden: (h: readonly number[]) =>
    h.length < LIMITS.layers[0] || h.length > LIMITS.layers[1]
      ? 'one or two hidden layers'
      : h.some((u) => !Number.isInteger(u) || u < LIMITS.units[0] || u > LIMITS.units[1])
        ? 'each layer has 1 to 8 units'
        : undefined,
  learningRate: (r: number) =>
    !(r > 0)
      ? 'greater than 0'
      : r > 10 ** LIMITS.rateExponent[1]
        ? 'at most 1'
        : r < 10 ** LIMITS.rateExponent[0]
          ? 'at least 10⁻⁷'
          : undefined,
  batchSize: (b: number) => (!Number.isInteger(b) || b < 0 ? 'a whole number of rows (0 for all)' : undefined),
  seed: (s: number) =>
    !Number.isInteger(s) || s < LIMITS.seed[0] || s > LIMITS.seed[1] ? 'a whole number from 0 to 2147483647' : undefined,
};

interface Entry<K extends keyof Settings> {
  readonly key: K;
  readonly param: string;
  readonly read: (raw: string) => Settings[K] | undefined;
  readonly write: (value: Settings[K]) => string;
}

const number = (raw: string) => (raw.trim() === '' ? undefined : Number(raw));
const bool = (raw: string) => (raw === '1' ? true : raw === '0' ? false : undefined);
const ok = <T>(value: T | undefined, rule: (v: T) => string | undefined) =>
  value !== undefined && rule(value) === undefined ? value : undefined;

const ENTRIES = [
  {
    key: 'hidden',
    param: 'layers',
    read: (raw) => ok(raw.split(',').map(Number), RULES.hidden),
    write: (h) => h.join(','),
  } as Entry<'hidden'>,
  {
    key: 'activation',
    param: 'act',
    read: (raw) => ((HIDDEN_ACTIVATIONS as readonly string[]).includes(raw) ? (raw as HiddenActivation) : undefined),
    write: (a) => a,
  } as Entry<'activation'>,
  { key: 'biases', param: 'bias', read: bool, write: (b) => (b ? '1' : '0') } as Entry<'biases'>,
  { key: 'seed', param: 'seed', read: (raw) => ok(number(raw), RULES.seed), write: String } as Entry<'seed'>,
  { key: 'learningRate', param: 'lr', read: (raw) => ok(number(raw), RULES.learningRate), write: String } as Entry<'learningRate'>,
  { key: 'batchSize', param: 'batch', read: (raw) => ok(number(raw), RULES.batchSize), write: String } as Entry<'batchSize'>,
  { key: 'scaling', param: 'scale', read: bool, write: (b) => (b ? '1' : '0') } as Entry<'scaling'>,
  {
    key: 'slice',
    param: 'at',
    read: (raw) => ok(number(raw), (v) => (Number.isFinite(v) ? undefined : 'a number')),
    write: String,
  } as Entry<'slice'>,
] as const;

/** Settings from a query string; a missing or unusable value keeps its default, and is named. */
export function readSettings(search: string, defaults = DEFAULT_SETTINGS): { settings: Settings; ignored: string[] } {
  const params = new URLSearchParams(search);
  const settings: Record<string, unknown> = { ...defaults };
  const ignored: string[] = [];
  for (const entry of ENTRIES) {
    const raw = params.get(entry.param);
    if (raw === null) continue;
    const value = (entry.read as (raw: string) => unknown)(raw);
    if (value === undefined) ignored.push(entry.param);
    else settings[entry.key] = value;
  }
  return { settings: settings as unknown as Settings, ignored };
}

/** The query string for these settings: only the ones that differ from the defaults. */
export function writeSettings(settings: Settings, defaults = DEFAULT_SETTINGS): string {
  const params = new URLSearchParams();
  for (const entry of ENTRIES) {
    const write = entry.write as (v: unknown) => string;
    const value = write(settings[entry.key]);
    if (value !== write(defaults[entry.key])) params.set(entry.param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
