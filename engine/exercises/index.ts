/**
 * Every exercise, by id, in chapter order: the quantities module builds their fixed versions
 * for the pages, and the exercise island loads this module on first use to draw new ones.
 */
import { EngineInputError } from '../validate';
import { errorChange, signChain } from './error-derivative';
import type { Exercise, Version } from './exercise';
import { forwardPass } from './forward-pass';
import { hiddenGradient } from './hidden-gradient';
import { halfLossGradient, lossGradient } from './loss-gradient';
import { priceLoss } from './price-loss';
import { reluOutput } from './relu-output';
import { meanSquaredError, oneStep } from './training';
import { weightUpdate } from './weight-update';
import { weightedSum } from './weighted-sum';

export const EXERCISES: readonly Exercise[] = [
  weightedSum,
  reluOutput,
  priceLoss,
  forwardPass,
  hiddenGradient,
  weightUpdate,
  lossGradient,
  halfLossGradient,
  errorChange,
  signChain,
  meanSquaredError,
  oneStep,
];

/** Seeds are the generator's 32-bit states; a link's seed outside them is refused. */
export const MAX_SEED = 2 ** 32 - 1;

function exerciseById(id: string): Exercise {
  const found = EXERCISES.find((e) => e.id === id);
  if (!found) throw new EngineInputError('exercise', id, `must be one of ${EXERCISES.map((e) => e.id).join(', ')}`);
  return found;
}

export function versionOf(id: string, seed: number): Version {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    throw new EngineInputError('seed', seed, `must be a whole number from 0 to ${MAX_SEED}`);
  return exerciseById(id).version(seed);
}
