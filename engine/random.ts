/**
 * A seeded pseudo-random generator (mulberry32: 32 bits of state, one multiply-xorshift per
 * draw), so that a "random" initialization, data set, shuffle or exercise is the same on every
 * build, in every browser and in a shared link with the same seed. Math.random cannot be seeded.
 */
import { EngineInputError, requireCount, requireFinite } from './validate';

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** A draw from the standard normal distribution (Box–Muller). */
  normal(): number;
}

export function createRandom(seed: number): Random {
  requireCount('seed', seed, 0);
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(min, max) {
      requireFinite('min', min);
      requireFinite('max', max);
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min)
        throw new EngineInputError('max', max, `must be a whole number of at least min (${min})`);
      return min + Math.floor(next() * (max - min + 1));
    },
    normal() {
      // 1 − next() lies in (0, 1], so its logarithm is finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}
