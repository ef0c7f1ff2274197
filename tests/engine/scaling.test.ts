import { describe, expect, test } from 'vitest';
import { createDataset } from '../../engine/dataset';
import { fitStandardizer, standardizeDataset, standardizeInput } from '../../engine/scaling';
import { rejection } from './support/engine-error';

const train = createDataset(['a', 'b'], 'y', [
  { input: [1, 10], target: 0 },
  { input: [3, 20], target: 0 },
  { input: [5, 60], target: 0 },
]);

describe('standardization', () => {
  // Expected values from NumPy: x.mean(axis=0) and x.std(axis=0) (population, ddof = 0).
  test('fits the mean and population standard deviation of each training column', () => {
    const s = fitStandardizer(train);
    expect(s.mean).toEqual([3, 30]);
    expect(s.std[0]).toBeCloseTo(1.632993161855452, 14);
    expect(s.std[1]).toBeCloseTo(21.602468994692867, 12);
  });

  test('applies the training fit unchanged to a test row', () => {
    const s = fitStandardizer(train);
    const [a, b] = standardizeInput(s, [4, 0]);
    expect(a).toBeCloseTo(0.6123724356957945, 14);
    expect(b).toBeCloseTo(-1.3887301496588271, 14);
  });

  test('the standardized training columns have mean 0 and spread 1', () => {
    const scaled = standardizeDataset(fitStandardizer(train), train);
    for (const i of [0, 1]) {
      const column = scaled.inputs.map((x) => x[i]!);
      const mean = column.reduce((s, v) => s + v, 0) / column.length;
      expect(mean).toBeCloseTo(0, 14);
      expect(column.reduce((s, v) => s + (v - mean) ** 2, 0) / column.length).toBeCloseTo(1, 14);
    }
    expect(scaled.targets).toEqual(train.targets);
  });

  test('refuses a column with one value throughout, and rows of the wrong width', () => {
    const flat = createDataset(['a'], 'y', [
      { input: [2], target: 0 },
      { input: [2], target: 1 },
    ]);
    expect(rejection(() => fitStandardizer(flat)).field).toBe('column a');
    expect(rejection(() => standardizeInput(fitStandardizer(train), [1])).field).toBe('input');
    expect(rejection(() => standardizeDataset(fitStandardizer(train), flat)).field).toBe('data');
  });
});
