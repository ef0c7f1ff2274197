/**
 * A data set for regression: rows of one or two inputs and a target, with the columns' names.
 * The training chapter's houses (size, bedrooms → price), a reader's own CSV, and the train and
 * test splits of either are all Datasets; the trainer turns one into examples.
 */
import type { Example } from './train';
import { EngineInputError, requireFinite } from './validate';

export interface Dataset {
  /** One name per input column, in column order. */
  readonly inputNames: readonly string[];
  readonly targetName: string;
  /** inputs[r] is row r's input values, one per input column. */
  readonly inputs: readonly (readonly number[])[];
  /** targets[r] is row r's target. */
  readonly targets: readonly number[];
}

export interface Row {
  readonly input: readonly number[];
  readonly target: number;
}

/** Validates the rows (every value finite, every row as wide as the names) and copies them. */
export function createDataset(inputNames: readonly string[], targetName: string, rows: readonly Row[]): Dataset {
  if (!Array.isArray(inputNames) || inputNames.length === 0 || !inputNames.every((n) => typeof n === 'string')) {
    throw new EngineInputError('inputNames', inputNames, 'must name at least one input column');
  }
  if (typeof targetName !== 'string') throw new EngineInputError('targetName', targetName, 'must be a column name');
  if (!Array.isArray(rows) || rows.length === 0) throw new EngineInputError('rows', rows, 'must hold at least one row');
  const width = inputNames.length;
  const inputs = rows.map((row, r) => {
    if (!Array.isArray(row.input) || row.input.length !== width) {
      throw new EngineInputError(`rows[${r}].input`, row.input, `must have ${width} values, one per input column`);
    }
    return row.input.map((v: number, i: number) => requireFinite(`rows[${r}].input[${i}]`, v));
  });
  const targets = rows.map((row, r) => requireFinite(`rows[${r}].target`, row.target));
  return { inputNames: [...inputNames], targetName, inputs, targets };
}

/** The rows at these positions, in this order, as a new data set. */
export function selectRows(data: Dataset, indices: readonly number[]): Dataset {
  indices.forEach((index, k) => {
    if (!Number.isInteger(index) || index < 0 || index >= data.targets.length) {
      throw new EngineInputError(`indices[${k}]`, index, `must be a row number from 0 to ${data.targets.length - 1}`);
    }
  });
  return {
    inputNames: data.inputNames,
    targetName: data.targetName,
    inputs: indices.map((i) => data.inputs[i]!),
    targets: indices.map((i) => data.targets[i]!),
  };
}

/** The rows as training examples: the target becomes a one-entry vector, as the network outputs one. */
export function toExamples(data: Dataset): Example[] {
  return data.inputs.map((input, r) => ({ input, target: [data.targets[r]!] }));
}
