// The live examples' one edit cycle (issue 9 and 10), run on the islands themselves without a
// browser: a value is taken only when every number shown from it is finite, a refusal says
// what would overflow, and the last good values stay. Expected values worked out by hand.
import { describe, expect, test } from 'vitest';
import { EngineInputError } from '../../engine';
import { ACTIVATION_NAMES } from '../../engine/activations';
import ActivationExample from '../../src/islands/ActivationExample';
import DerivativeExample from '../../src/islands/DerivativeExample';
import LossExample from '../../src/islands/LossExample';
import WeightsExample from '../../src/islands/WeightsExample';
import { guard } from '../../src/islands/shared/guard';
import { IslandCycle, plotCoordinates } from '../../src/islands/shared/island-cycle';

/** An island outside any page: setState applies at once, as Preact's would before the next render. */
function mounted<T extends IslandCycle<object, unknown, object>>(island: T): T {
  island.setState = (next) => Object.assign(island.state, typeof next === 'function' ? {} : next);
  return island;
}

describe('guard', () => {
  test('names the group of shown numbers that is not finite', () => {
    expect(guard(() => ({ result: 1, check: { 'the loss': [1, Infinity] } }))).toEqual({
      ok: false,
      message: 'Too large: the loss would overflow.',
    });
    expect(guard(() => ({ result: 1, check: { 'the slope': Number.NaN } }))).toEqual({
      ok: false,
      message: 'Too large: the slope would overflow.',
    });
    expect(guard(() => ({ result: 7, check: { 'the loss': 2 } }))).toEqual({ ok: true, result: 7 });
  });

  test('turns the engine’s refusal into a message and lets any other error through', () => {
    const refusing = () => {
      throw new EngineInputError('x', -1, 'must be greater than 0');
    };
    expect(guard(refusing)).toEqual({ ok: false, message: 'This value must be greater than 0.' });
    expect(() =>
      guard(() => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('plotCoordinates', () => {
  test('is finite for an ordinary plot and not for a span that overflows', () => {
    const plot = {
      x: [-5, 5] as const,
      y: [0, 5] as const,
      curves: [{ points: [[0, 0] as const], class: 'c' }],
      point: [1, 1] as const,
      slope: 1,
    };
    expect(plotCoordinates(plot).every(Number.isFinite)).toBe(true);
    // ±1e308 spans 2e308, which is Infinity.
    expect(plotCoordinates({ ...plot, x: [-1e308, 1e308] }).every(Number.isFinite)).toBe(false);
    // A tangent of slope 1e308 over ±5 reaches 5e308 above the point.
    expect(plotCoordinates({ ...plot, slope: 1e308 }).every(Number.isFinite)).toBe(false);
  });
});

describe('the four small islands on the cycle', () => {
  test('weights: 8 × 1e308 overflows, so 1e308 is refused and 524 stays', () => {
    const island = mounted(new WeightsExample({}));
    // The document: (2000 × 0.5) + (8 × 3) = 1024; then (1000 × 0.5) + 24 = 524.
    expect(island.result().output).toBe(1024);
    expect(island.offer({ size: 1000 })).toBeUndefined();
    expect(island.result().output).toBe(524);
    expect(island.offer({ locationWeight: 1e308 })).toBe('Too large: the output would overflow.');
    expect(island.state.values.locationWeight).toBe(3);
    expect(island.summary(island.result())).toBe('Output 524.');
  });

  test('activation: 1e308 is refused before the plot’s span overflows; 1e300 is drawn', () => {
    const island = mounted(new ActivationExample({}));
    expect(island.offer({ x: 1e308 })).toContain('Too large');
    expect(island.state.values.x).toBe(-50);
    expect(island.offer({ x: 1e300 })).toBeUndefined();
    // Every activation can be chosen at the largest x taken.
    for (const name of ACTIVATION_NAMES) expect(island.offer({ name })).toBeUndefined();
  });

  test('loss: 1e154 squares to 1e308, but the parabola beside it does not fit, so it is refused', () => {
    const island = mounted(new LossExample({}));
    expect(island.offer({ predicted: 1e154 })).toBe('Too large: the plot of the loss would overflow.');
    // 1e200² overflows in the loss itself.
    expect(island.offer({ predicted: 1e200 })).toBe('Too large: the loss would overflow.');
    expect(island.state.values.predicted).toBe(480_000);
    // (500,000 − 490,000)² = 100,000,000.
    expect(island.offer({ predicted: 490_000 })).toBeUndefined();
    expect(island.result().squared).toBe(100_000_000);
  });

  test('derivative: a step of 0 or one lost in rounding is refused', () => {
    const island = mounted(new DerivativeExample({}));
    expect(island.offer({ step: 0 })).toContain('must not be 0');
    // Next to 1e20 the doubles are 16,384 apart: a step of 1 disappears.
    expect(island.offer({ start: 1e20, step: 1 })).toContain('rounds away');
    expect(island.offer({ step: 1e308 })).toContain('Too large');
    expect(island.state.values).toEqual({ actual: 350, start: 300, step: 1 });
  });
});
