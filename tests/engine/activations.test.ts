import { describe, expect, test } from 'vitest';
import { ACTIVATION_NAMES, ACTIVATIONS, activationByName, identity, LEAKY_RELU_SLOPE, leakyRelu, relu, sigmoid, tanh } from '../../engine';
import { rejection } from './support/engine-error';

describe('activation values', () => {
  test.each([
    { name: 'relu', z: 1024, want: 1024, source: 'seed, Activation Function: ReLU(1024) = 1024' },
    { name: 'relu', z: -50, want: 0, source: 'seed, Activation Function: ReLU(-50) = 0' },
    { name: 'relu', z: 32, want: 32, source: 'seed, step 1: a₁ = max(0, 32) = 32' },
    { name: 'relu', z: 19, want: 19, source: 'seed, step 1: a₂ = max(0, 19) = 19' },
    { name: 'relu', z: 0, want: 0, source: 'hand: max(0, 0)' },
    { name: 'identity', z: -3.5, want: -3.5, source: 'hand: f(z) = z' },
    { name: 'leaky-relu', z: 2, want: 2, source: 'hand: positive side is z' },
    { name: 'leaky-relu', z: -50, want: -0.5, source: 'hand: 0.01 × -50' },
    { name: 'sigmoid', z: 0, want: 0.5, source: 'hand: 1 / (1 + e⁰)' },
    { name: 'sigmoid', z: Math.log(3), want: 0.75, source: 'hand: 1 / (1 + 1/3)' },
    { name: 'tanh', z: 0, want: 0, source: 'hand: tanh 0' },
    { name: 'tanh', z: Math.log(2), want: 0.6, source: 'hand: (2 − ½) / (2 + ½)' },
  ] as const)('$name($z) = $want ($source)', ({ name, z, want }) => {
    expect(activationByName(name).f(z)).toBeCloseTo(want, 12);
  });
});

describe('activation derivatives', () => {
  test.each([
    { name: 'relu', z: 32, want: 1, source: 'seed, step 3: "ReLU derivative is 1 when input > 0"' },
    { name: 'relu', z: -9168.0207, want: 0, source: 'hand: flat for negative inputs (seed step 5 sums)' },
    { name: 'relu', z: 0, want: 0, source: "documented choice: ReLU'(0) = 0, as PyTorch and TensorFlow" },
    { name: 'leaky-relu', z: -1, want: 0.01, source: 'hand: the leaky slope' },
    { name: 'leaky-relu', z: 0, want: 0.01, source: 'documented choice: at 0 the leaky side applies' },
    { name: 'identity', z: 7, want: 1, source: 'hand: d(z)/dz' },
    { name: 'sigmoid', z: 0, want: 0.25, source: 'hand: s(1 − s) = ½ × ½' },
    { name: 'sigmoid', z: Math.log(3), want: 0.1875, source: 'hand: ¾ × ¼' },
    { name: 'tanh', z: 0, want: 1, source: 'hand: 1 − tanh²0' },
    { name: 'tanh', z: Math.log(2), want: 0.64, source: 'hand: 1 − 0.6²' },
  ] as const)("$name'($z) = $want ($source)", ({ name, z, want }) => {
    expect(activationByName(name).df(z)).toBeCloseTo(want, 12);
  });

  test('the leaky slope is the common default 0.01', () => {
    expect(LEAKY_RELU_SLOPE).toBe(0.01);
    expect(leakyRelu.f(-200)).toBeCloseTo(-2, 12);
  });

  // Independent central difference, written here rather than borrowed from the engine.
  const slope = (f: (z: number) => number, z: number, h = 1e-6) => (f(z + h) - f(z - h)) / (2 * h);
  const points = [-3, -1.2, -0.4, 0.3, 0.9, 2.5];

  test.each(ACTIVATION_NAMES.map((name) => ({ name })))('$name: df matches the finite-difference slope away from kinks', ({ name }) => {
    const act = ACTIVATIONS[name];
    for (const z of points) expect(act.df(z)).toBeCloseTo(slope(act.f, z), 6);
  });

  test('only the ReLU family declares a kink, at 0', () => {
    expect(relu.kinkAt).toBe(0);
    expect(leakyRelu.kinkAt).toBe(0);
    for (const act of [identity, sigmoid, tanh]) expect(act.kinkAt).toBeUndefined();
  });
});

describe('activation names', () => {
  test('exactly the five activations of the issue', () => {
    expect([...ACTIVATION_NAMES].sort()).toEqual(['identity', 'leaky-relu', 'relu', 'sigmoid', 'tanh']);
  });

  test.each([{ name: 'softmax' }, { name: 'ReLU' }, { name: '' }, { name: 'toString' }, { name: 42 }, { name: undefined }])(
    'rejects $name',
    ({ name }) => {
      const error = rejection(() => activationByName(name, 'layers[0].activation'));
      expect(error.field).toBe('layers[0].activation');
      expect(error.value).toBe(name);
    },
  );
});
