/**
 * Numbers of the "Detailed Gradient Explanation" and "Derivative Deep Dive" chapters that the
 * worked example does not already hold: the finite-difference slopes that check 1150, the half
 * squared error, and the table of neighbouring predictions.
 */
import { centralDifference, relativeError } from '../gradcheck';
import { halfSquaredError, squaredError } from '../loss';
import { computed, given, tex } from '../quantity';
import { derivativeTable, housePrice, predictionNudge } from '../scenarios';
import { house } from './house';

const { actual } = house.given;
const { prediction } = house.forward;
const { dOut } = house.backward;

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
  symbol: '',
  formula: '|analytic − numeric| ÷ max(|analytic|, |numeric|)',
  value: relativeError(dOut.value, lossSlope),
});
// "Putting it all together": the chain with its numbers, as it should read, and where the
// document's own last line (2 × (actual − predicted)) would lead, which contradicts 1150.
const signChain = computed('gradient.signChain', {
  label: 'dLoss/dpredicted',
  symbol: '\\frac{\\partial L}{\\partial \\text{predicted}}',
  formula: '2 × (actual − predicted) × (−1) = 2 × (predicted − actual)',
  value: squaredError.df(actual.value, prediction.value),
  steps: [tex`2 \\times (${actual} - ${prediction}) \\times ({-1})`, tex`2 \\times (${prediction} - ${actual})`],
});
const documentChain = computed('gradient.documentChain', {
  label: '2 × (actual − predicted)',
  symbol: '2 \\times (\\text{actual} - \\text{predicted})',
  formula: "the last line of the document's chain, evaluated",
  value: 2 * (actual.value - prediction.value),
  steps: [tex`2 \\times (${actual} - ${prediction})`],
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
  symbol: '\\text{predicted} - \\text{actual}',
  formula: 'predicted − actual',
  value: halfSquaredError.df(actual.value, prediction.value),
  steps: [tex`${prediction} - ${actual}`],
});

const tableActual = given('derivative.actual', {
  label: 'actual',
  symbol: '\\text{actual}',
  formula: 'actual price in $1000s',
  value: derivativeTable.actual,
});
const rows = derivativeTable.predictions.map((p, i) => {
  const predicted = given(`derivative.prediction${i}`, {
    label: 'prediction',
    symbol: '',
    formula: 'a neighbouring prediction in $1000s',
    value: p,
  });
  const err = computed(`derivative.error${i}`, {
    label: 'error',
    symbol: '',
    formula: 'actual − prediction',
    value: derivativeTable.actual - p,
    steps: [tex`${tableActual} - ${predicted}`],
  });
  return { predicted, error: err };
});
const predictionStep = computed('derivative.predictionStep', {
  label: 'change in prediction',
  symbol: '',
  formula: 'next prediction − previous prediction',
  value: rows[1]!.predicted.value - rows[0]!.predicted.value,
});
const changes = rows.slice(1).map((row, i) =>
  computed(`derivative.change${i + 1}`, {
    label: 'change in error',
    symbol: '',
    formula: 'this error − previous error',
    value: row.error.value - rows[i]!.error.value,
  }),
);
const errorSlope = computed('derivative.numericSlope', {
  label: 'd(actual − predicted)/dpredicted, measured',
  symbol: '',
  formula: 'central difference of actual − p at the prediction',
  value: centralDifference((p) => housePrice.target - p, prediction.value),
  format: { decimals: 6 },
});
const nudge = given('derivative.nudge', {
  label: 'nudge',
  symbol: '',
  formula: 'an increase of the prediction in $1000s',
  value: predictionNudge,
});
const nudgeEffect = computed('derivative.nudgeEffect', {
  label: 'change in error',
  symbol: '',
  formula: '(actual − (p + nudge)) − (actual − p)',
  value: actual.value - (prediction.value + predictionNudge) - (actual.value - prediction.value),
});

export const gradient = {
  slope,
  slopeError,
  signChain,
  documentChain,
  halfLoss,
  halfGradient,
  derivative: { actual: tableActual, rows, predictionStep, changes, errorSlope, nudge, nudgeEffect },
};
