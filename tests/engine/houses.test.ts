import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../engine/csv';
import { generateHouses, HOUSE_COUNT, HOUSE_RULE, HOUSE_TEST_COUNT, houseSplit, truePrice } from '../../engine/houses';

describe('the house data set', () => {
  test('the rule gives the worked example its price: 2000 sq ft, 3 bedrooms → $350k (by hand: 50 + 300 − 60 + 60)', () => {
    expect(truePrice(2000, 3)).toBeCloseTo(350, 12);
  });

  // Expected rows from an independent Python implementation of the documented procedure
  // (mulberry32 seed 14; size, bedrooms and noise drawn in that order for each house).
  test('the seeded rows match the reference', () => {
    const data = generateHouses();
    expect(data.targets).toHaveLength(HOUSE_COUNT);
    expect(data.inputs.slice(0, 3)).toEqual([
      [1880, 2],
      [1820, 4],
      [1670, 2],
    ]);
    expect(data.targets.slice(0, 3)).toEqual([323.8, 378.3, 299.8]);
    expect(data.inputs[59]).toEqual([3040, 5]);
    expect(data.targets[59]).toBe(456.4);
  });

  test('the noise has about the documented spread', () => {
    const data = generateHouses();
    const residuals = data.targets.map((y, r) => y - truePrice(data.inputs[r]![0]!, data.inputs[r]![1]!));
    const sd = Math.sqrt(residuals.reduce((s, e) => s + e * e, 0) / residuals.length);
    // 60 draws: the sample standard deviation is within ±30% of σ with overwhelming probability.
    expect(sd).toBeGreaterThan(0.7 * HOUSE_RULE.noise);
    expect(sd).toBeLessThan(1.3 * HOUSE_RULE.noise);
  });

  test('the held-out rows are the reference split (rows 12, 19, 27, 28, 33, 37, 38, 42, 43, 50, 51, 58)', () => {
    const all = generateHouses();
    const { train, test: held } = houseSplit();
    expect(held.targets).toEqual([12, 19, 27, 28, 33, 37, 38, 42, 43, 50, 51, 58].map((r) => all.targets[r]));
    expect(train.targets).toHaveLength(HOUSE_COUNT - HOUSE_TEST_COUNT);
  });

  test('the shipped CSV files hold exactly the generated split (run node data/make-houses.mjs after changing the rule)', () => {
    const { train, test: held } = houseSplit();
    for (const [file, split] of [
      ['data/houses-train.csv', train],
      ['data/houses-test.csv', held],
    ] as const) {
      const parsed = parseCsv(readFileSync(file, 'utf8'));
      expect(parsed).toEqual(split);
    }
  });
});
