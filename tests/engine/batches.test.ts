import { describe, expect, test } from 'vitest';
import { miniBatches, shuffledIndices } from '../../engine/batches';
import { createRandom } from '../../engine/random';
import { rejection } from './support/engine-error';

describe('shuffledIndices and miniBatches', () => {
  // Expected orders from an independent Python implementation of mulberry32 and Fisher–Yates
  // (i from count − 1 down to 1, j = ⌊next() × (i + 1)⌋, swap).
  test('shuffles 6 rows with seed 5 as the reference does', () => {
    expect(shuffledIndices(6, createRandom(5))).toEqual([2, 5, 1, 0, 3, 4]);
  });

  test('cuts 7 rows into batches of 3 with seed 9 as the reference does; the last batch is short', () => {
    expect(miniBatches(7, 3, createRandom(9))).toEqual([[4, 6, 2], [3, 0, 5], [1]]);
  });

  test('every row appears exactly once per epoch, for full-batch, mini-batch and stochastic sizes', () => {
    for (const batchSize of [1, 4, 10, 25]) {
      const batches = miniBatches(10, batchSize, createRandom(1));
      expect(batches.flat().sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
      expect(batches).toHaveLength(Math.ceil(10 / batchSize));
    }
  });

  test.each([
    { why: 'a fractional count', call: () => miniBatches(2.5, 1, createRandom(1)), field: 'count' },
    { why: 'batch size 0', call: () => miniBatches(4, 0, createRandom(1)), field: 'batchSize' },
    { why: 'a negative count', call: () => shuffledIndices(-1, createRandom(1)), field: 'count' },
  ])('refuses $why', ({ call, field }) => {
    expect(rejection(call).field).toBe(field);
  });
});
