import { describe, expect, test } from 'vitest';
import { createDataset } from '../../engine/dataset';
import { defaultTestCount, splitDataset } from '../../engine/split';
import { rejection } from './support/engine-error';

const data = createDataset(
  ['x'],
  'y',
  Array.from({ length: 6 }, (_, r) => ({ input: [r], target: 10 * r })),
);

describe('splitDataset', () => {
  // Seed 5 shuffles 6 rows to [2, 5, 1, 0, 3, 4] (independent Python mulberry32 + Fisher–Yates):
  // the first two, rows 2 and 5, are held out.
  test('holds out the first testCount rows of the seeded shuffle, in file order', () => {
    const { train, test: held } = splitDataset(data, 2, 5);
    expect(held.targets).toEqual([20, 50]);
    expect(train.targets).toEqual([0, 10, 30, 40]);
  });

  test('the two splits together are the data set, without overlap', () => {
    const { train, test: held } = splitDataset(data, 3, 11);
    expect([...train.targets, ...held.targets].sort((a, b) => a - b)).toEqual(data.targets);
  });

  test.each([{ testCount: 0 }, { testCount: 6 }, { testCount: 1.5 }])('refuses testCount $testCount', ({ testCount }) => {
    expect(rejection(() => splitDataset(data, testCount, 1)).field).toBe('testCount');
  });

  test.each([
    { rows: 2, want: 1 },
    { rows: 12, want: 2 },
    { rows: 60, want: 12 },
  ])('defaultTestCount($rows) is a fifth, at least 1: $want', ({ rows, want }) => {
    expect(defaultTestCount(rows)).toBe(want);
  });
});
