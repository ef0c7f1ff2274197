// One library × network of versus-tfjs.mjs, in its own worker thread: builds the network and
// data from a fixed seed, checks the first step's loss is finite, warms up, then reports the
// median thread CPU time per step over BATCHES batches.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const BATCHES = 9;
const TARGET_BATCH_MS = 200;
const WARMUP_MS = 500;
const LEARNING_RATE = 0.01;
const SEED = 7;

const { engineFile, sizes, examples, library } = workerData;
const engine = await import(pathToFileURL(engineFile).href);

// The same starting weights and data for both libraries, drawn with the engine's seeded generator.
const random = engine.createRandom(SEED);
const layers = sizes.slice(1).map((size, k) => {
  const fanIn = sizes[k];
  const weights = Array.from({ length: size }, () => Array.from({ length: fanIn }, () => random.normal() / Math.sqrt(fanIn)));
  return { weights, biases: weights.map(() => 0), activation: k === sizes.length - 2 ? 'identity' : 'tanh' };
});
const inputs = Array.from({ length: examples }, () => Array.from({ length: sizes[0] }, () => random.normal()));
const targets = inputs.map((x) => [Math.sin(x[0]) + 0.5 * x[1]]);

async function engineStep() {
  const kernel = engine.compileKernel(engine.createNetwork(sizes[0], layers), engine.lossByName('squared'));
  return {
    version: 'engine',
    step: () => {
      const loss = kernel.evaluate(inputs, targets);
      kernel.update(LEARNING_RATE);
      return loss;
    },
  };
}

async function tfjsStep() {
  const tf = await import('@tensorflow/tfjs');
  await tf.setBackend('cpu');
  // Weights as [fanIn, size] matrices so that a layer is x · W + b on a [examples, fanIn] batch.
  const vars = layers.flatMap((l) => [tf.variable(tf.tensor2d(l.weights).transpose()), tf.variable(tf.tensor1d(l.biases))]);
  const x = tf.tensor2d(inputs);
  const y = tf.tensor2d(targets);
  const optimizer = tf.train.sgd(LEARNING_RATE);
  const predict = () =>
    layers.reduce((h, l, k) => {
      const zk = h.matMul(vars[2 * k]).add(vars[2 * k + 1]);
      return l.activation === 'tanh' ? zk.tanh() : zk;
    }, x);
  return {
    version: tf.version.tfjs,
    step: () => {
      const loss = optimizer.minimize(() => tf.losses.meanSquaredError(y, predict()), true, vars);
      const value = loss.dataSync()[0];
      loss.dispose();
      return value;
    },
  };
}

const threadCpuUs = () => {
  const { user, system } = (process.threadCpuUsage ?? process.cpuUsage)();
  return user + system;
};

const { version, step } = library === 'tfjs' ? await tfjsStep() : await engineStep();
const loss = step();
if (!Number.isFinite(loss)) throw new Error(`${library}: the first step's loss is ${loss}`);
const warmUntil = performance.now() + WARMUP_MS;
let perBatch = 0;
while (performance.now() < warmUntil) {
  step();
  perBatch++;
}
perBatch = Math.max(1, Math.round((perBatch * TARGET_BATCH_MS) / WARMUP_MS));
const batches = Array.from({ length: BATCHES }, () => {
  const cpu0 = threadCpuUs();
  for (let i = 0; i < perBatch; i++) step();
  return (threadCpuUs() - cpu0) / perBatch;
});
parentPort.postMessage({ library, version, loss, median: median(batches), batches });
