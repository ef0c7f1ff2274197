import { describe, expect, test } from 'vitest';
import { createDataset } from '../../engine/dataset';
import { createNetwork } from '../../engine/network';
import { createTrainer } from '../../engine/trainer';
import { rejection } from './support/engine-error';

const X = [
  [0.5, -1.0],
  [1.5, 0.2],
  [-0.3, 0.8],
  [2.0, -0.5],
  [-1.2, -0.7],
];
const Y = [1.0, 2.5, -0.4, 3.1, -2.0];
const data = createDataset(
  ['a', 'b'],
  'y',
  X.map((input, r) => ({ input, target: Y[r]! })),
);
const start = createNetwork(2, [
  {
    weights: [
      [0.3, -0.2],
      [0.1, 0.4],
      [-0.5, 0.25],
    ],
    biases: [0.05, -0.1, 0.2],
    activation: 'tanh',
  },
  { weights: [[0.7, -0.6, 0.45]], biases: [0.1], activation: 'identity' },
]);

describe('createTrainer', () => {
  // Reference: PyTorch (float64), the same network, batches [2, 4], [1, 0], [3] (epoch 1) and
  // [2, 0] (epoch 2's first) from an independent mulberry32 seed 3 shuffle, mean squared error
  // over each batch, SGD with learning rate 0.1.
  test('four mini-batch steps across an epoch boundary match PyTorch', () => {
    const trainer = createTrainer(start, data, data, { learningRate: 0.1, batchSize: 2, seed: 3 });
    for (let s = 0; s < 4; s++) expect(trainer.step()).toBe(true);
    expect(trainer.steps()).toBe(4);
    expect(trainer.epochs()).toBe(1);
    const [hidden, out] = trainer.network().layers;
    const want = {
      W1: [
        [0.8238542637544561, -0.14492621727874166],
        [-0.4569493021831584, 0.40218488017803394],
        [-0.2177918514113461, 0.25595436301666674],
      ],
      b1: [-0.006384135498405483, -0.16789740563249214, 0.2340298929577758],
      W2: [1.2072724745772971, -0.7134116910619405, -0.04247278806677737],
      b2: 0.3993340778340327,
    };
    hidden!.weights.forEach((row, j) => row.forEach((w, i) => expect(w).toBeCloseTo(want.W1[j]![i]!, 12)));
    hidden!.biases!.forEach((b, j) => expect(b).toBeCloseTo(want.b1[j]!, 12));
    out!.weights[0]!.forEach((w, i) => expect(w).toBeCloseTo(want.W2[i]!, 12));
    expect(out!.biases![0]).toBeCloseTo(want.b2, 12);
    expect(trainer.trainLoss()).toBeCloseTo(0.7321677348975404, 12);
  });

  test('epoch() runs to the end of the epoch: ⌈5 / 2⌉ = 3 steps', () => {
    const trainer = createTrainer(start, data, data, { learningRate: 0.1, batchSize: 2, seed: 3 });
    trainer.epoch();
    expect([trainer.steps(), trainer.epochs()]).toEqual([3, 1]);
  });

  test('diverges at the step where the loss overflows, and names the last finite loss', () => {
    // One weight w, x = 1, y = 0, learning rate 2: loss w², gradient 2w, so w ← w − 4w = −3w.
    // Step s evaluates w = (−3)^(s−1), loss 9^(s−1); 9^323 ≈ 1.7 × 10³⁰⁸ is the last below the
    // largest double (≈ 1.8 × 10³⁰⁸), so step 325 evaluates an infinite loss.
    const one = createDataset(['x'], 'y', [{ input: [1], target: 0 }]);
    const trainer = createTrainer(createNetwork(1, [{ weights: [[1]], activation: 'identity' }]), one, one, {
      learningRate: 2,
      batchSize: 1,
      seed: 1,
    });
    while (trainer.step());
    const status = trainer.status();
    expect(status.status).toBe('diverged');
    if (status.status !== 'diverged') return;
    expect(status.step).toBe(325);
    expect(status.lastFiniteLoss / 9 ** 323).toBeCloseTo(1, 9);
    expect(status.message).toContain('step 325');
    expect(trainer.step()).toBe(false);
  });

  test('stalls, naming the dead ReLU unit, when no gradient is left on any row', () => {
    // The hidden unit's weight is −1 and every input positive: z < 0, ReLU outputs 0 and its slope is 0.
    const pos = createDataset(
      ['x'],
      'y',
      [1, 2, 3].map((x) => ({ input: [x], target: x })),
    );
    const net = createNetwork(1, [
      { weights: [[-1]], activation: 'relu' },
      { weights: [[1]], activation: 'identity' },
    ]);
    const trainer = createTrainer(net, pos, pos, { learningRate: 0.1, batchSize: 1, seed: 1 });
    expect(trainer.step()).toBe(false);
    const status = trainer.status();
    expect(status.status).toBe('stalled');
    if (status.status === 'stalled') {
      expect(status.deadUnits).toEqual([{ layer: 0, neuron: 0 }]);
      expect(status.message).toContain('layer 1 unit 1');
    }
    expect(trainer.deadUnits()).toEqual([{ layer: 0, neuron: 0 }]);
  });

  test.each([
    { why: 'learning rate 0', settings: { learningRate: 0, batchSize: 1, seed: 1 }, field: 'learningRate' },
    { why: 'batch size 0', settings: { learningRate: 0.1, batchSize: 0, seed: 1 }, field: 'batchSize' },
    { why: 'a negative seed', settings: { learningRate: 0.1, batchSize: 1, seed: -2 }, field: 'seed' },
  ])('refuses $why', ({ settings, field }) => {
    expect(rejection(() => createTrainer(start, data, data, settings)).field).toBe(field);
  });

  test('refuses data whose columns do not match the network', () => {
    const oneColumn = createDataset(['a'], 'y', [{ input: [1], target: 1 }]);
    expect(rejection(() => createTrainer(start, oneColumn, data, { learningRate: 0.1, batchSize: 1, seed: 1 })).field).toBe('train');
  });
});
