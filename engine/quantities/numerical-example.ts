/**
 * Every number of the "Complete Numerical Example" chapter, computed from the house-price
 * scenario: setup, forward pass, loss, backpropagation, update, next pass, and what happens
 * after (the network dies; a rescaled set-up learns).
 */
import { backward, paramGradient } from '../backprop';
import { getParam } from '../network';
import { HOUSE_PARAMETERS, subscript, WEIGHT_NAMES, type WeightName } from '../parameters';
import { forward } from '../forward';
import { relu } from '../activations';
import { sgdStep } from '../sgd';
import { train } from '../train';
import { arithmetic, chosen, computed, given, printed, tex, type Quantity } from '../quantity';
import {
  documentPrinted,
  housePrice,
  housePriceScaled,
  houseNetwork,
  SCALED_ITERATIONS,
  SQFT_PER_UNIT,
  STUCK_CHECKPOINTS,
} from '../scenarios';

const s = housePrice;
const net = houseNetwork(s);
const trace = forward(net, s.input);
const grads = backward(net, trace, [s.target], s.loss);
const update = sgdStep(net, grads, s.learningRate);
const next = forward(update.network, s.input);
const nextGrads = backward(update.network, next, [s.target], s.loss);

const [hidden, out] = [trace.layers[0]!, trace.layers[1]!];
const hiddenGrads = grads.layers[0]!;

// ── Initial setup: the document's given values ────────────────────────────────────────────
const size = given('house.size', { label: 'x₁', symbol: 'x_1', formula: 'house size in sq ft', value: s.input[0] });
const bedrooms = given('house.bedrooms', { label: 'x₂', symbol: 'x_2', formula: 'number of bedrooms', value: s.input[1] });
const actual = given('house.actual', { label: 'actual', symbol: '\\text{actual}', formula: 'actual price in $1000s', value: s.target });
const weightGiven = (name: WeightName) => {
  const { label, symbol, meaning } = HOUSE_PARAMETERS[name];
  return given(`house.${name}`, { label, symbol, formula: meaning, value: s.weights[name] });
};
const w = Object.fromEntries(WEIGHT_NAMES.map((name) => [name, weightGiven(name)])) as Record<WeightName, Quantity>;
const learningRate = given('house.learningRate', { label: 'η', symbol: '\\eta', formula: 'learning rate', value: s.learningRate });

// ── Step 1: forward pass ──────────────────────────────────────────────────────────────────
/** A forward pass through the hidden layer: the document's (Step 1), or the one after the update (Step 5). */
interface HiddenPass {
  /** Where its quantities' ids start: house.z1 for Step 1, house.next.z1 for Step 5. */
  readonly id: string;
  /** After a label, to tell the passes' numbers apart in tips and the ledger: "z₁ (next pass)". */
  readonly said: string;
  readonly weights: Readonly<Record<WeightName, Quantity>>;
  readonly layer: { readonly z: readonly number[]; readonly a: readonly number[] };
}

/** Hidden neuron j of a forward pass: its two products, the weighted sum z_j and a_j = ReLU(z_j). */
const hiddenNeuron = (j: 1 | 2, { id, said, weights, layer }: HiddenPass) => {
  const [wSize, wBedrooms] = [weights[`w${j}1` as WeightName], weights[`w${j}2` as WeightName]];
  const sj = subscript(String(j));
  const product = (i: 1 | 2, x: Quantity, weight: Quantity) =>
    arithmetic(`${id}p${j}${i}`, {
      label: `${x.label}${weight.label}`,
      symbol: `${x.symbol} ${weight.symbol}`,
      formula: `${x.label} × ${weight.label}`,
      value: x.value * weight.value,
      steps: [tex`${x} \\times ${weight}`],
    });
  const [pSize, pBedrooms] = [product(1, size, wSize), product(2, bedrooms, wBedrooms)];
  const z = computed(`${id}z${j}`, {
    label: `z${sj}${said}`,
    symbol: `z_${j}`,
    formula: `x₁ × ${wSize.label} + x₂ × ${wBedrooms.label}`,
    value: layer.z[j - 1]!,
    steps: [tex`(${size} \\times ${wSize}) + (${bedrooms} \\times ${wBedrooms})`, tex`${pSize} + ${pBedrooms}`],
  });
  const a = computed(`${id}a${j}`, {
    label: `a${sj}${said}`,
    symbol: `a_${j}`,
    formula: `ReLU(z${sj}) = max(0, z${sj})`,
    value: layer.a[j - 1]!,
    steps: [tex`\\operatorname{ReLU}(${z})`, tex`\\max(0, ${z})`],
  });
  return { pSize, pBedrooms, z, a };
};
const firstPass: HiddenPass = { id: 'house.', said: '', weights: w, layer: hidden };
const { pSize: p11, pBedrooms: p12, z: z1, a: a1 } = hiddenNeuron(1, firstPass);
const { pSize: p21, pBedrooms: p22, z: z2, a: a2 } = hiddenNeuron(2, firstPass);
const a1w31 = arithmetic('house.a1w31', { label: 'a₁w₃₁', symbol: 'a_1 w_{31}', formula: 'a₁ × w₃₁', value: a1.value * w.w31.value });
const a2w32 = arithmetic('house.a2w32', { label: 'a₂w₃₂', symbol: 'a_2 w_{32}', formula: 'a₂ × w₃₂', value: a2.value * w.w32.value });
const zOut = computed('house.zOut', {
  label: 'z_out',
  symbol: 'z_{\\text{out}}',
  formula: 'a₁ × w₃₁ + a₂ × w₃₂',
  value: out.z[0]!,
  steps: [tex`(${a1} \\times ${w.w31}) + (${a2} \\times ${w.w32})`, tex`${a1w31} + ${a2w32}`],
});
const prediction = computed('house.prediction', {
  label: 'prediction',
  symbol: '\\text{prediction}',
  formula: 'z_out (identity output)',
  value: trace.output[0]!,
});

// ── Step 2: loss ──────────────────────────────────────────────────────────────────────────
const error = arithmetic('house.error', {
  label: 'error',
  symbol: '\\text{error}',
  formula: 'actual − predicted',
  value: actual.value - prediction.value,
  steps: [tex`${actual} - ${prediction}`],
});
const loss = computed('house.loss', {
  label: 'Loss',
  symbol: '\\text{Loss}',
  formula: '(actual − predicted)²',
  value: grads.loss,
  steps: [tex`(${actual} - ${prediction})^2`, tex`(${error})^2`],
});

// ── Step 3: backpropagation ───────────────────────────────────────────────────────────────
const overshoot = arithmetic('house.overshoot', {
  label: 'predicted − actual',
  symbol: '\\mathrm{predicted} - \\mathrm{actual}',
  formula: 'predicted − actual',
  value: prediction.value - actual.value,
  steps: [tex`${prediction} - ${actual}`],
});
const dOut = computed('house.dOut', {
  label: 'dLoss/dz_out',
  symbol: '\\frac{\\partial L}{\\partial z_{\\text{out}}}',
  formula: '2 × (predicted − actual)',
  value: grads.dOutput[0]!,
  steps: [tex`2 \\times (${prediction} - ${actual})`, tex`2 \\times ${overshoot}`],
});
const grad = (id: string, label: string, symbol: string, formula: string, value: number, factors: [typeof dOut, typeof dOut]) =>
  computed(`house.${id}`, { label, symbol, formula, value, steps: [tex`${factors[0]} \\times ${factors[1]}`] });
/** ∂L/∂w for a weight of the table: its id, label and symbol spelled from the weight's own. */
const weightGrad = (name: WeightName, formula: string, factors: [typeof dOut, typeof dOut]) => {
  const { label, symbol, ref } = HOUSE_PARAMETERS[name];
  const id = `dW${name.slice(1)}`;
  return grad(id, `dLoss/d${label}`, `\\frac{\\partial L}{\\partial ${symbol}}`, formula, paramGradient(grads, ref), factors);
};
const dW31 = weightGrad('w31', 'dLoss/dz_out × a₁', [dOut, a1]);
const dW32 = weightGrad('w32', 'dLoss/dz_out × a₂', [dOut, a2]);
const da1 = grad('da1', 'dLoss/da₁', '\\frac{\\partial L}{\\partial a_1}', 'dLoss/dz_out × w₃₁', hiddenGrads.da[0]!, [dOut, w.w31]);
const da2 = grad('da2', 'dLoss/da₂', '\\frac{\\partial L}{\\partial a_2}', 'dLoss/dz_out × w₃₂', hiddenGrads.da[1]!, [dOut, w.w32]);
const relu1 = computed('house.reluSlope1', {
  label: 'ReLU′(z₁)',
  symbol: "\\operatorname{ReLU}'(z_1)",
  formula: '1 if z₁ > 0, else 0',
  value: relu.df(z1.value),
});
const relu2 = computed('house.reluSlope2', {
  label: 'ReLU′(z₂)',
  symbol: "\\operatorname{ReLU}'(z_2)",
  formula: '1 if z₂ > 0, else 0',
  value: relu.df(z2.value),
});
const dz1 = grad('dz1', 'dLoss/dz₁', '\\frac{\\partial L}{\\partial z_1}', 'dLoss/da₁ × ReLU′(z₁)', hiddenGrads.dz[0]!, [da1, relu1]);
const dz2 = grad('dz2', 'dLoss/dz₂', '\\frac{\\partial L}{\\partial z_2}', 'dLoss/da₂ × ReLU′(z₂)', hiddenGrads.dz[1]!, [da2, relu2]);
const dW11 = weightGrad('w11', 'dLoss/dz₁ × x₁', [dz1, size]);
const dW12 = weightGrad('w12', 'dLoss/dz₁ × x₂', [dz1, bedrooms]);
const dW21 = weightGrad('w21', 'dLoss/dz₂ × x₁', [dz2, size]);
const dW22 = weightGrad('w22', 'dLoss/dz₂ × x₂', [dz2, bedrooms]);

// ── Step 4: weight update ─────────────────────────────────────────────────────────────────
const updated = (name: WeightName, gradient: typeof dOut) => {
  const { label, symbol, ref } = HOUSE_PARAMETERS[name];
  if (ref.kind !== 'weight') throw new Error(`${name} is not a weight`);
  const stepQ = computed(`house.step.${name}`, {
    label: `η × dLoss/d${label}`,
    symbol: `\\eta \\frac{\\partial L}{\\partial ${symbol}}`,
    formula: `learning rate × dLoss/d${label}`,
    value: update.steps[ref.layer]!.weights[ref.neuron]![ref.input]!,
    steps: [tex`${learningRate} \\times ${gradient}`],
  });
  const newQ = computed(`house.new.${name}`, {
    label: `${label} new`,
    symbol: `${symbol}^{\\text{new}}`,
    formula: `${label} − learning rate × dLoss/d${label}`,
    value: getParam(update.network, ref),
    steps: [tex`${w[name]} - (${learningRate} \\times ${gradient})`, tex`${w[name]} - ${stepQ}`],
  });
  return { step: stepQ, value: newQ };
};
const next31 = updated('w31', dW31);
const next32 = updated('w32', dW32);
const next11 = updated('w11', dW11);
const next12 = updated('w12', dW12);
const next21 = updated('w21', dW21);
const next22 = updated('w22', dW22);

// How far one step moves a weight, measured in units of the weight itself: the size input of
// 2000 turns w₁₁'s and w₂₁'s gradients into steps thousands of times larger than the weights.
const stepRatio = (name: 'w11' | 'w21', step: typeof dOut) =>
  arithmetic(`house.stepRatio.${name}`, {
    label: `step ÷ ${w[name].label}`,
    formula: `(learning rate × dLoss/d${w[name].label}) ÷ ${w[name].label}`,
    value: step.value / w[name].value,
    steps: [tex`${step} \\div ${w[name]}`],
  });
const stepRatios = { w11: stepRatio('w11', next11.step), w21: stepRatio('w21', next21.step) };

const printedLabel = (what: string) => `${what} as the source document prints it`;
const documentSays = {
  stepW32: printed('house.printed.stepW32', {
    label: 'η × dLoss/dw₃₂ (printed)',
    formula: printedLabel('the step on w₃₂'),
    value: documentPrinted.stepW32,
  }),
  newW32: printed('house.printed.newW32', {
    label: 'w₃₂ new (printed)',
    formula: printedLabel('the new w₃₂'),
    value: documentPrinted.newW32,
  }),
  stepW22: printed('house.printed.stepW22', {
    label: 'η × dLoss/dw₂₂ (printed)',
    formula: printedLabel('the step on w₂₂'),
    value: documentPrinted.stepW22,
  }),
  newW22: printed('house.printed.newW22', {
    label: 'w₂₂ new (printed)',
    formula: printedLabel('the new w₂₂'),
    value: documentPrinted.newW22,
  }),
};

// ── Step 5: the next forward pass ─────────────────────────────────────────────────────────
const nextWeights = { w31: next31, w32: next32, w11: next11, w12: next12, w21: next21, w22: next22 };
const nextPass: HiddenPass = {
  id: 'house.next.',
  said: ' (next pass)',
  weights: Object.fromEntries(WEIGHT_NAMES.map((name) => [name, nextWeights[name].value])) as Record<WeightName, Quantity>,
  layer: next.layers[0]!,
};
const { pSize: n11, pBedrooms: n12, z: nextZ1, a: nextA1 } = hiddenNeuron(1, nextPass);
const { pSize: n21, pBedrooms: n22, z: nextZ2, a: nextA2 } = hiddenNeuron(2, nextPass);
const nextPrediction = computed('house.next.prediction', {
  label: 'prediction (next pass)',
  symbol: '\\text{prediction}',
  formula: 'a₁ × new w₃₁ + a₂ × new w₃₂',
  value: next.output[0]!,
  steps: [tex`(${nextA1} \\times ${next31.value}) + (${nextA2} \\times ${next32.value})`],
});
const nextLoss = computed('house.next.loss', {
  label: 'Loss (next pass)',
  symbol: '\\text{Loss}',
  formula: '(actual − predicted)²',
  value: nextGrads.loss,
  steps: [tex`(${actual} - ${nextPrediction})^2`],
});

// ── What really happens next: the document's network is stuck ─────────────────────────────
const stuckRun = train(update.network, [{ input: s.input, target: [s.target] }], {
  learningRate: s.learningRate,
  iterations: Math.max(...STUCK_CHECKPOINTS),
  loss: s.loss,
});
const nextGradientNorm = computed('house.next.gradientNorm', {
  label: '‖gradient‖ (next pass)',
  symbol: '\\lVert \\nabla L \\rVert',
  formula: '√(sum of every squared parameter gradient) at the updated weights',
  value: stuckRun.history[0]!.gradientNorm,
});
const stuckLossAfter = STUCK_CHECKPOINTS.map((n) =>
  computed(`house.stuck.lossAfter${n}`, {
    label: `Loss after ${n} more`,
    formula: `loss after ${n} more iteration(s) from the updated weights`,
    value: stuckRun.history[n]!.loss,
  }),
);
const stuckIterations = STUCK_CHECKPOINTS.map((n) =>
  chosen(`house.stuck.iterations${n}`, {
    label: 'iterations',
    formula: 'number of further iterations the site runs',
    value: n,
  }),
);
const stuckDeadUnits = computed('house.stuck.deadUnits', {
  label: 'dead ReLU units',
  formula: 'hidden ReLUs whose weighted sum is ≤ 0',
  value: stuckRun.outcome.status === 'stalled' ? stuckRun.outcome.deadUnits.length : 0,
});

// ── A set-up that learns: size in thousands of sq ft ──────────────────────────────────────
const scaledNet = houseNetwork(housePriceScaled);
const scaledRun = train(scaledNet, [{ input: housePriceScaled.input, target: [housePriceScaled.target] }], {
  learningRate: housePriceScaled.learningRate,
  iterations: SCALED_ITERATIONS,
  loss: housePriceScaled.loss,
});
const scaledLast = scaledRun.history[scaledRun.history.length - 1]!;
const scaledFinalPrediction = forward(scaledLast.network, housePriceScaled.input).output[0]!;
const scaled = {
  sqftPerUnit: chosen('scaled.sqftPerUnit', {
    label: 'sq ft per unit',
    formula: 'the site gives the size in thousands of sq ft',
    value: SQFT_PER_UNIT,
  }),
  size: arithmetic('scaled.size', {
    label: 'x₁ (thousands of sq ft)',
    symbol: 'x_1',
    formula: 'size ÷ 1000',
    value: housePriceScaled.input[0],
  }),
  learningRate: chosen('scaled.learningRate', {
    label: 'η (scaled)',
    symbol: '\\eta',
    formula: 'learning rate the site chooses for the scaled input',
    value: housePriceScaled.learningRate,
  }),
  iterations: chosen('scaled.iterations', {
    label: 'iterations',
    formula: 'number of iterations the site runs',
    value: SCALED_ITERATIONS,
  }),
  initialPrediction: computed('scaled.initialPrediction', {
    label: 'first prediction (scaled)',
    formula: 'forward pass of the document weights on the scaled input',
    value: forward(scaledNet, housePriceScaled.input).output[0]!,
  }),
  initialLoss: computed('scaled.initialLoss', {
    label: 'first loss (scaled)',
    formula: '(actual − first prediction)²',
    value: scaledRun.history[0]!.loss,
  }),
  // Checkpoints shared with the stuck run, so the two can be read side by side.
  lossAfter: STUCK_CHECKPOINTS.filter((n) => n < SCALED_ITERATIONS).map((n) =>
    computed(`scaled.lossAfter${n}`, {
      label: `loss after ${n} (scaled)`,
      formula: `loss after ${n} iteration(s) of the scaled set-up`,
      value: scaledRun.history[n]!.loss,
      format: { decimals: 0 },
    }),
  ),
  finalLoss: computed('scaled.finalLoss', {
    label: 'final loss (scaled)',
    formula: `loss after ${SCALED_ITERATIONS} iterations`,
    value: scaledLast.loss,
    // Two digits: what the reader needs is that this is 0 to the computer's precision.
    format: { significant: 2 },
  }),
  finalPrediction: computed('scaled.finalPrediction', {
    label: 'final prediction (scaled)',
    formula: `prediction after ${SCALED_ITERATIONS} iterations`,
    value: scaledFinalPrediction,
    format: { decimals: 3 },
  }),
};

export const numericalExample = {
  stuckRun,
  scaledRun,
  given: { size, bedrooms, actual, learningRate, ...w },
  forward: { p11, p12, z1, a1, p21, p22, z2, a2, a1w31, a2w32, zOut, prediction },
  loss: { error, loss },
  backward: { overshoot, dOut, dW31, dW32, da1, da2, relu1, relu2, dz1, dz2, dW11, dW12, dW21, dW22 },
  stepRatios,
  update: nextWeights,
  documentSays,
  next: {
    p11: n11,
    p12: n12,
    p21: n21,
    p22: n22,
    z1: nextZ1,
    z2: nextZ2,
    a1: nextA1,
    a2: nextA2,
    prediction: nextPrediction,
    loss: nextLoss,
    gradientNorm: nextGradientNorm,
  },
  stuck: { lossAfter: stuckLossAfter, iterations: stuckIterations, deadUnits: stuckDeadUnits, outcome: stuckRun.outcome },
  scaled,
};
