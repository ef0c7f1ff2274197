// One engine timing case, in its own worker thread (see engine.mjs): a warm-up, batch sizes
// grown until a batch takes ~TARGET_BATCH_MS, then the median of BATCHES batches. Each batch is
// timed twice: by this thread's CPU time, which other processes on a busy machine barely
// disturb (the headline figure), and by the wall clock.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const WARMUP_STEPS = 200_000;
const BATCHES = 9;
const TARGET_BATCH_MS = 150;
const WIDE_HIDDEN = 16;
/** Issue 4: 1,000 training steps with their chart's history within one animation frame. */
const TRAIN_ITERATIONS = 1000;

const { engineFile, network, path } = workerData;
const engine = await import(pathToFileURL(engineFile).href);

/** A 2-16-1 ReLU network with biases and fixed pseudo-random weights (an LCG), so runs compare. */
function wideNetwork() {
  let seed = 42;
  const next = () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32 - 0.5;
  const hidden = Array.from({ length: WIDE_HIDDEN }, () => [next(), next()]);
  return engine.createNetwork(2, [
    { weights: hidden, biases: hidden.map(() => next()), activation: 'relu' },
    { weights: [hidden.map(() => next())], biases: [next()], activation: 'identity' },
  ]);
}

const SETUPS = {
  house: () => {
    const s = engine.housePrice;
    return {
      label: `worked example 2-2-1 (houseNetwork(housePrice))`,
      net: engine.houseNetwork(s),
      input: [...s.input],
      target: [s.target],
      learningRate: s.learningRate,
    };
  },
  'house-scaled': () => {
    const s = engine.housePriceScaled;
    return {
      label: `worked example, scaled inputs (housePriceScaled)`,
      net: engine.houseNetwork(s),
      input: [...s.input],
      target: [s.target],
      learningRate: s.learningRate,
    };
  },
  wide: () => ({ label: `2-${WIDE_HIDDEN}-1 ReLU with biases`, net: wideNetwork(), input: [0.5, -1.2], target: [1], learningRate: 0.01 }),
};

let sink = 0;
const PATHS = {
  /** What the pages show: a fresh trace, gradients and network every step, from the same network. */
  reference: ({ net, input, target, learningRate }) => ({
    label: 'forward + backward + sgdStep',
    step: () => {
      const trace = engine.forward(net, input);
      const grads = engine.backward(net, trace, target, 'squared');
      sink += engine.sgdStep(net, grads, learningRate).network.layers.length;
    },
  }),
  /** What train() runs: evaluate + update in place on flat arrays, chained as training goes. */
  kernel: ({ net, input, target, learningRate }) => {
    const kernel = engine.compileKernel(net, engine.lossByName('squared'));
    const inputs = [input];
    const targets = [target];
    return {
      label: 'kernel evaluate + update (as train() runs it)',
      step: () => {
        sink += kernel.evaluate(inputs, targets);
        kernel.update(learningRate);
      },
    };
  },
  /** The explorer's "N steps": train() for 1,000 iterations, reading every history entry's loss. */
  'train-1000': ({ net, input, target, learningRate }) => ({
    label: `train() ${TRAIN_ITERATIONS} iterations, history read`,
    step: () => {
      for (const r of engine.train(net, [{ input, target }], { learningRate, iterations: TRAIN_ITERATIONS }).history) sink += r.loss;
    },
    warmup: 200,
    batch: 20,
    unit: 'ms',
  }),
};

const threadCpuUs = () => {
  const { user, system } = (process.threadCpuUsage ?? process.cpuUsage)();
  return user + system;
};

/** ns per step of a batch of n steps: { cpu, wall }. */
function timeBatch(step, n) {
  const cpu0 = threadCpuUs();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) step();
  const wall = Number(process.hrtime.bigint() - t0) / n;
  return { cpu: ((threadCpuUs() - cpu0) * 1000) / n, wall };
}

const setup = SETUPS[network]();
const { label, step, warmup = WARMUP_STEPS, batch, unit = 'ns' } = PATHS[path](setup);
for (let i = 0; i < warmup; i++) step();
let n = batch ?? 1000;
while (!batch && n * timeBatch(step, n).wall < (TARGET_BATCH_MS * 1e6) / 4) n *= 4;
if (!batch) n = Math.ceil((TARGET_BATCH_MS * 1e6) / timeBatch(step, n).wall);
const batches = Array.from({ length: BATCHES }, () => timeBatch(step, n));
const scale = unit === 'ms' ? 1e-6 : 1;
parentPort.postMessage({
  network: setup.label,
  path: label,
  unit,
  stepsPerBatch: n,
  sinkIsNumber: typeof sink === 'number',
  median: median(batches.map((b) => b.cpu)) * scale,
  medianWall: median(batches.map((b) => b.wall)) * scale,
  batches: batches.map((b) => ({ cpu: b.cpu * scale, wall: b.wall * scale })),
});
