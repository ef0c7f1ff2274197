/**
 * Every number of the "Core Concepts" chapter: the single weighted sum, ReLU applied to it and
 * to a negative value, and the squared-error loss of one price.
 */
import { relu } from '../activations';
import { forward } from '../forward';
import { squaredError } from '../loss';
import { createNetwork } from '../network';
import { arithmetic, computed, given, tex } from '../quantity';
import { lossExample, reluNegativeInput, weightedSumExample as ex } from '../scenarios';

const size = given('overview.size', { label: 'size', symbol: '\\text{size}', formula: 'house size in sq ft', value: ex.size });
const location = given('overview.location', {
  label: 'location',
  symbol: '\\text{location}',
  formula: 'location score',
  value: ex.location,
});
const locationMax = given('overview.locationMax', {
  label: 'location scale',
  symbol: '',
  formula: 'the top of the location scale',
  value: ex.locationScaleMax,
});
const w1 = given('overview.w1', { label: 'w₁', symbol: 'w_1', formula: 'weight on size', value: ex.sizeWeight });
const w2 = given('overview.w2', {
  label: 'w₂',
  symbol: 'w_2',
  formula: 'weight on location',
  value: ex.locationWeight,
  format: { minDecimals: 1 },
});
const sizeContribution = arithmetic('overview.sizeContribution', {
  label: 'size × w₁',
  symbol: '',
  formula: 'size × w₁',
  value: ex.size * ex.sizeWeight,
  steps: [tex`${size} \\times ${w1}`],
});
const locationContribution = arithmetic('overview.locationContribution', {
  label: 'location × w₂',
  symbol: '',
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
  symbol: '',
  formula: 'w₂ ÷ w₁',
  value: ex.locationWeight / ex.sizeWeight,
  steps: [tex`${w2} \\div ${w1}`],
});
const contributionRatio = arithmetic('overview.contributionRatio', {
  label: '(size × w₁) ÷ (location × w₂)',
  symbol: '',
  formula: '(size × w₁) ÷ (location × w₂)',
  value: sizeContribution.value / locationContribution.value,
  format: { decimals: 1 },
  steps: [tex`${sizeContribution} \\div ${locationContribution}`],
});

const reluOfOutput = computed('overview.reluOfOutput', {
  label: 'ReLU(output)',
  symbol: '',
  formula: 'max(0, output)',
  value: relu.f(output.value),
  steps: [tex`\\max(0, ${output})`],
});
const negative = given('overview.negative', {
  label: 'a negative sum',
  symbol: '',
  formula: 'a negative weighted sum',
  value: reluNegativeInput,
});
const reluOfNegative = computed('overview.reluOfNegative', {
  label: 'ReLU(negative)',
  symbol: '',
  formula: 'max(0, negative sum)',
  value: relu.f(reluNegativeInput),
  steps: [tex`\\max(0, ${negative})`],
});

const actualPrice = given('overview.actualPrice', {
  label: 'actual price',
  symbol: '',
  formula: 'actual price in $',
  value: lossExample.actual,
});
const predictedPrice = given('overview.predictedPrice', {
  label: 'predicted price',
  symbol: '',
  formula: 'predicted price in $',
  value: lossExample.predicted,
});
const priceError = arithmetic('overview.priceError', {
  label: 'actual − predicted',
  symbol: '',
  formula: 'actual − predicted',
  value: lossExample.actual - lossExample.predicted,
  steps: [tex`${actualPrice} - ${predictedPrice}`],
});
const priceLoss = computed('overview.priceLoss', {
  label: 'Loss',
  symbol: '\\text{Loss}',
  formula: '(actual − predicted)²',
  value: squaredError.f(lossExample.actual, lossExample.predicted),
  steps: [tex`(${actualPrice} - ${predictedPrice})^2`, tex`${priceError}^2`],
});

export const coreConcepts = {
  weights: { size, location, locationMax, w1, w2, sizeContribution, locationContribution, output, weightRatio, contributionRatio },
  activation: { reluOfOutput, negative, reluOfNegative },
  loss: { actualPrice, predictedPrice, priceError, priceLoss },
};
