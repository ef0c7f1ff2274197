/**
 * Every number of the "Training on Data" chapter, which goes beyond the source document: the
 * house data set and its rule, the mean squared error over many houses, batch sizes, input
 * scaling, the learning rate (on a one-dimensional loss and on the data set), biases and
 * initialization. Each run is a createTrainer() on the shipped split (engine/houses.ts) with a
 * set-up from engine/training-scenarios.ts.
 */
import type { DisplayFormat } from '../format';
import type { Dataset } from '../dataset';
import { forward } from '../forward';
import { HOUSE_COUNT, HOUSE_RULE, HOUSE_TEST_COUNT, houseSplit, truePrice } from '../houses';
import { initializeNetwork, type Architecture, type InitScheme } from '../initialization';
import { squaredError } from '../loss';
import { createNetwork } from '../network';
import { arithmetic, chosen, computed, given, tex } from '../quantity';
import { fitStandardizer, standardizeDataset, standardizeInput } from '../scaling';
import { housePrice } from '../scenarios';
import { THOUSANDS_OF_DOLLARS } from './units';
import { createDataset } from '../dataset';
import { createTrainer, type Trainer, type TrainerSettings, type TrainerStatus } from '../trainer';
import {
  batchComparison,
  CHAPTER_EPOCHS,
  CHAPTER_LEARNING_RATE,
  chapterArchitecture,
  dataSetRates,
  documentArchitecture,
  initArchitecture,
  MSE_SHOWN_ROWS,
  oneDimensional,
  OSCILLATION_WINDOW,
  RATE_EPOCHS,
  SCALING_EPOCHS,
  TRAINING_SEED,
  UNSCALED_LEARNING_RATE,
} from '../training-scenarios';

const split = houseSplit();
const scaler = fitStandardizer(split.train);
const scaledTrain = standardizeDataset(scaler, split.train);
const scaledTest = standardizeDataset(scaler, split.test);
const trainRows = split.train.targets.length;
const sig = { significant: 4 } as const;
const whole = { decimals: 0 } as const;
/** A price as the chapter writes one: in thousands of dollars, to the hundred dollars ($342.6k). */
const dollars = { decimals: 1, unit: THOUSANDS_OF_DOLLARS } as const;

interface Run {
  arch: Architecture;
  scaled?: boolean;
  learningRate: number;
  batchSize?: number;
  scheme?: InitScheme;
}
function start({ arch, scaled = true, learningRate, batchSize = trainRows, scheme = 'random' }: Run): Trainer {
  const settings: TrainerSettings = { learningRate, batchSize, seed: TRAINING_SEED };
  const net = initializeNetwork(arch, scheme, TRAINING_SEED);
  return scaled ? createTrainer(net, scaledTrain, scaledTest, settings) : createTrainer(net, split.train, split.test, settings);
}
function epochs(trainer: Trainer, n: number): Trainer {
  for (let e = 0; e < n; e++) trainer.epoch();
  return trainer;
}

// ── The data set and its rule ─────────────────────────────────────────────────────────────
const rule = {
  base: chosen('training.rule.base', {
    label: 'base',
    formula: 'price of a house of no size and no bedrooms, $1000s',
    value: HOUSE_RULE.base,
  }),
  perSqft: chosen('training.rule.perSqft', {
    label: 'per sq ft',
    formula: '$1000s per sq ft, before the bend',
    value: HOUSE_RULE.perSqft,
  }),
  curve: chosen('training.rule.curve', { label: 'bend', formula: '$1000s taken off per sq ft²', value: HOUSE_RULE.curve }),
  perBedroom: chosen('training.rule.perBedroom', {
    label: 'per bedroom',
    formula: '$1000s per bedroom',
    value: HOUSE_RULE.perBedroom,
  }),
  noise: chosen('training.rule.noise', {
    label: 'σ',
    symbol: '\\sigma',
    formula: 'standard deviation of the noise, $1000s',
    value: HOUSE_RULE.noise,
  }),
};
const noiseVariance = arithmetic('training.rule.noiseVariance', {
  label: 'σ²',
  symbol: '\\sigma^2',
  formula: 'σ × σ: the mean squared error of the true rule itself, on average',
  value: HOUSE_RULE.noise ** 2,
  steps: [tex`${rule.noise}^2`],
});
const documentHouse = {
  size: given('training.docHouse.size', {
    label: 'size',
    formula: "the worked example's house size, sq ft",
    value: housePrice.input[0],
  }),
  bedrooms: given('training.docHouse.bedrooms', {
    label: 'bedrooms',
    formula: "the worked example's bedrooms",
    value: housePrice.input[1],
  }),
  price: computed('training.docHouse.truePrice', {
    label: 'true price',
    formula: 'the rule at 2000 sq ft and 3 bedrooms',
    value: truePrice(housePrice.input[0], housePrice.input[1]),
  }),
};
const mse = (data: Dataset, predict: (x: readonly number[]) => number) =>
  data.targets.reduce((s, y, r) => s + squaredError.f(y, predict(data.inputs[r]!)), 0) / data.targets.length;
/** A word for one input of the training houses and its statistics, as the chapter names them. */
interface Feature {
  /** Names the quantities: training.sizeMean, training.sizeStd. */
  readonly key: 'size' | 'beds';
  readonly column: number;
  readonly mean: readonly [label: string, formula: string];
  readonly spread: readonly [label: string, formula: string];
  readonly format: DisplayFormat;
}

/** The mean and spread (standard deviation) of one input over the training houses, as the scaler found them. */
function statisticsOf({ key, column, mean, spread, format }: Feature) {
  const stat = (name: string, symbol: string, [label, formula]: readonly [string, string], value: number) =>
    computed(`training.${key}${name}`, { label, symbol, formula, value, format });
  return {
    mean: stat('Mean', '\\mu', mean, scaler.mean[column]!),
    spread: stat('Std', '\\sigma', spread, scaler.std[column]!),
  };
}
const sizeStatistics = statisticsOf({
  key: 'size',
  column: 0,
  mean: ['mean size', 'mean size of the training houses, sq ft'],
  spread: ['size spread', 'standard deviation of the training sizes, sq ft'],
  format: whole,
});
const bedroomStatistics = statisticsOf({
  key: 'beds',
  column: 1,
  mean: ['mean bedrooms', 'mean bedrooms of the training houses'],
  spread: ['bedroom spread', 'standard deviation of the training bedrooms'],
  format: { decimals: 2 },
});

const data = {
  houses: chosen('training.houses', { label: 'houses', formula: 'houses in the data set', value: HOUSE_COUNT }),
  testRows: chosen('training.testRows', {
    label: 'test houses',
    formula: 'houses held out for testing',
    value: HOUSE_TEST_COUNT,
  }),
  trainRows: arithmetic('training.trainRows', { label: 'n', symbol: 'n', formula: 'houses − test houses', value: trainRows }),
  ruleTestLoss: computed('training.ruleTestLoss', {
    label: 'MSE of the rule',
    formula: 'mean squared error of the noise-free rule on the test houses',
    value: mse(split.test, ([size, beds]) => truePrice(size!, beds!)),
    format: sig,
  }),
  sizeMean: sizeStatistics.mean,
  sizeStd: sizeStatistics.spread,
  bedsMean: bedroomStatistics.mean,
  bedsStd: bedroomStatistics.spread,
  docHouseScaled: computed('training.docHouseScaledSize', {
    label: 'scaled size',
    formula: '(2000 − mean size) / size spread',
    value: standardizeInput(scaler, housePrice.input)[0]!,
    format: { decimals: 3 },
  }),
};

// ── The mean squared error over the training houses, for the untrained network ───────────
const untrained = initializeNetwork(chapterArchitecture, 'random', TRAINING_SEED);
const predictScaled = (x: readonly number[]) => forward(untrained, x).output[0]!;
const mseRows = Array.from({ length: MSE_SHOWN_ROWS }, (_, r) => {
  const actual = given(`training.mse.actual${r}`, {
    label: 'actual',
    formula: `price of training house ${r + 1}, $1000s`,
    value: split.train.targets[r]!,
  });
  const predicted = computed(`training.mse.predicted${r}`, {
    label: 'predicted',
    formula: `the untrained network's price for training house ${r + 1}`,
    value: predictScaled(scaledTrain.inputs[r]!),
    format: sig,
  });
  const squared = arithmetic(`training.mse.squared${r}`, {
    label: 'squared error',
    formula: '(actual − predicted)²',
    value: squaredError.f(actual.value, predicted.value),
    format: sig,
    steps: [tex`(${actual} - ${predicted})^2`],
  });
  return { actual, predicted, squared };
});
const squaredSum = arithmetic('training.mse.sum', {
  label: 'Σ',
  symbol: '\\sum',
  formula: 'sum of the squared errors over every training house',
  value: scaledTrain.targets.reduce((s, y, r) => s + squaredError.f(y, predictScaled(scaledTrain.inputs[r]!)), 0),
  format: whole,
});
const mseValue = arithmetic('training.mse.mean', {
  label: 'MSE',
  symbol: '\\text{MSE}',
  formula: 'Σ (actual − predicted)² / n',
  value: squaredSum.value / trainRows,
  format: whole,
  steps: [tex`\\frac{${squaredSum}}{${data.trainRows}}`],
});

// ── Full-batch, mini-batch and stochastic gradient descent ────────────────────────────────
const batchRun = (batchSize: number, key: string) => {
  const trainer = start({ arch: chapterArchitecture, learningRate: batchComparison.learningRate, batchSize });
  const [first, second] = batchComparison.epochs;
  const size = chosen(`training.batch.${key}.size`, { label: 'batch size', formula: 'houses per update', value: batchSize });
  const updates = arithmetic(`training.batch.${key}.updates`, {
    label: 'updates per epoch',
    formula: '⌈n / batch size⌉',
    value: Math.ceil(trainRows / batchSize),
  });
  const early = computed(`training.batch.${key}.loss${first}`, {
    label: 'MSE',
    formula: `training MSE after ${first} epochs`,
    value: epochs(trainer, first).trainLoss(),
    format: sig,
  });
  const late = computed(`training.batch.${key}.loss${second}`, {
    label: 'MSE',
    formula: `training MSE after ${second} epochs`,
    value: epochs(trainer, second - first).trainLoss(),
    format: sig,
  });
  return { size, updates, early, late };
};
/** The two run lengths the comparison reads its losses at. */
const passes = (key: 'epochsEarly' | 'epochsLate', value: number) =>
  chosen(`training.batch.${key}`, { label: 'epochs', formula: 'passes over the training houses', value });
const batches = {
  learningRate: chosen('training.batch.learningRate', {
    label: 'η',
    symbol: '\\eta',
    formula: 'learning rate for all three',
    value: batchComparison.learningRate,
  }),
  epochsEarly: passes('epochsEarly', batchComparison.epochs[0]),
  epochsLate: passes('epochsLate', batchComparison.epochs[1]),
  full: batchRun(trainRows, 'full'),
  mini: batchRun(batchComparison.miniBatch, 'mini'),
  stochastic: batchRun(1, 'stochastic'),
};

// ── Input scaling: the document's failure on the data set, and its fix ───────────────────
const unscaled = start({ arch: documentArchitecture, scaled: false, learningRate: UNSCALED_LEARNING_RATE });
const beforeStep = unscaled.network();
unscaled.step();
const afterStep = unscaled.network();
epochs(unscaled, SCALING_EPOCHS);
const unscaledStatus = unscaled.status();
const largestZ = Math.max(...split.train.inputs.flatMap((x) => forward(afterStep, x).layers[0]!.z));
const scaledDocument = epochs(start({ arch: documentArchitecture, learningRate: CHAPTER_LEARNING_RATE }), SCALING_EPOCHS);
const scaledWithBiases = epochs(
  start({ arch: { ...documentArchitecture, biases: true }, learningRate: CHAPTER_LEARNING_RATE }),
  SCALING_EPOCHS,
);
const scaling = {
  learningRate: chosen('training.scaling.unscaledRate', {
    label: 'η',
    symbol: '\\eta',
    formula: 'learning rate on unscaled inputs',
    value: UNSCALED_LEARNING_RATE,
  }),
  epochs: chosen('training.scaling.epochs', {
    label: 'epochs',
    formula: 'passes over the training houses',
    value: SCALING_EPOCHS,
  }),
  sizeWeightBefore: computed('training.scaling.sizeWeightBefore', {
    label: 'w₁₁',
    symbol: 'w_{11}',
    formula: "unit 1's size weight before step 1 (seeded)",
    value: beforeStep.layers[0]!.weights[0]![0]!,
    format: sig,
  }),
  sizeWeightAfter: computed('training.scaling.sizeWeightAfter', {
    label: 'w₁₁',
    symbol: 'w_{11}',
    formula: "unit 1's size weight after step 1",
    value: afterStep.layers[0]!.weights[0]![0]!,
    format: sig,
  }),
  largestZ: computed('training.scaling.largestZ', {
    label: 'largest z',
    formula: 'the largest weighted sum of either hidden unit over every training house, after step 1',
    value: largestZ,
    format: sig,
  }),
  stalledStep: computed('training.scaling.stalledStep', {
    label: 'step',
    formula: 'the step at which no gradient is left',
    value: unscaledStatus.status === 'stalled' ? unscaledStatus.step : 0,
  }),
  deadUnits: computed('training.scaling.deadUnits', {
    label: 'dead units',
    formula: 'hidden ReLU units that output 0 for every house',
    value: unscaled.deadUnits().length,
  }),
  stuckLoss: computed('training.scaling.stuckLoss', {
    label: 'MSE',
    formula: 'training MSE of the unscaled run, for ever',
    value: unscaled.trainLoss(),
    format: whole,
  }),
  scaledDead: computed('training.scaling.scaledDead', {
    label: 'dead units',
    formula: 'dead units after training on standardized inputs',
    value: scaledDocument.deadUnits().length,
  }),
  scaledLoss: computed('training.scaling.scaledLoss', {
    label: 'MSE',
    formula: 'training MSE on standardized inputs, no biases',
    value: scaledDocument.trainLoss(),
    format: whole,
  }),
  withBiasesLoss: computed('training.scaling.withBiasesLoss', {
    label: 'MSE',
    formula: 'training MSE on standardized inputs, with biases',
    value: scaledWithBiases.trainLoss(),
    format: sig,
  }),
  scaledRate: chosen('training.scaling.scaledRate', {
    label: 'η',
    symbol: '\\eta',
    formula: 'learning rate on standardized inputs',
    value: CHAPTER_LEARNING_RATE,
  }),
};

// ── The learning rate on a one-dimensional loss: (actual − p)², the prediction p the only parameter ──
const oneD = oneDimensional;
const oneDData = createDataset(['one'], 'actual', [{ input: [1], target: oneD.actual }]);
const oneDRun = (key: keyof typeof oneD.rates) => {
  const rate = oneD.rates[key];
  const trainer = createTrainer(createNetwork(1, [{ weights: [[oneD.start]], activation: 'identity' }]), oneDData, oneDData, {
    learningRate: rate,
    batchSize: 1,
    seed: TRAINING_SEED,
  });
  const after = (n: number) => {
    for (let s = trainer.steps(); s < n; s++) trainer.step();
    return trainer.network().layers[0]!.weights[0]![0]!;
  };
  const eta = chosen(`training.oneD.${key}.rate`, { label: 'η', symbol: '\\eta', formula: 'learning rate', value: rate });
  const factor = arithmetic(`training.oneD.${key}.factor`, {
    label: '1 − 2η',
    symbol: '1 - 2\\eta',
    formula: 'each step multiplies the error actual − p by 1 − 2η',
    value: 1 - 2 * rate,
    steps: [tex`1 - 2 \\times ${eta}`],
  });
  const predictions = [1, 2, 3, oneD.steps].map((n) =>
    computed(`training.oneD.${key}.p${n}`, {
      label: `p after ${n}`,
      formula: `the prediction after ${n} steps`,
      value: after(n),
      format: sig,
    }),
  );
  return { eta, factor, predictions, trainer };
};
const quantitiesOf = ({ eta, factor, predictions }: ReturnType<typeof oneDRun>) => ({ eta, factor, predictions });
const oneDRuns = { small: oneDRun('small'), right: oneDRun('right'), large: oneDRun('large'), farTooLarge: oneDRun('farTooLarge') };
const far = oneDRuns.farTooLarge.trainer;
while (far.step());
const farStatus = far.status();
/**
 * Where a run overflowed: the step, and the last loss before it that was a finite number (both 0
 * for a run that did not diverge, which a test of the chapter would catch). Ids and formulas given.
 */
function divergenceOf(run: TrainerStatus, words: Record<'step' | 'lastFinite', readonly [id: string, formula: string]>) {
  const diverged = run.status === 'diverged' ? run : undefined;
  return {
    step: computed(words.step[0], { label: 'step', formula: words.step[1], value: diverged?.step ?? 0 }),
    lastFinite: computed(words.lastFinite[0], {
      label: 'last finite loss',
      formula: words.lastFinite[1],
      value: diverged?.lastFiniteLoss ?? 0,
      format: { significant: 3 },
    }),
  };
}
const oneDDivergence = divergenceOf(farStatus, {
  step: ['training.oneD.divergedStep', 'the step whose loss is no longer a finite number'],
  lastFinite: ['training.oneD.lastFinite', 'the loss one step before it overflows'],
});
const oneDimension = {
  actual: given('training.oneD.actual', {
    label: 'actual',
    symbol: '\\text{actual}',
    formula: 'actual price, $1000s (the worked example)',
    value: oneD.actual,
  }),
  start: chosen('training.oneD.start', { label: 'p₀', symbol: 'p_0', formula: 'the starting prediction, $1000s', value: oneD.start }),
  small: quantitiesOf(oneDRuns.small),
  right: quantitiesOf(oneDRuns.right),
  large: quantitiesOf(oneDRuns.large),
  farTooLarge: quantitiesOf(oneDRuns.farTooLarge),
  divergedStep: oneDDivergence.step,
  lastFinite: oneDDivergence.lastFinite,
  largestDouble: given('training.largestDouble', {
    label: 'largest double',
    formula: 'Number.MAX_VALUE, the largest finite 64-bit float',
    value: Number.MAX_VALUE,
    format: { significant: 4 },
  }),
};

// ── The learning rate on the data set ─────────────────────────────────────────────────────
const rateRun = (key: keyof typeof dataSetRates) => {
  const trainer = start({ arch: chapterArchitecture, learningRate: dataSetRates[key] });
  const losses = Array.from({ length: RATE_EPOCHS }, () => (trainer.epoch(), trainer.trainLoss()));
  return {
    trainer,
    losses,
    eta: chosen(`training.rate.${key}`, { label: 'η', symbol: '\\eta', formula: 'learning rate', value: dataSetRates[key] }),
  };
};
const rates = { small: rateRun('small'), right: rateRun('right'), large: rateRun('large'), farTooLarge: rateRun('farTooLarge') };
const lastEpochs = rates.large.losses.slice(-OSCILLATION_WINDOW);
const farRate = rates.farTooLarge.trainer.status();
/** One of the last epochs' training MSEs: the last one, or the extreme ones of an oscillating run. */
const rateLoss = (id: string, label: string, formula: string, value: number, format: DisplayFormat) =>
  computed(`training.rate.${id}`, { label, formula, value, format });
const afterEpochs = `training MSE after ${RATE_EPOCHS} epochs`;
const learningRate = {
  epochs: chosen('training.rate.epochs', { label: 'epochs', formula: 'full-batch passes', value: RATE_EPOCHS }),
  lastEpochs: chosen('training.rate.window', { label: 'epochs', formula: 'the last epochs looked at', value: OSCILLATION_WINDOW }),
  small: { eta: rates.small.eta, loss: rateLoss('small.loss', 'MSE', afterEpochs, rates.small.losses.at(-1)!, whole) },
  right: { eta: rates.right.eta, loss: rateLoss('right.loss', 'MSE', afterEpochs, rates.right.losses.at(-1)!, sig) },
  large: {
    eta: rates.large.eta,
    low: rateLoss('large.low', 'lowest', 'lowest training MSE over the last epochs', Math.min(...lastEpochs), whole),
    high: rateLoss('large.high', 'highest', 'highest training MSE over the last epochs', Math.max(...lastEpochs), whole),
  },
  farTooLarge: {
    eta: rates.farTooLarge.eta,
    ...divergenceOf(farRate, {
      step: ['training.rate.far.step', 'the step at which a number overflows'],
      lastFinite: ['training.rate.far.lastFinite', 'the batch loss one step before the overflow'],
    }),
  },
};

// ── What a bias does ──────────────────────────────────────────────────────────────────────
const noBias = epochs(start({ arch: { ...chapterArchitecture, biases: false }, learningRate: CHAPTER_LEARNING_RATE }), CHAPTER_EPOCHS);
const withBias = epochs(start({ arch: chapterArchitecture, learningRate: CHAPTER_LEARNING_RATE }), CHAPTER_EPOCHS);
const averageHouse = standardizeInput(scaler, scaler.mean);
const meanPrice = split.train.targets.reduce((s, y) => s + y, 0) / trainRows;
const bias = {
  epochs: chosen('training.epochs', { label: 'epochs', formula: "the chapter's run length", value: CHAPTER_EPOCHS }),
  learningRate: chosen('training.learningRate', {
    label: 'η',
    symbol: '\\eta',
    formula: "the chapter's learning rate",
    value: CHAPTER_LEARNING_RATE,
  }),
  meanPrice: computed('training.meanPrice', {
    label: 'mean price',
    formula: 'mean price of the training houses, $1000s',
    value: meanPrice,
    format: dollars,
  }),
  noBiasAtAverage: computed('training.bias.noBiasAtAverage', {
    label: 'prediction',
    formula: 'the trained bias-free network at the average house (scaled input 0, 0)',
    value: noBias.predict(averageHouse),
  }),
  withBiasAtAverage: computed('training.bias.withBiasAtAverage', {
    label: 'prediction',
    formula: 'the trained network with biases at the average house',
    value: withBias.predict(averageHouse),
    format: { decimals: 1 },
  }),
  noBiasLoss: computed('training.bias.noBiasLoss', {
    label: 'MSE',
    formula: 'training MSE without biases',
    value: noBias.trainLoss(),
    format: whole,
  }),
  withBiasLoss: computed('training.bias.withBiasLoss', {
    label: 'MSE',
    formula: 'training MSE with biases',
    value: withBias.trainLoss(),
    format: sig,
  }),
};

// ── Initialization: seeded random against all-zero ────────────────────────────────────────
const initRun = (scheme: InitScheme) =>
  epochs(start({ arch: initArchitecture, learningRate: CHAPTER_LEARNING_RATE, scheme }), CHAPTER_EPOCHS);
const spreadOfUnits = (trainer: Trainer) => {
  const rows = trainer.network().layers[0]!.weights.flat();
  return Math.max(...rows) - Math.min(...rows);
};
const zero = initRun('zeros');
const random = initRun('random');
const [smallest, largest] = [
  split.train.inputs.reduce((a, b) => (b[0]! < a[0]! ? b : a)),
  split.train.inputs.reduce((a, b) => (b[0]! > a[0]! ? b : a)),
];
const initialization = {
  zeroSpread: computed('training.init.zeroSpread', {
    label: 'spread',
    formula: 'largest − smallest hidden weight after training from all-zero weights',
    value: spreadOfUnits(zero),
  }),
  randomSpread: computed('training.init.randomSpread', {
    label: 'spread',
    formula: 'largest − smallest hidden weight after training from seeded random weights',
    value: spreadOfUnits(random),
    format: { decimals: 2 },
  }),
  zeroLoss: computed('training.init.zeroLoss', {
    label: 'MSE',
    formula: 'training MSE from all-zero weights',
    value: zero.trainLoss(),
    format: whole,
  }),
  randomLoss: computed('training.init.randomLoss', {
    label: 'MSE',
    formula: 'training MSE from seeded random weights',
    value: random.trainLoss(),
    format: sig,
  }),
  zeroSmallest: computed('training.init.zeroSmallest', {
    label: 'prediction',
    formula: 'all-zero start: price of the smallest training house',
    value: zero.predict(standardizeInput(scaler, smallest)),
    format: dollars,
  }),
  zeroLargest: computed('training.init.zeroLargest', {
    label: 'prediction',
    formula: 'all-zero start: price of the largest training house',
    value: zero.predict(standardizeInput(scaler, largest)),
    format: dollars,
  }),
  seed: chosen('training.seed', {
    label: 'seed',
    formula: 'seed of the initial weights and the shuffles',
    value: TRAINING_SEED,
  }),
};

// ── What the trained network learned, against the rule ────────────────────────────────────
const learned = {
  testLoss: computed('training.learned.testLoss', {
    label: 'test MSE',
    formula: 'mean squared error on the held-out houses',
    value: withBias.testLoss(),
    format: sig,
  }),
  trainLoss: bias.withBiasLoss,
  docHousePrediction: computed('training.learned.docHouse', {
    label: 'prediction',
    formula: "the trained network's price for 2000 sq ft, 3 bedrooms",
    value: withBias.predict(standardizeInput(scaler, housePrice.input)),
    format: dollars,
  }),
};

export const training = {
  rule,
  noiseVariance,
  documentHouse,
  data,
  mse: { rows: mseRows, sum: squaredSum, mean: mseValue },
  batches,
  scaling,
  oneDimension,
  learningRate,
  bias,
  initialization,
  learned,
};
