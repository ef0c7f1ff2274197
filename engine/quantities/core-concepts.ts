/**
 * Every number of the "Core Concepts" chapter and of its live examples at the document's values:
 * the single weighted sum, ReLU applied to it and to a negative value (with its slope there),
 * and the squared-error loss of one price, with the ½ convention and both gradients.
 */
import { relu } from '../activations';
import type { DisplayFormat } from '../format';
import { forward } from '../forward';
import { halfSquaredError, squaredError } from '../loss';
import { createNetwork } from '../network';
import { arithmetic, computed, given, tex, type Quantity } from '../quantity';
import { lossExample, reluNegativeInput, weightedSumExample as ex } from '../scenarios';

/** An input of the weighted sum, as the document gives it. */
const input = (name: string, label: string, symbol: string, formula: string, value: number, format: DisplayFormat = {}) =>
  given(`overview.${name}`, { label, symbol, formula, value, format });
const size = input('size', 'size', '\\text{size}', 'house size in sq ft', ex.size);
const location = input('location', 'location', '\\text{location}', 'location score', ex.location);
const locationMax = input('locationMax', 'location scale', '', 'the top of the location scale', ex.locationScaleMax);
const w1 = input('w1', 'w₁', 'w_1', 'weight on size', ex.sizeWeight);
const w2 = input('w2', 'w₂', 'w_2', 'weight on location', ex.locationWeight, { minDecimals: 1 });
const sizeContribution = arithmetic('overview.sizeContribution', {
  label: 'size × w₁',
  formula: 'size × w₁',
  value: ex.size * ex.sizeWeight,
  steps: [tex`${size} \\times ${w1}`],
});
const locationContribution = arithmetic('overview.locationContribution', {
  label: 'location × w₂',
  formula: 'location × w₂',
  value: ex.location * ex.locationWeight,
  steps: [tex`${location} \\times ${w2}`],
});
// The weighted sum as the engine computes any neuron's: one linear neuron, no bias.
const oneNeuron = createNetwork(2, [{ weights: [[ex.sizeWeight, ex.locationWeight]], activation: 'identity' }]);
const output = computed('overview.output', {
  label: 'output',
  symbol: '\\text{output}',
  formula: 'size × w₁ + location × w₂',
  value: forward(oneNeuron, [ex.size, ex.location]).output[0]!,
  steps: [tex`(${size} \\times ${w1}) + (${location} \\times ${w2})`, tex`${sizeContribution} + ${locationContribution}`],
});
const weightRatio = arithmetic('overview.weightRatio', {
  label: 'w₂ ÷ w₁',
  formula: 'w₂ ÷ w₁',
  value: ex.locationWeight / ex.sizeWeight,
  steps: [tex`${w2} \\div ${w1}`],
});
const contributionRatio = arithmetic('overview.contributionRatio', {
  label: '(size × w₁) ÷ (location × w₂)',
  formula: '(size × w₁) ÷ (location × w₂)',
  value: sizeContribution.value / locationContribution.value,
  format: { decimals: 1 },
  steps: [tex`${sizeContribution} \\div ${locationContribution}`],
});

// The live example's bars: each contribution as a percentage of the larger one.
const largest = Math.max(Math.abs(sizeContribution.value), Math.abs(locationContribution.value));
const share = (id: string, c: Quantity) =>
  arithmetic(id, {
    label: `${c.label} share`,
    formula: `|${c.label}| ÷ the larger |contribution| × 100`,
    value: (Math.abs(c.value) / largest) * 100,
    format: { decimals: 0 },
  });
const sizeShare = share('overview.sizeShare', sizeContribution);
const locationShare = share('overview.locationShare', locationContribution);

const reluOfOutput = computed('overview.reluOfOutput', {
  label: 'ReLU(output)',
  formula: 'max(0, output)',
  value: relu.f(output.value),
  steps: [tex`\\max(0, ${output})`],
});
const negative = given('overview.negative', { label: 'a negative sum', formula: 'a negative weighted sum', value: reluNegativeInput });
const reluOfNegative = computed('overview.reluOfNegative', {
  label: 'ReLU(negative)',
  formula: 'max(0, negative sum)',
  value: relu.f(reluNegativeInput),
  steps: [tex`\\max(0, ${negative})`],
});
const reluSlopeOfNegative = computed('overview.reluSlopeOfNegative', {
  label: 'ReLU′(negative)',
  formula: '1 if the sum > 0, else 0',
  value: relu.df(reluNegativeInput),
});

const { actual, predicted } = lossExample;
const actualPrice = given('overview.actualPrice', { label: 'actual price', formula: 'actual price in $', value: actual });
const predictedPrice = given('overview.predictedPrice', { label: 'predicted price', formula: 'predicted price in $', value: predicted });
const priceError = arithmetic('overview.priceError', {
  label: 'actual − predicted',
  formula: 'actual − predicted',
  value: actual - predicted,
  steps: [tex`${actualPrice} - ${predictedPrice}`],
});
const priceLoss = computed('overview.priceLoss', {
  label: 'Loss',
  symbol: '\\text{Loss}',
  formula: '(actual − predicted)²',
  value: squaredError.f(actual, predicted),
  steps: [tex`(${actualPrice} - ${predictedPrice})^2`, tex`${priceError}^2`],
});
// The live example's other rows: the ½ convention, and both slopes of the loss.
const halfPriceLoss = computed('overview.halfPriceLoss', {
  label: '½ Loss',
  formula: '½(actual − predicted)²',
  value: halfSquaredError.f(actual, predicted),
});
const priceOvershoot = arithmetic('overview.priceOvershoot', {
  label: 'predicted − actual',
  formula: 'predicted − actual',
  value: predicted - actual,
});
const priceGradient = computed('overview.priceGradient', {
  label: 'dLoss/dpredicted',
  formula: '2 × (predicted − actual)',
  value: squaredError.df(actual, predicted),
  steps: [tex`2 \\times ${priceOvershoot}`],
});
const halfPriceGradient = computed('overview.halfPriceGradient', {
  label: 'd(½ Loss)/dpredicted',
  formula: 'predicted − actual',
  value: halfSquaredError.df(actual, predicted),
});

export const coreConcepts = {
  weights: { size, location, locationMax, w1, w2, sizeContribution, locationContribution, output, weightRatio, contributionRatio },
  bars: { sizeShare, locationShare },
  activation: { reluOfOutput, negative, reluOfNegative, reluSlopeOfNegative },
  loss: { actualPrice, predictedPrice, priceError, priceLoss, halfPriceLoss, priceOvershoot, priceGradient, halfPriceGradient },
};
