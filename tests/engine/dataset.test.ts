import { describe, expect, test } from 'vitest';
import { createDataset, selectRows, toExamples } from '../../engine/dataset';
import { rejection } from './support/engine-error';

const rows = [
  { input: [1, 2], target: 3 },
  { input: [4, 5], target: 6 },
  { input: [7, 8], target: 9 },
];

describe('createDataset', () => {
  test('copies the rows into columns of inputs and targets', () => {
    const data = createDataset(['a', 'b'], 'y', rows);
    expect(data.inputs).toEqual([
      [1, 2],
      [4, 5],
      [7, 8],
    ]);
    expect(data.targets).toEqual([3, 6, 9]);
    expect(data.inputs[0]).not.toBe(rows[0]!.input);
  });

  test.each([
    { why: 'no input names', call: () => createDataset([], 'y', rows), field: 'inputNames' },
    { why: 'no rows', call: () => createDataset(['a', 'b'], 'y', []), field: 'rows' },
    { why: 'a short row', call: () => createDataset(['a', 'b'], 'y', [{ input: [1], target: 2 }]), field: 'rows[0].input' },
    { why: 'a NaN input', call: () => createDataset(['a'], 'y', [{ input: [Number.NaN], target: 2 }]), field: 'rows[0].input[0]' },
    { why: 'an infinite target', call: () => createDataset(['a'], 'y', [{ input: [1], target: Infinity }]), field: 'rows[0].target' },
  ])('refuses $why', ({ call, field }) => {
    expect(rejection(call).field).toBe(field);
  });
});

describe('selectRows and toExamples', () => {
  const data = createDataset(['a', 'b'], 'y', rows);
  test('selectRows keeps the given rows in the given order', () => {
    expect(selectRows(data, [2, 0]).targets).toEqual([9, 3]);
    expect(selectRows(data, [2, 0]).inputs).toEqual([
      [7, 8],
      [1, 2],
    ]);
  });
  test.each([{ index: 3 }, { index: -1 }, { index: 0.5 }])('selectRows refuses row $index', ({ index }) => {
    expect(rejection(() => selectRows(data, [index])).field).toBe('indices[0]');
  });
  test('toExamples wraps each target in a one-entry vector', () => {
    expect(toExamples(data)[1]).toEqual({ input: [4, 5], target: [6] });
  });
});
