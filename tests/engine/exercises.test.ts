// The exercises over many seeds (fast-check): each checker accepts the right answer, computed
// here by hand-written arithmetic from the version's givens (not by the engine code that built
// the version), accepts it rounded as the version states, rejects each known slip with that
// slip's hint, and calls anything else wrong. Also: the numbers stay readable, and the versions
// teach their point (dead units and negative sums do occur).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAnswer } from '../../engine/exercises/check';
import type { Exercise, Line, SlipKind, Version } from '../../engine/exercises/exercise';
import { EXERCISES, MAX_SEED, versionOf } from '../../engine/exercises/index';
import { rejection } from './support/engine-error';

type Givens = Record<string, number>;
const relu = (z: number) => (z > 0 ? z : 0);

/** The document's network with some weights replaced, by hand: z = x·w, a = max(0, z), z_out = a·w₃. */
function houseByHand(g: Givens) {
  const z1 = g.x1! * g.w11! + g.x2! * g.w12!;
  const z2 = g.x1! * g.w21! + g.x2! * g.w22!;
  const [a1, a2] = [relu(z1), relu(z2)];
  return { z1, z2, a1, a2, prediction: a1 * g.w31! + a2 * g.w32! };
}

interface Case {
  answer: (g: Givens) => number;
  /** Each known slip, in the order the exercise lists them (the first match wins a tie). */
  slips: [SlipKind, (g: Givens) => number][];
}

const CASES: Record<string, Case> = {
  'weighted-sum': {
    answer: (g) => g.size! * g.w1! + g.location! * g.w2!,
    slips: [
      ['relu-extra', (g) => relu(g.size! * g.w1! + g.location! * g.w2!)],
      ['added-not-multiplied', (g) => g.size! + g.w1! + g.location! + g.w2!],
    ],
  },
  'relu-output': {
    answer: (g) => relu(g.size! * g.w1! + g.location! * g.w2!),
    slips: [['relu-skipped', (g) => g.size! * g.w1! + g.location! * g.w2!]],
  },
  'price-loss': {
    answer: (g) => (g.actual! - g.predicted!) ** 2,
    slips: [
      ['not-squared', (g) => g.actual! - g.predicted!],
      ['doubled-not-squared', (g) => 2 * (g.actual! - g.predicted!)],
    ],
  },
  'forward-pass': {
    answer: (g) => houseByHand(g).prediction,
    slips: [
      ['relu-skipped', (g) => houseByHand(g).z1 * g.w31! + houseByHand(g).z2 * g.w32!],
      ['relu-extra', (g) => relu(houseByHand(g).prediction)],
      ['added-not-multiplied', (g) => houseByHand(g).a1 + g.w31! + houseByHand(g).a2 + g.w32!],
    ],
  },
  'hidden-gradient': (() => {
    const dOut = (g: Givens) => 2 * (houseByHand(g).prediction - g.actual!);
    const slope = (g: Givens) => (houseByHand(g).z2 > 0 ? 1 : 0);
    const answer = (g: Givens) => dOut(g) * g.w32! * slope(g) * g.x2!;
    return {
      answer,
      slips: [
        ['flipped-sign', (g) => -answer(g)],
        ['no-factor-2', (g) => answer(g) / 2],
        ['relu-skipped', (g) => dOut(g) * g.w32! * g.x2!],
        ['a-for-relu-slope', (g) => dOut(g) * g.w32! * houseByHand(g).a2 * g.x2!],
        ['chain-added', (g) => dOut(g) + g.w32! + slope(g) + g.x2!],
      ],
    } satisfies Case;
  })(),
  'weight-update': {
    answer: (g) => g.w! - g.learningRate! * g.gradient!,
    slips: [
      ['no-learning-rate', (g) => g.w! - g.gradient!],
      ['flipped-sign', (g) => g.w! + g.learningRate! * g.gradient!],
      ['step-only', (g) => g.learningRate! * g.gradient!],
    ],
  },
  'loss-gradient': {
    answer: (g) => 2 * (g.predicted! - g.actual!),
    slips: [
      ['flipped-sign', (g) => 2 * (g.actual! - g.predicted!)],
      ['no-factor-2', (g) => g.predicted! - g.actual!],
    ],
  },
  'half-loss-gradient': {
    answer: (g) => g.predicted! - g.actual!,
    slips: [
      ['kept-factor-2', (g) => 2 * (g.predicted! - g.actual!)],
      ['flipped-sign', (g) => g.actual! - g.predicted!],
    ],
  },
  'error-change': {
    answer: (g) => g.from! - g.to!,
    slips: [
      ['flipped-sign', (g) => g.to! - g.from!],
      ['error-not-change', (g) => g.actual! - g.to!],
    ],
  },
  'mean-squared-error': (() => {
    const houses = [1, 2, 3, 4];
    const error = (g: Givens, i: number) => g[`actual${i}`]! - g[`predicted${i}`]!;
    return {
      answer: (g) => houses.reduce((sum, i) => sum + error(g, i) ** 2, 0) / houses.length,
      slips: [
        ['sum-not-mean', (g) => houses.reduce((sum, i) => sum + error(g, i) ** 2, 0)],
        ['not-squared', (g) => houses.reduce((sum, i) => sum + error(g, i), 0) / houses.length],
      ],
    } satisfies Case;
  })(),
  'one-step': {
    answer: (g) => g.p! - g.learningRate! * 2 * (g.p! - g.actual!),
    slips: [
      ['no-factor-2', (g) => g.p! - g.learningRate! * (g.p! - g.actual!)],
      ['flipped-sign', (g) => g.p! + g.learningRate! * 2 * (g.p! - g.actual!)],
      ['no-learning-rate', (g) => g.p! - 2 * (g.p! - g.actual!)],
    ],
  },
  'sign-chain': {
    answer: (g) => 2 * (g.predicted! - g.actual!),
    slips: [
      ['flipped-sign', (g) => 2 * (g.actual! - g.predicted!)],
      ['no-factor-2', (g) => g.predicted! - g.actual!],
    ],
  },
};

const seeds = fc.integer({ min: 0, max: MAX_SEED });
const RUNS = { numRuns: 150 };
const givensOf = (v: Version): Givens => Object.fromEntries(Object.entries(v.givens).map(([k, n]) => [k, n.value]));
const half = (decimals: number) => 0.5 * 10 ** -decimals;
/** Equal up to binary rounding: what the hand arithmetic and the engine may differ by. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const numbersOf = (lines: readonly Line[]) => lines.flat().filter((p) => typeof p !== 'string');

test('every exercise has a case here, and every chapter that computes has at least two', () => {
  expect(EXERCISES.map((e) => e.id).sort()).toEqual(Object.keys(CASES).sort());
  const perChapter = new Map<string, number>();
  EXERCISES.forEach((e) => perChapter.set(e.chapter, (perChapter.get(e.chapter) ?? 0) + 1));
  expect(Object.fromEntries(perChapter)).toEqual({
    'core-concepts': 3,
    'numerical-example': 3,
    'gradient-explanation': 2,
    'derivative-deep-dive': 2,
    training: 2,
  });
});

describe.each(EXERCISES.map((e) => [e.id, e] as const))('%s', (id, exercise: Exercise) => {
  const c = CASES[id]!;

  test('accepts the right answer, exactly and rounded as stated', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const v = exercise.version(seed);
        const want = c.answer(givensOf(v));
        expect(close(v.answer.value, want), `answer ${v.answer.value}, by hand ${want}`).toBe(true);
        expect(checkAnswer(v, want)).toEqual({ kind: 'right' });
        const rounded = Number(want.toFixed(v.decimals));
        expect(checkAnswer(v, rounded)).toEqual({ kind: 'right' });
        // Just inside and just outside the stated rounding.
        expect(checkAnswer(v, want + 0.9 * half(v.decimals)).kind).toBe('right');
        expect(checkAnswer(v, want + 1.1 * half(v.decimals)).kind).not.toBe('right');
      }),
      RUNS,
    );
  });

  test('recognises each known slip and returns its hint', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const v = exercise.version(seed);
        const g = givensOf(v);
        const want = c.answer(g);
        const slipValues = c.slips.map(([kind, f]) => [kind, f(g)] as const);
        for (const [kind, value] of slipValues) {
          if (Math.abs(value - want) <= half(v.decimals)) continue; // indistinguishable from the answer in this version
          const first = slipValues.find(([, other]) => Math.abs(other - value) <= half(v.decimals))![0];
          const verdict = checkAnswer(v, value);
          expect(verdict.kind, `${kind} = ${value} (answer ${want})`).toBe('slip');
          if (verdict.kind !== 'slip') return;
          expect(verdict.slip.kind).toBe(first);
          expect(verdict.slip.hint.length).toBeGreaterThan(20);
          expect(verdict.slip.where.href).toMatch(/^\/[a-z-]+\/#[a-z0-9-]+$/);
        }
        // The version knows no slip this test does not.
        expect(v.slips.every((s) => c.slips.some(([kind]) => kind === s.kind))).toBe(true);
      }),
      RUNS,
    );
  });

  test('calls an answer far from the answer and every slip wrong', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const v = exercise.version(seed);
        const taken = [v.answer.value, ...v.slips.map((s) => s.value)];
        const far = Math.max(...taken.map(Math.abs)) * 3 + 7.25;
        expect(checkAnswer(v, far)).toEqual({ kind: 'wrong' });
      }),
      RUNS,
    );
  });

  test('keeps the arithmetic readable: whole numbers or at most three decimals, every given in the question', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const v = exercise.version(seed);
        for (const n of [...Object.values(v.givens), ...numbersOf(v.solution), v.answer]) {
          expect(Math.abs(n.value * 1000 - Math.round(n.value * 1000)), `${n.key} = ${n.value}`).toBeLessThan(1e-6);
        }
        const asked = new Set(v.question.filter((p) => typeof p !== 'string').map((n) => n.key));
        expect(Object.keys(v.givens).filter((k) => !asked.has(k))).toEqual([]);
        // The worked solution ends on the answer.
        expect(v.solution[v.solution.length - 1]!.at(-1)).toBe(v.answer);
      }),
      RUNS,
    );
  });

  test('the same seed gives the same version', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        expect(versionOf(id, seed)).toEqual(exercise.version(seed));
      }),
      { numRuns: 50 },
    );
  });
});

describe('the versions teach their point', () => {
  const sample = (id: string) => Array.from({ length: 400 }, (_, seed) => versionOf(id, seed));
  test.each([
    { id: 'forward-pass', what: 'neuron 2 dead (z₂ ≤ 0)', when: (v: Version) => houseByHand(givensOf(v)).z2 <= 0 },
    { id: 'forward-pass', what: 'a negative prediction', when: (v: Version) => v.answer.value < 0 },
    { id: 'hidden-gradient', what: 'neuron 2 dead, so ∂L/∂w₂₂ = 0', when: (v: Version) => v.answer.value === 0 },
    { id: 'relu-output', what: 'a negative sum cut to 0', when: (v: Version) => v.answer.value === 0 },
    { id: 'weighted-sum', what: 'a negative sum', when: (v: Version) => v.answer.value < 0 },
    { id: 'loss-gradient', what: 'an under-prediction (negative gradient)', when: (v: Version) => v.answer.value < 0 },
    {
      id: 'one-step',
      what: 'a step past the actual price (η > ½)',
      when: (v: Version) => Math.sign(v.givens.actual!.value - v.answer.value) !== Math.sign(v.givens.actual!.value - v.givens.p!.value),
    },
  ])('$id: some versions have $what, and some do not', ({ id, when }) => {
    const hits = sample(id).filter(when).length;
    expect(hits).toBeGreaterThan(20);
    expect(hits).toBeLessThan(380);
  });
});

test('versionOf refuses an unknown exercise and a seed outside 0…2³²−1', () => {
  expect(rejection(() => versionOf('no-such-exercise', 1)).field).toBe('exercise');
  for (const seed of [-1, 1.5, MAX_SEED + 1, Number.NaN]) expect(rejection(() => versionOf('price-loss', seed)).field).toBe('seed');
});
