import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ACTIVATION_NAMES,
  centralDifference,
  createNetwork,
  getParam,
  gradCheck,
  houseNetwork,
  housePrice,
  LOSSES,
  nudge,
  paramRefs,
  relativeError,
  squaredError,
  withParam,
  type ActivationName,
  type LayerSpec,
  type LossName,
} from '../../engine';
import { HOUSE_PARAMETERS } from '../../engine/parameters';
import { randomCase } from './support/random-network';

describe('relativeError', () => {
  test.each([
    { a: 0, b: 0, want: 0, source: 'both zero: a dead unit checked against itself is a match' },
    { a: 1150, b: 1150, want: 0, source: 'hand: equal' },
    { a: 1, b: -1, want: 2, source: 'hand: |1 − (−1)| / 1' },
    { a: 0, b: 1e-9, want: 1, source: 'hand: one zero, one not: |0 − 10⁻⁹| / 10⁻⁹' },
    { a: 100, b: 99, want: 0.01, source: 'hand: 1 / 100' },
    { a: -4, b: -5, want: 0.2, source: 'hand: 1 / 5' },
  ])('relativeError($a, $b) = $want ($source)', ({ a, b, want }) => {
    expect(relativeError(a, b)).toBeCloseTo(want, 15);
  });
});

describe('centralDifference', () => {
  test('slope of x² at 3 is 6 (hand), exact for a quadratic up to rounding', () => {
    expect(centralDifference((x) => x * x, 3)).toBeCloseTo(6, 8);
  });

  test("slope of the squared loss at the prediction 925 is the document's 1150 (seed, Detailed Gradient Explanation)", () => {
    expect(centralDifference((p) => squaredError.f(350, p), 925)).toBeCloseTo(1150, 4);
  });

  test('derivative of (actual − predicted) by predicted is −1 (seed, Derivative Deep Dive)', () => {
    expect(centralDifference((p) => 350 - p, 925)).toBeCloseTo(-1, 8);
  });
});

describe("gradCheck on the document's network", () => {
  const checks = gradCheck(houseNetwork(housePrice), housePrice.input, [housePrice.target]);

  test.each([
    { label: 'layer 1 w[1][1]', want: 46_000_000, source: 'seed, step 3: dLoss/dw₁₁' },
    { label: 'layer 1 w[1][2]', want: 69_000, source: 'seed, step 3: dLoss/dw₁₂' },
    { label: 'layer 1 w[2][1]', want: 34_500_000, source: 'seed, step 3: dLoss/dw₂₁' },
    { label: 'layer 1 w[2][2]', want: 51_750, source: 'seed, step 3: dLoss/dw₂₂' },
    { label: 'layer 2 w[1][1]', want: 36_800, source: 'seed, step 3: dLoss/dw₃₁' },
    { label: 'layer 2 w[1][2]', want: 21_850, source: 'seed, step 3: dLoss/dw₃₂' },
  ])('$label: analytic and numeric both ≈ $want ($source)', ({ label, want }) => {
    const check = checks.find((c) => c.label === label)!;
    expect(check.onKink).toBe(false);
    expect(check.relativeError).toBeLessThan(1e-6);
    expect(relativeError(check.analytic, want)).toBeLessThan(1e-12);
    expect(relativeError(check.numeric, want)).toBeLessThan(1e-6);
  });
});

describe('onKink', () => {
  test('the flagged parameter really has two slopes: the finite difference averages them', () => {
    const net = createNetwork(1, [
      { weights: [[0]], activation: 'relu' },
      { weights: [[1]], activation: 'identity' },
    ]);
    // hand: loss (1 − ReLU(5w))² at w = 0: slope −10 from the right, 0 from the left, −5 on average.
    const [check] = gradCheck(net, [5], [1]);
    expect(check!.onKink).toBe(true);
    expect(Math.abs(check!.analytic)).toBe(0); // ReLU'(0) = 0, the documented choice
    expect(check!.numeric).toBeCloseTo(-5, 3); // hand: exactly −5 + 12.5h with h = 10⁻⁵
  });

  test('a ReLU unit sitting exactly at z = 0 is flagged for the parameters that move it', () => {
    // hand: hidden z = 0 × 5 + 0 = 0, the kink; nudging its weight or bias by ±h crosses it.
    // The output weight does not move that unit: loss (1 − 2 × ReLU(0))² has slope 2 × (0 − 1) × 0 = 0
    // in it on both sides, so a finite difference of it is exact and not flagged.
    const net = createNetwork(1, [
      { weights: [[0]], biases: [0], activation: 'relu' },
      { weights: [[2]], activation: 'identity' },
    ]);
    const byLabel = Object.fromEntries(gradCheck(net, [5], [1]).map((c) => [c.label, c.onKink]));
    expect(byLabel).toEqual({ 'layer 1 w[1][1]': true, 'layer 1 b[1]': true, 'layer 2 w[1][1]': false });
  });

  test('no flag far from the kink, and none for smooth activations', () => {
    expect(gradCheck(houseNetwork(housePrice), housePrice.input, [350]).some((c) => c.onKink)).toBe(false);
    const smooth = createNetwork(1, [{ weights: [[0]], biases: [0], activation: 'tanh' }]);
    expect(gradCheck(smooth, [5], [1]).some((c) => c.onKink)).toBe(false);
  });
});

// --- Property: backprop equals finite differences on random small networks ----------------------

// An independent reference written here from the definitions: no engine forward, no engine loss.
const reference: Record<ActivationName, (z: number) => number> = {
  identity: (z) => z,
  relu: (z) => Math.max(0, z),
  'leaky-relu': (z) => (z > 0 ? z : 0.01 * z),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: (z) => Math.tanh(z),
};
const referenceLoss: Record<LossName, (y: number, p: number) => number> = {
  squared: (y, p) => (y - p) ** 2,
  'half-squared': (y, p) => (y - p) ** 2 / 2,
};

function lossOf(specs: readonly LayerSpec[], input: readonly number[], target: readonly number[], loss: LossName): number {
  let a = input;
  for (const layer of specs) {
    a = layer.weights.map((row, j) => reference[layer.activation](row.reduce((s, w, i) => s + w * a[i]!, layer.biases?.[j] ?? 0)));
  }
  return a.reduce((s, p, k) => s + referenceLoss[loss](target[k]!, p), 0);
}

/**
 * Analytic and numeric agree when their relative error is below 1e-5, or when their difference
 * is within the finite difference's own rounding noise (about 10⁻¹⁶ × loss / h), which dominates
 * for gradients that are nearly 0.
 */
function agree(analytic: number, numeric: number, lossValue: number): boolean {
  return relativeError(analytic, numeric) < 1e-5 || Math.abs(analytic - numeric) < 1e-8 * Math.max(1, lossValue);
}

const combos = ACTIVATION_NAMES.flatMap((activation) => (Object.keys(LOSSES) as LossName[]).map((loss) => ({ activation, loss })));

describe('backprop gradients equal central finite differences on random networks', () => {
  test.each(combos)('$activation with $loss loss', ({ activation, loss }) => {
    let compared = 0;
    fc.assert(
      fc.property(randomCase(activation), ({ specs, net, input, target }) => {
        const lossValue = lossOf(specs, input, target, loss);
        const checks = gradCheck(net, input, target, loss);
        expect(checks).toHaveLength(paramRefs(net).length);
        checks.forEach((check) => {
          if (check.onKink) return;
          // The engine's own check…
          expect(agree(check.analytic, check.numeric, lossValue), `${check.label}: ${check.analytic} vs ${check.numeric}`).toBe(true);
          // …and an independent finite difference over the reference network written above.
          const x = getParam(net, check.ref);
          const h = 1e-5 * Math.max(1, Math.abs(x));
          const at = (v: number) => {
            const moved = withParam(net, check.ref, v);
            return lossOf(moved.layers, input, target, loss);
          };
          const numeric = (at(x + h) - at(x - h)) / (2 * h);
          expect(agree(check.analytic, numeric, lossValue), `${check.label}: ${check.analytic} vs own ${numeric}`).toBe(true);
          compared++;
        });
      }),
      { numRuns: 40 },
    );
    // Guard against a vacuous pass: 40 networks hold several hundred parameters, and even for
    // ReLU (whose kinks fast-check's bias towards 0 finds often) most must really be compared.
    expect(compared).toBeGreaterThan(100);
  });
});

describe('nudge: one parameter moved by ±h, with the numbers a reader checks it by', () => {
  test('w₁₁ of the worked example: Δ ≈ 2h × 46,000,000 = 920, so Δ/2h ≈ 46,000,000 (seed, step 3)', () => {
    const net = houseNetwork(housePrice);
    const n = nudge(net, housePrice.input, [housePrice.target], 'squared', HOUSE_PARAMETERS.w11.ref);
    expect(n.h).toBe(1e-5); // GRADCHECK_EPS × max(1, |0.001|)
    // By hand: z₁ moves by ±2000h = ±0.02, so ŷ moves by ±0.4 and the loss, (575 ± 0.4)², by ±460 around 330,625.
    expect(n.lossUp).toBeCloseTo(575.4 ** 2, 6);
    expect(n.lossDown).toBeCloseTo(574.6 ** 2, 6);
    expect(n.delta).toBeCloseTo(920, 6);
    expect(n.slope).toBeCloseTo(46_000_000, 0);
  });
});
