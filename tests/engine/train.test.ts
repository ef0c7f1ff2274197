import { describe, expect, test } from 'vitest';
import {
  backward,
  createNetwork,
  forward,
  getParam,
  houseNetwork,
  housePrice,
  housePriceScaled,
  paramRefs,
  SCALED_ITERATIONS,
  STUCK_CHECKPOINTS,
  train,
  type Example,
  type HousePriceScenario,
  type Network,
} from '../../engine';
import { deepFreeze } from './support/deep-freeze';
import { houseUpdate } from './support/house-example';

const exampleOf = (s: HousePriceScenario): Example[] => [{ input: s.input, target: [s.target] }];
const values = (net: Network) => paramRefs(net).map((ref) => getParam(net, ref));

describe("training the document's network", () => {
  const run = train(houseNetwork(housePrice), exampleOf(housePrice), { learningRate: housePrice.learningRate, iterations: 1 });

  test.each([
    { iteration: 0, want: 330_625, source: 'seed, step 2: the loss before any update' },
    { iteration: 1, want: 122_500, source: 'seed, step 5: "Loss = (350 − 0)² = 122,500"' },
  ])('loss after $iteration update(s) is $want ($source)', ({ iteration, want }) => {
    expect(run.history[iteration]!.loss).toBeCloseTo(want, 6);
  });

  test("after one update the weights are step 4's, and the gradient is exactly 0 (both ReLUs dead)", () => {
    values(run.final).forEach((v, q) => expect(v).toBeCloseTo(values(houseUpdate.network)[q]!, 12));
    expect(run.history[1]!.gradientNorm).toBe(0);
    expect(run.outcome).toMatchObject({ status: 'stalled', iteration: 1 });
  });
});

describe("training on from step 4's updated network stalls (seed, step 5, followed further)", () => {
  const start = deepFreeze(houseUpdate.network);
  const startValues = values(start);
  const last = Math.max(...STUCK_CHECKPOINTS);
  const run = train(start, exampleOf(housePrice), { learningRate: housePrice.learningRate, iterations: last });

  test('every weight gradient is exactly 0 at the updated weights', () => {
    // Both hidden sums are negative (≈ −9168.02 and ≈ −6881.02), so ReLU' = 0 cuts every path to
    // the hidden weights, and a₁ = a₂ = 0 zeroes the output weights' gradients. (The network has
    // no biases, so dLoss/dz_out = 2 × (0 − 350) = −700 has no parameter to move.)
    const grads = backward(start, forward(start, housePrice.input), [housePrice.target]);
    expect(grads.loss).toBe(122_500); // seed, step 5: (350 − 0)²
    expect(grads.dOutput).toEqual([-700]);
    for (const layer of grads.layers) for (const d of layer.dW.flat()) expect(Math.abs(d)).toBe(0);
  });

  test('reported as stalled at iteration 0 with both hidden units dead, not thrown', () => {
    expect(run.outcome.status).toBe('stalled');
    if (run.outcome.status !== 'stalled') return;
    expect(run.outcome.iteration).toBe(0);
    expect(run.outcome.deadUnits).toEqual([
      { layer: 0, neuron: 0 },
      { layer: 0, neuron: 1 },
    ]);
    expect(run.outcome.message).toMatch(/stalled/);
  });

  test.each([1, 10, 1000].map((iteration) => ({ iteration })))(
    'loss is still 122,500 after $iteration iterations (seed, step 5: (350 − 0)²)',
    ({ iteration }) => {
      expect(STUCK_CHECKPOINTS).toContain(iteration);
      expect(run.history[iteration]!.loss).toBe(122_500);
      expect(run.history[iteration]!.gradientNorm).toBe(0);
    },
  );

  test('the history holds iterations + 1 records', () => {
    expect(run.history).toHaveLength(last + 1);
  });

  test('no weight ever moves', () => {
    expect(values(run.final)).toEqual(startValues);
    expect(values(run.history[500]!.network)).toEqual(startValues);
  });
});

describe('the scaled set-up learns (size in thousands of sq ft, learning rate 0.00001)', () => {
  const s = housePriceScaled;
  const run = train(houseNetwork(s), exampleOf(s), { learningRate: s.learningRate, iterations: SCALED_ITERATIONS });
  const losses = run.history.map((r) => r.loss);

  test('it starts where a hand calculation puts it', () => {
    // hand: z₁ = 2 × 0.001 + 3 × 10 = 30.002, z₂ = 2 × 0.002 + 3 × 5 = 15.004,
    // prediction = 30.002 × 20 + 15.004 × 15 = 825.1, loss = (350 − 825.1)² = 225,720.01.
    expect(SCALED_ITERATIONS).toBe(200);
    expect(losses[0]).toBeCloseTo(225_720.01, 6);
  });

  test('the loss falls at every single iteration and ends near 0', () => {
    for (let t = 1; t < losses.length; t++) expect(losses[t]).toBeLessThan(losses[t - 1]!);
    expect(losses.at(-1)).toBeLessThan(1e-6);
  });

  test("the final prediction is 350 within 0.001 (the document's target)", () => {
    expect(run.outcome.status).toBe('ok');
    expect(forward(run.final, s.input).output[0]).toBeCloseTo(350, 3);
  });
});

describe('train in general', () => {
  const line = createNetwork(1, [{ weights: [[1]], activation: 'identity' }]);

  test("history has iterations + 1 entries, numbered from 0, and final is the last one's network", () => {
    const run = train(line, [{ input: [1], target: [3] }], { learningRate: 0.1, iterations: 7 });
    expect(run.history.map((r) => r.iteration)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(values(run.final)).toEqual(values(run.history[7]!.network));
  });

  test('each record holds loss, gradient norm and network of that iteration (hand)', () => {
    // w = 1, x = 1, target 3: loss (3 − 1)² = 4, gradient 2 × (1 − 3) × 1 = −4, w ← 1 + 0.25 × 4 = 2;
    // then loss (3 − 2)² = 1, gradient −2, w ← 2.5; then loss 0.25.
    const run = train(line, [{ input: [1], target: [3] }], { learningRate: 0.25, iterations: 2 });
    expect(run.history.map((r) => r.loss)).toEqual([4, 1, 0.25]);
    expect(run.history.map((r) => r.gradientNorm)).toEqual([4, 2, 1]);
    expect(run.history.map((r) => values(r.network)[0])).toEqual([1, 2, 2.5]);
  });

  test('the loss and gradient are means over the examples (hand)', () => {
    // w = 1: examples (x 1, y 3) and (x 2, y 0): losses 4 and 4, gradients −4 and 2 × 2 × 2 = 8.
    const run = train(
      line,
      [
        { input: [1], target: [3] },
        { input: [2], target: [0] },
      ],
      { learningRate: 0.1, iterations: 0 },
    );
    expect(run.history[0]!.loss).toBe(4);
    expect(run.history[0]!.gradientNorm).toBe(2);
  });

  test('half squared error can be chosen by name', () => {
    const run = train(line, [{ input: [1], target: [3] }], { learningRate: 0.25, iterations: 0, loss: 'half-squared' });
    expect(run.history[0]!.loss).toBe(2); // hand: ½ × 2²
  });

  test('a huge learning rate is reported as diverged when the loss overflows, not thrown', () => {
    // hand: x = 10, target 0, learning rate 1: w ← w − 1 × 2 × 10w × 10 = −199w, so w = (−199)ⁿ.
    // The loss (10w)² first exceeds the largest double (≈ 1.8 × 10³⁰⁸) when 199ⁿ > 1.34 × 10¹⁵³:
    // n = 66 gives 199⁶⁶ ≈ 5.3 × 10¹⁵¹, n = 67 gives ≈ 1.05 × 10¹⁵⁴.
    const run = train(line, [{ input: [10], target: [0] }], { learningRate: 1, iterations: 1000 });
    expect(run.outcome).toMatchObject({ status: 'diverged', iteration: 67, field: 'the loss' });
    expect(run.history).toHaveLength(68);
    expect(Number.isFinite(run.history[66]!.loss)).toBe(true);
  });

  test('a parameter that becomes infinite is named as the field', () => {
    // hand: gradient 2 × (1 − 0) × 1 = 2; 10³⁰⁸ × 2 overflows, so w = 1 − ∞ = −∞ after one update.
    const run = train(line, [{ input: [1], target: [0] }], { learningRate: 1e308, iterations: 5 });
    expect(run.outcome).toMatchObject({ status: 'diverged', iteration: 1, field: 'layer 1 w[1][1]' });
    expect(run.outcome.status === 'diverged' && run.outcome.message).toMatch(/diverged at iteration 1/);
  });

  describe('the divergence message says what went non-finite (issue 10)', () => {
    const house = (weights: Partial<HousePriceScenario['weights']>, learningRate: number, iterations = 3) =>
      train(houseNetwork({ ...housePrice, weights: { ...housePrice.weights, ...weights } }), exampleOf(housePrice), {
        learningRate,
        iterations,
      });
    const message = (run: ReturnType<typeof train>) => (run.outcome.status === 'diverged' ? run.outcome.message : run.outcome.status);

    test('w₁₂ = 1e150 at the document’s rate: the gradients’ size overflows before any update', () => {
      // hand: z₁ = 2000 × 0.001 + 3 × 10¹⁵⁰ = 3 × 10¹⁵⁰, ŷ = 20 × 3 × 10¹⁵⁰ + 15 × 19 ≈ 6 × 10¹⁵¹, the loss
      // (6 × 10¹⁵¹)² = 3.6 × 10³⁰³ is finite, and so is every gradient, the largest
      // ∂L/∂w₁₁ = 2 × 6 × 10¹⁵¹ × 20 × 2000 = 4.8 × 10¹⁵⁶; but its square, 2.3 × 10³¹³, is not.
      const run = house({ w12: 1e150 }, housePrice.learningRate);
      expect(run.outcome).toMatchObject({ status: 'diverged', iteration: 0, field: 'the gradients’ size' });
      expect(message(run)).toMatch(/before any update/);
      expect(message(run)).toMatch(/each gradient is finite/);
      expect(message(run)).not.toMatch(/learning rate/);
    });

    test('a learning rate of 1e300: the weighted sums overflow after one update, diverged and not stalled', () => {
      // hand: w₁₁ = 0.001 − 10³⁰⁰ × 46,000,000 = −4.6 × 10³⁰⁷ is still finite, but
      // z₁ = 2000 × −4.6 × 10³⁰⁷ is −∞; ReLU makes it 0 and every gradient 0, which looked like a stall.
      const run = house({}, 1e300);
      expect(run.outcome).toMatchObject({ status: 'diverged', iteration: 1, field: 'layer 1 neuron 1’s weighted sum' });
      expect(message(run)).toMatch(/after update 1/);
      expect(message(run)).toMatch(/learning rate is too large/);
    });

    test('a learning rate of 1e306: a parameter overflows in the first update', () => {
      // hand: 10³⁰⁶ × 46,000,000 = 4.6 × 10³¹³ is beyond the largest double, so w₁₁ = −∞.
      const run = house({}, 1e306);
      expect(run.outcome).toMatchObject({ status: 'diverged', iteration: 1, field: 'layer 1 w[1][1]' });
      expect(message(run)).toMatch(/update 1 made layer 1 w\[1\]\[1\] overflow/);
    });

    test('starting weights whose weighted sum overflows: diverged at iteration 0, the starting values named', () => {
      // hand: z₁ = 2000 × 10³⁰⁶ = 2 × 10³⁰⁹ overflows before anything is trained.
      const run = house({ w11: 1e306 }, housePrice.learningRate);
      expect(run.outcome).toMatchObject({ status: 'diverged', iteration: 0, field: 'layer 1 neuron 1’s weighted sum' });
      expect(message(run)).toMatch(/starting values are too large/);
    });

    test('no message says NaN, ∞ or "not a number"', () => {
      for (const run of [house({ w12: 1e150 }, 1e-7), house({}, 1e300), house({}, 1e306), house({ w11: 1e306 }, 1e-7)]) {
        expect(message(run)).not.toMatch(/NaN|∞|Infinity|not a number/);
      }
    });
  });

  test('a network at its minimum is ok, not stalled (the gradient is 0 but so is the loss)', () => {
    const run = train(line, [{ input: [2], target: [2] }], { learningRate: 0.1, iterations: 3 });
    expect(run.outcome.status).toBe('ok');
  });

  test('the input network and examples are never mutated', () => {
    const net = houseNetwork(housePriceScaled);
    const copy = structuredClone(net);
    const examples = deepFreeze(exampleOf(housePriceScaled));
    train(deepFreeze(net), examples, { learningRate: housePriceScaled.learningRate, iterations: 20 });
    expect(net).toEqual(copy);
  });
});
