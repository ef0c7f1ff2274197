/**
 * Numbers of the "Derivative Deep Dive" chapter that the worked example does not already hold:
 * the chain with its signs, the table of neighbouring predictions, the measured slope of the
 * error, and the live example's slopes at the table's first prediction.
 */
import { centralDifference } from '../gradcheck';
import { squaredError } from '../loss';
import { arithmetic, computed, given, tex } from '../quantity';
import { derivativeTable, predictionNudge } from '../scenarios';
import { numericalExample } from './numerical-example';
import { THOUSANDS_OF_DOLLARS } from './units';

const { actual } = numericalExample.given;
const { prediction } = numericalExample.forward;

// "Putting it all together": the chain with its numbers, as it should read, and where the
// document's own last line (2 × (actual − predicted)) would lead, which contradicts 1150.
const signChain = computed('gradient.signChain', {
  label: 'dLoss/dpredicted',
  symbol: '\\frac{\\partial L}{\\partial \\text{predicted}}',
  formula: '2 × (actual − predicted) × (−1) = 2 × (predicted − actual)',
  value: squaredError.df(actual.value, prediction.value),
  steps: [tex`2 \\times (${actual} - ${prediction}) \\times ({-1})`, tex`2 \\times (${prediction} - ${actual})`],
});
const documentChain = arithmetic('gradient.documentChain', {
  label: '2 × (actual − predicted)',
  symbol: '2 \\times (\\text{actual} - \\text{predicted})',
  formula: "the last line of the document's chain, evaluated",
  value: 2 * (actual.value - prediction.value),
  steps: [tex`2 \\times (${actual} - ${prediction})`],
});

const tableActual = given('derivative.actual', {
  label: 'actual',
  symbol: '\\text{actual}',
  formula: 'actual price in $1000s',
  value: derivativeTable.actual,
});
/** The table writes its amounts as the document does, in thousands of dollars: $300k, −$1k. */
const IN_THOUSANDS_OF_DOLLARS = { unit: THOUSANDS_OF_DOLLARS } as const;
const rows = derivativeTable.predictions.map((p, i) => {
  const predicted = given(`derivative.prediction${i}`, {
    label: 'prediction',
    formula: 'a neighbouring prediction in $1000s',
    value: p,
    format: IN_THOUSANDS_OF_DOLLARS,
  });
  const err = arithmetic(`derivative.error${i}`, {
    label: 'error',
    formula: 'actual − prediction',
    value: derivativeTable.actual - p,
    format: IN_THOUSANDS_OF_DOLLARS,
    steps: [tex`${tableActual} - ${predicted}`],
  });
  return { predicted, error: err };
});
const predictionStep = arithmetic('derivative.predictionStep', {
  label: 'change in prediction',
  formula: 'next prediction − previous prediction',
  value: rows[1]!.predicted.value - rows[0]!.predicted.value,
});
const changes = rows.slice(1).map((row, i) =>
  arithmetic(`derivative.change${i + 1}`, {
    label: 'change in error',
    formula: 'this error − previous error',
    value: row.error.value - rows[i]!.error.value,
    format: IN_THOUSANDS_OF_DOLLARS,
  }),
);
const errorSlope = computed('derivative.numericSlope', {
  label: 'd(actual − predicted)/dpredicted, measured',
  formula: 'central difference of actual − p at the prediction',
  value: centralDifference((p) => actual.value - p, prediction.value),
  format: { decimals: 6 },
});
const nudge = given('derivative.nudge', { label: 'nudge', formula: 'an increase of the prediction in $1000s', value: predictionNudge });
const nudgeEffect = arithmetic('derivative.nudgeEffect', {
  label: 'change in error',
  formula: '(actual − (p + nudge)) − (actual − p)',
  value: actual.value - (prediction.value + predictionNudge) - (actual.value - prediction.value),
});

// The live example's slopes at the table's first prediction, measured with the table's own step.
const [first] = derivativeTable.predictions;
const tableLoss = (p: number) => squaredError.f(derivativeTable.actual, p);
const tableSlopes = {
  errorMeasured: computed('derivative.tableErrorSlope', {
    label: 'd(error)/dpredicted, measured',
    formula: 'central difference of actual − p at the first prediction, h = the step',
    value: centralDifference((p) => derivativeTable.actual - p, first, predictionStep.value),
    format: { decimals: 6 },
  }),
  error: arithmetic('derivative.analyticErrorSlope', {
    label: 'd(error)/dpredicted',
    formula: 'd(actual)/dpredicted − d(predicted)/dpredicted = 0 − 1',
    value: 0 - 1,
  }),
  lossMeasured: computed('derivative.tableLossSlope', {
    label: 'dLoss/dpredicted, measured',
    formula: 'central difference of (actual − p)² at the first prediction, h = the step',
    value: centralDifference(tableLoss, first, predictionStep.value),
    format: { decimals: 6 },
  }),
  loss: computed('derivative.tableLossGradient', {
    label: 'dLoss/dpredicted',
    formula: '2 × (predicted − actual)',
    value: squaredError.df(derivativeTable.actual, first),
  }),
};

export const derivativeDeepDive = {
  signChain,
  documentChain,
  table: { actual: tableActual, rows, predictionStep, changes, errorSlope, nudge, nudgeEffect, slopes: tableSlopes },
};
