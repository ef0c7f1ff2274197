/**
 * The train/test split: a seeded random choice of rows held out from training, so the test
 * loss measures how well the network does on houses it never learned from.
 */
import { shuffledIndices } from './batches';
import type { Dataset } from './dataset';
import { selectRows } from './dataset';
import { createRandom } from './random';
import { EngineInputError, requireCount } from './validate';

export interface Split {
  readonly train: Dataset;
  readonly test: Dataset;
}

/**
 * Shuffles the row numbers with the seed; the first testCount rows (kept in file order) form
 * the test split, the rest the training split. Both splits keep at least one row.
 */
export function splitDataset(data: Dataset, testCount: number, seed: number): Split {
  const rows = data.targets.length;
  requireCount('testCount', testCount);
  if (testCount >= rows) throw new EngineInputError('testCount', testCount, `must leave at least one of the ${rows} rows for training`);
  const order = shuffledIndices(rows, createRandom(seed));
  const byFileOrder = (a: number, b: number) => a - b;
  return {
    test: selectRows(data, order.slice(0, testCount).sort(byFileOrder)),
    train: selectRows(data, order.slice(testCount).sort(byFileOrder)),
  };
}

/** A fifth of the rows, at least one: the usual 80/20 split. */
export function defaultTestCount(rows: number): number {
  requireCount('rows', rows, 2);
  return Math.max(1, Math.round(rows / 5));
}
