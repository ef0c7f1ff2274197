/**
 * Finite-difference checks of the analytic gradients: the independent evidence that backprop
 * is right, used by the tests and by the pages that compare a computed slope with 1150.
 */
import { ACTIVATIONS } from './activations';
import { backward, paramGradient } from './backprop';
import { forward } from './forward';
import { lossByName, type Loss, type LossName } from './loss';
import { getParam, paramLabel, paramRefs, withParam, type Network, type ParamRef } from './network';
import { requireFinite, requirePositive } from './validate';

/** Step for central differences, relative to the size of the value nudged (never below an absolute 1e-5). */
const GRADCHECK_EPS = 1e-5;

/** Slope of f at x by the central difference (f(x + h) − f(x − h)) / 2h, whose error shrinks as h². */
export function centralDifference(f: (x: number) => number, x: number, h = GRADCHECK_EPS * Math.max(1, Math.abs(x))): number {
  requireFinite('x', x);
  requirePositive('h', h);
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** |a − b| / max(|a|, |b|), and 0 when both are exactly 0 (a dead unit's gradient checked against itself). */
export function relativeError(a: number, b: number): number {
  requireFinite('a', a);
  requireFinite('b', b);
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

export interface ParamCheck {
  readonly ref: ParamRef;
  readonly label: string;
  readonly analytic: number;
  readonly numeric: number;
  readonly relativeError: number;
  /**
   * True when nudging the parameter by ±h moves some ReLU-like unit across its kink, where the
   * function has no derivative and a finite difference measures an average of two slopes.
   */
  readonly onKink: boolean;
}

export function gradCheck(
  net: Network,
  input: readonly number[],
  target: readonly number[],
  lossFn: Loss | LossName = 'squared',
): ParamCheck[] {
  const loss = typeof lossFn === 'string' ? lossByName(lossFn) : lossFn;
  const grads = backward(net, forward(net, input), target, loss);
  return paramRefs(net).map((ref) => {
    const { h, slope: numeric } = nudge(net, input, target, loss, ref);
    const x = getParam(net, ref);
    const analytic = paramGradient(grads, ref);
    const onKink = crossesKink(forward(withParam(net, ref, x - h), input), forward(withParam(net, ref, x + h), input), net);
    return { ref, label: paramLabel(ref), analytic, numeric, relativeError: relativeError(analytic, numeric), onKink };
  });
}

/** One parameter nudged by ±h: the loss either side, its change Δ, and the slope Δ / 2h. */
export interface Nudge {
  readonly h: number;
  readonly lossDown: number;
  readonly lossUp: number;
  readonly delta: number;
  readonly slope: number;
}

/** The central difference of the loss in one parameter, with the numbers a reader can check it by. */
export function nudge(net: Network, input: readonly number[], target: readonly number[], lossFn: Loss | LossName, ref: ParamRef): Nudge {
  const loss = typeof lossFn === 'string' ? lossByName(lossFn) : lossFn;
  const x = getParam(net, ref);
  const h = GRADCHECK_EPS * Math.max(1, Math.abs(x));
  const lossAt = (v: number) => {
    const candidate = withParam(net, ref, v);
    return backward(candidate, forward(candidate, input), target, loss).loss;
  };
  const [lossDown, lossUp] = [lossAt(x - h), lossAt(x + h)];
  const delta = lossUp - lossDown;
  return { h, lossDown, lossUp, delta, slope: delta / (2 * h) };
}

function crossesKink(low: ReturnType<typeof forward>, high: ReturnType<typeof forward>, net: Network): boolean {
  return net.layers.some((layer, k) => {
    const kink = ACTIVATIONS[layer.activation].kinkAt;
    if (kink === undefined) return false;
    const zLow = low.layers[k]!.z;
    const zHigh = high.layers[k]!.z;
    // A unit the nudge leaves where it is has not crossed, even if it sits exactly at the kink
    // (a unit whose inputs are all 0, or one downstream of the nudged weight): the finite
    // difference sees no change through it, just as the analytic gradient does.
    return zLow.some((z, j) => z !== zHigh[j] && (z - kink) * (zHigh[j]! - kink) <= 0);
  });
}
