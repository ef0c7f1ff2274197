/**
 * Loss functions of one prediction, each beside its derivative with respect to the prediction,
 * and their mean over a batch. The worked example uses squared error; the gradient chapter
 * compares it with half squared error.
 */
import { EngineInputError, requireFinite } from './validate';

export type LossName = 'squared' | 'half-squared';

export interface Loss {
  readonly name: LossName;
  readonly label: string;
  /** Loss of one prediction. */
  readonly f: (actual: number, predicted: number) => number;
  /** dLoss/dpredicted. */
  readonly df: (actual: number, predicted: number) => number;
}

/** Loss = (actual − predicted)², so dLoss/dpredicted = 2 × (actual − predicted) × (−1) = 2 × (predicted − actual). */
export const squaredError: Loss = {
  name: 'squared',
  label: 'squared error',
  f: (actual, predicted) => (actual - predicted) ** 2,
  df: (actual, predicted) => 2 * (predicted - actual),
};

/** Loss = ½(actual − predicted)²: the ½ cancels the 2 of the square's derivative. */
export const halfSquaredError: Loss = {
  name: 'half-squared',
  label: 'half squared error',
  f: (actual, predicted) => 0.5 * (actual - predicted) ** 2,
  df: (actual, predicted) => predicted - actual,
};

export const LOSSES: Readonly<Record<LossName, Loss>> = { squared: squaredError, 'half-squared': halfSquaredError };

export function lossByName(name: unknown, field = 'loss'): Loss {
  if (typeof name === 'string' && Object.hasOwn(LOSSES, name)) return LOSSES[name as LossName];
  throw new EngineInputError(field, name, `must be one of ${Object.keys(LOSSES).join(', ')}`);
}

export interface BatchLoss {
  /** Mean of the per-example losses. */
  value: number;
  /** dMean/dpredicted_i = df(actual_i, predicted_i) / n. */
  dPredicted: number[];
}

export function meanLoss(loss: Loss, actual: readonly number[], predicted: readonly number[]): BatchLoss {
  if (actual.length === 0 || actual.length !== predicted.length) {
    throw new EngineInputError('predicted', predicted, `must have as many entries as actual (${actual.length}), at least 1`);
  }
  const n = actual.length;
  let sum = 0;
  const dPredicted = actual.map((y, i) => {
    const p = requireFinite(`predicted[${i}]`, predicted[i]);
    requireFinite(`actual[${i}]`, y);
    sum += loss.f(y, p);
    return loss.df(y, p) / n;
  });
  return { value: sum / n, dPredicted };
}
