import { describe, expect, test } from 'vitest';
import { createDataset } from '../../engine/dataset';
import { initializeNetwork } from '../../engine/initialization';
import { createTrainer } from '../../engine/trainer';
import { rejection } from './support/engine-error';

describe('initializeNetwork', () => {
  // Expected weights from an independent Python mulberry32 with Box–Muller normals, drawn layer by
  // layer and row by row, times √(1 / fan-in) for tanh and √(2 / fan-in) for ReLU.
  test('seeded random tanh weights match the reference draws', () => {
    const net = initializeNetwork({ inputSize: 2, hidden: [3], activation: 'tanh', biases: false }, 'random', 4);
    const want = [
      [
        [-0.7994013016549287, 0.43586157020740474],
        [-0.5155680882082387, 0.27999495166478505],
        [-0.3584097235221451, -0.8228820905996707],
      ],
      [[0.6666124378343428, -0.029601012000939196, -0.6031983408798175]],
    ];
    net.layers.forEach((layer, k) => layer.weights.forEach((row, j) => row.forEach((w, i) => expect(w).toBeCloseTo(want[k]![j]![i]!, 14))));
    expect(net.layers.map((l) => l.activation)).toEqual(['tanh', 'identity']);
    expect(net.layers[0]!.biases).toBeUndefined();
  });

  test('ReLU layers draw with the larger spread √(2 / fan-in)', () => {
    const net = initializeNetwork({ inputSize: 2, hidden: [3], activation: 'relu', biases: true }, 'random', 4);
    expect(net.layers[0]!.weights[0]![0]).toBeCloseTo(-1.1305241625791058, 14);
    expect(net.layers[0]!.biases).toEqual([0, 0, 0]);
    expect(net.layers[1]!.biases).toEqual([0]);
  });

  test('the same seed gives the same network; another seed another', () => {
    const arch = { inputSize: 2, hidden: [4, 4], activation: 'sigmoid', biases: true } as const;
    expect(initializeNetwork(arch, 'random', 9)).toEqual(initializeNetwork(arch, 'random', 9));
    expect(initializeNetwork(arch, 'random', 9)).not.toEqual(initializeNetwork(arch, 'random', 10));
  });

  test('all-zero weights keep every hidden unit identical through training (the symmetry is never broken)', () => {
    // With equal incoming weights every hidden unit computes the same value, so each receives the
    // same gradient and the same update: after any number of steps the units are still copies.
    const data = createDataset(
      ['a', 'b'],
      'y',
      [
        [0.5, -1, 2],
        [-1, 0.3, -1],
        [1.2, 1, 3],
        [0, -0.4, 0.5],
      ].map(([a, b, y]) => ({ input: [a!, b!], target: y! })),
    );
    for (const scheme of ['zeros', 'random'] as const) {
      const start = initializeNetwork({ inputSize: 2, hidden: [3], activation: 'tanh', biases: true }, scheme, 2);
      const trainer = createTrainer(start, data, data, { learningRate: 0.1, batchSize: 2, seed: 1 });
      for (let s = 0; s < 50; s++) trainer.step();
      const hidden = trainer.network().layers[0]!;
      const copies = hidden.weights.every((row) => row.every((w, i) => w === hidden.weights[0]![i]));
      expect(copies).toBe(scheme === 'zeros');
    }
  });

  test.each([
    { why: 'a hidden layer of 0 units', arch: { inputSize: 2, hidden: [0], activation: 'relu', biases: true }, field: 'hidden[0]' },
    { why: 'an unknown activation', arch: { inputSize: 2, hidden: [2], activation: 'step', biases: true }, field: 'activation' },
    { why: 'no inputs', arch: { inputSize: 0, hidden: [2], activation: 'relu', biases: true }, field: 'inputSize' },
  ])('refuses $why', ({ arch, field }) => {
    expect(rejection(() => initializeNetwork(arch as never, 'random', 1)).field).toBe(field);
  });

  test('refuses an unknown scheme', () => {
    const arch = { inputSize: 1, hidden: [1], activation: 'relu', biases: false } as const;
    expect(rejection(() => initializeNetwork(arch, 'ones' as never, 1)).field).toBe('scheme');
  });
});
