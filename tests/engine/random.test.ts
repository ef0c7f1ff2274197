import { describe, expect, test } from 'vitest';
import { createRandom } from '../../engine/random';
import { rejection } from './support/engine-error';

describe('createRandom', () => {
  // Expected draws from an independent Python implementation of mulberry32's published definition.
  test.each([
    { seed: 1, want: [0.6270739405881613, 0.002735721180215478, 0.5274470399599522] },
    { seed: 42, want: [0.6011037519201636, 0.44829055899754167, 0.8524657934904099] },
    { seed: 2026, want: [0.45540769933722913, 0.30849614599719644, 0.6611574492417276] },
  ])('seed $seed gives the reference sequence', ({ seed, want }) => {
    const random = createRandom(seed);
    expect([random.next(), random.next(), random.next()]).toEqual(want);
  });

  test('int stays within its bounds and reaches both ends', () => {
    const random = createRandom(7);
    const seen = new Set(Array.from({ length: 600 }, () => random.int(-2, 3)));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
  });

  test('normal draws have mean near 0 and variance near 1', () => {
    const random = createRandom(3);
    const draws = Array.from({ length: 20_000 }, () => random.normal());
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    // Standard error of the mean at n = 20,000 is about 0.007; of the variance about 0.01.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    expect(draws.every(Number.isFinite)).toBe(true);
  });

  test.each([{ seed: -1 }, { seed: 1.5 }, { seed: Number.NaN }])('refuses seed $seed', ({ seed }) => {
    expect(rejection(() => createRandom(seed)).field).toBe('seed');
  });
});
