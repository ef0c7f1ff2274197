/**
 * Numbers of the "Detailed Gradient Explanation" chapter that the worked example does not
 * already hold: the finite-difference slope that checks 1150, and the half squared error.
 */
import { centralDifference, relativeError } from '../gradcheck';
import { halfSquaredError, squaredError } from '../loss';
import { computed, tex } from '../quantity';
import { numericalExample } from './numerical-example';

const { actual } = numericalExample.given;
const { prediction } = numericalExample.forward;
const { dOut } = numericalExample.backward;

const lossSlope = centralDifference((p) => squaredError.f(actual.value, p), prediction.value);
const slope = computed('gradient.numericSlope', {
  label: 'finite-difference slope',
  symbol: '\\frac{L(p+h) - L(p-h)}{2h}',
  formula: 'central difference of (actual − p)² at the prediction, h = 10⁻⁵ × |p|',
  value: lossSlope,
  format: { decimals: 6 },
});
const slopeError = computed('gradient.slopeRelativeError', {
  label: 'relative error',
  formula: '|analytic − numeric| ÷ max(|analytic|, |numeric|)',
  value: relativeError(dOut.value, lossSlope),
  format: { significant: 2 },
});
const halfLoss = computed('gradient.halfLoss', {
  label: '½ Loss',
  symbol: '\\tfrac12(\\text{actual} - \\text{predicted})^2',
  formula: '½(actual − predicted)²',
  value: halfSquaredError.f(actual.value, prediction.value),
  steps: [tex`\\tfrac12 (${actual} - ${prediction})^2`],
});
const halfGradient = computed('gradient.halfGradient', {
  label: 'dLoss/dpredicted (½ convention)',
  symbol: '\\mathrm{predicted} - \\mathrm{actual}',
  formula: 'predicted − actual',
  value: halfSquaredError.df(actual.value, prediction.value),
  steps: [tex`${prediction} - ${actual}`],
});

export const gradientExplanation = { slope, slopeError, halfLoss, halfGradient };
