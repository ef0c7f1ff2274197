/**
 * Input standardization: each input column shifted by its mean and divided by its standard
 * deviation, so that size (thousands of sq ft) and bedrooms (a handful) arrive at the network
 * on the same scale, around 0 with spread 1. The mean and spread are fitted on the training
 * split alone and then applied unchanged to the test split and to any new house: the test
 * rows must not leak into training.
 */
import type { Dataset } from './dataset';
import { EngineInputError, requireVector } from './validate';

export interface Standardizer {
  /** Mean of each input column over the training rows. */
  readonly mean: readonly number[];
  /** Population standard deviation √(Σ(x − mean)² / n) of each column over the training rows. */
  readonly std: readonly number[];
}

export function fitStandardizer(data: Dataset): Standardizer {
  const n = data.targets.length;
  const mean = data.inputNames.map((_, i) => data.inputs.reduce((s, x) => s + x[i]!, 0) / n);
  const std = data.inputNames.map((name, i) => {
    const sd = Math.sqrt(data.inputs.reduce((s, x) => s + (x[i]! - mean[i]!) ** 2, 0) / n);
    if (!(sd > 0))
      throw new EngineInputError(`column ${name}`, data.inputs[0]![i], 'has the same value in every row, so it cannot be scaled');
    return sd;
  });
  return { mean, std };
}

/** (x − mean) / std for each input value of one row. */
export function standardizeInput(s: Standardizer, input: readonly number[]): number[] {
  requireVector('input', input, s.mean.length);
  return input.map((x, i) => (x - s.mean[i]!) / s.std[i]!);
}

/** The data set with every row's inputs standardized; targets unchanged. */
export function standardizeDataset(s: Standardizer, data: Dataset): Dataset {
  if (data.inputNames.length !== s.mean.length) {
    throw new EngineInputError('data', data.inputNames, `must have the ${s.mean.length} input columns the standardizer was fitted on`);
  }
  return { ...data, inputs: data.inputs.map((x) => standardizeInput(s, x)) };
}
