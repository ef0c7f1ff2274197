/**
 * What an exercise is: a seeded generator of versions, each version plain serialisable data
 * (its givens, question, answer, accepted rounding, known slips and worked solution) that a page
 * renders at build time and the exercise island checks in the browser. Each exercise file in
 * this folder computes its answer and its slips with the engine's own functions.
 */
import { createRandom, type Random } from '../random';
import { EngineInputError } from '../validate';
import type { Where } from './where';

/** One named number of a version: a given, a step of the solution, or the answer. */
export interface Num {
  /** Unique within the exercise; the fixed version's quantity is named exercise.ID.KEY. */
  readonly key: string;
  /** Its symbol in Unicode: w₂₂, ∂L/∂z_out. */
  readonly label: string;
  readonly value: number;
  /** The quantity that holds this number in the fixed version shown at build time (data-q). */
  readonly q?: string;
}

/** A sentence or an equation line: text with numbers in it. */
export type Line = readonly (string | Num)[];

/**
 * The slips the checker recognises. Each is a recomputation of the answer with one mistake,
 * named so the hint can say what went wrong.
 */
export type SlipKind =
  | 'flipped-sign'
  | 'no-factor-2'
  | 'kept-factor-2'
  | 'relu-skipped'
  | 'relu-extra'
  | 'a-for-relu-slope'
  | 'no-learning-rate'
  | 'step-only'
  | 'chain-added'
  | 'added-not-multiplied'
  | 'not-squared'
  | 'doubled-not-squared'
  | 'error-not-change'
  | 'sum-not-mean';

export interface Slip {
  readonly kind: SlipKind;
  /** The answer a reader who makes this slip arrives at. */
  readonly value: number;
  /** What went wrong, in a sentence that names the equation to look at. */
  readonly hint: string;
  readonly where: Where;
}

export interface Version {
  readonly exercise: string;
  readonly seed: number;
  /** The numbers the question gives, by key, for a test to recompute the answer from. */
  readonly givens: Readonly<Record<string, Num>>;
  readonly question: Line;
  readonly answer: Num;
  /** Answers within half a unit of this decimal place count as right. */
  readonly decimals: number;
  /** The chapter equation a wrong answer without a recognised slip is pointed to. */
  readonly where: Where;
  /** Only the slips whose result differs from the answer and from every earlier slip. */
  readonly slips: readonly Slip[];
  /** The worked solution, one line per step, laid out like the chapter's equations. */
  readonly solution: readonly Line[];
}

export interface Exercise {
  /** Stable name, used in quantity ids, links (?exercise-ID=seed) and stored progress. */
  readonly id: string;
  /** The chapter's slug: progress is kept per chapter. */
  readonly chapter: string;
  readonly title: string;
  /** The version the page shows at build time, and without JavaScript. */
  readonly fixedSeed: number;
  version(seed: number): Version;
}

export const num = (key: string, label: string, value: number): Num => ({ key, label, value });

/** line`z₁ = ${x1} × ${w11}`: a line of text with numbers (or names) in its holes. */
export function line(strings: TemplateStringsArray, ...holes: (Num | string)[]): Line {
  const parts: (string | Num)[] = [];
  const text = (s: string) => {
    if (!s) return;
    const last = parts[parts.length - 1];
    if (typeof last === 'string') parts[parts.length - 1] = last + s;
    else parts.push(s);
  };
  strings.forEach((s, i) => {
    text(s);
    const hole = holes[i];
    if (typeof hole === 'string') text(hole);
    else if (hole) parts.push(hole);
  });
  return parts;
}

/** Tolerance of an answer given to `decimals` places: half a unit of the last place. */
function tolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** The same number, to the accepted rounding: a slip that lands on the answer cannot be told from it. */
export function sameAnswer(a: number, b: number, decimals: number): boolean {
  // The small relative margin absorbs binary error in a typed 0.1 + 0.2.
  return Math.abs(a - b) <= tolerance(decimals) * (1 + 1e-9) + 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** A slip as an exercise lists it; without a place of its own, it points where the version does. */
type SlipSpec = readonly [kind: SlipKind, value: number, hint: string, where?: Where];

interface VersionSpec extends Omit<Version, 'exercise' | 'seed' | 'decimals' | 'slips'> {
  /** Whole numbers unless given. */
  readonly decimals?: number;
  readonly slips: readonly SlipSpec[];
}

/** An exercise from its description and a builder of the version that a seeded generator draws. */
export function defineExercise(about: Omit<Exercise, 'version'>, build: (draw: Random) => VersionSpec): Exercise {
  return { ...about, version: (seed) => makeVersion(about, seed, build(createRandom(seed))) };
}

/**
 * A version of `exercise` for `seed`. Its slips leave out those that give the answer itself or
 * repeat an earlier one: in this version they cannot be told apart.
 */
function makeVersion(exercise: Pick<Exercise, 'id'>, seed: number, spec: VersionSpec): Version {
  const { decimals = 0, answer } = spec;
  const slips: Slip[] = [];
  for (const [kind, value, hint, where = spec.where] of spec.slips) {
    if (!Number.isFinite(value)) throw new EngineInputError(kind, value, 'must be a finite number');
    if (sameAnswer(value, answer.value, decimals) || slips.some((s) => sameAnswer(s.value, value, decimals))) continue;
    slips.push({ kind, value, hint, where });
  }
  return { ...spec, exercise: exercise.id, seed, decimals, slips };
}

/** One of `choices`, drawn with the version's generator. */
export function pick<T>(draw: Random, choices: readonly T[]): T {
  return choices[draw.int(0, choices.length - 1)]!;
}

/** A whole number in [min, max] other than 0 (min ≤ 0 < max), each equally likely. */
export function nonZeroInt(draw: Random, min: number, max: number): number {
  const n = draw.int(min, max - 1);
  return n >= 0 ? n + 1 : n;
}
