// The engine against TensorFlow.js (issue 14): one full-batch training step (forward, mean
// squared error, gradients, SGD update) on 2-8-8-1 and 2-32-32-1 tanh networks with 200
// examples, the same weights and data in both. TensorFlow.js runs on its CPU backend; each
// library × network runs in its own worker thread so neither warms the other's JIT.
import { runInWorker, withBundledEngine } from './engine.mjs';

const VERSUS_NETWORKS = [
  [2, 8, 8, 1],
  [2, 32, 32, 1],
];
const VERSUS_EXAMPLES = 200;
/** Issue 14's target: the engine at least this many times faster on every network. */
const VERSUS_TARGET = 3;

const runCase = (workerData) => runInWorker(new URL('./versus-tfjs-worker.mjs', import.meta.url), workerData);

export function benchVersusTfjs(log = console.log) {
  return withBundledEngine(async (engineFile) => {
    const results = [];
    for (const sizes of VERSUS_NETWORKS) {
      const engine = await runCase({ engineFile, sizes, examples: VERSUS_EXAMPLES, library: 'engine' });
      const tfjs = await runCase({ engineFile, sizes, examples: VERSUS_EXAMPLES, library: 'tfjs' });
      const ratio = tfjs.median / engine.median;
      const name = `${sizes.join('-')} tanh`;
      log(
        `  ${name}, ${VERSUS_EXAMPLES} examples: engine ${engine.median.toFixed(1)} µs, TensorFlow.js ${tfjs.median.toFixed(1)} µs per step: ${ratio.toFixed(2)}× (target ≥ ${VERSUS_TARGET}×)`,
      );
      results.push({
        network: name,
        examples: VERSUS_EXAMPLES,
        engineUs: engine.median,
        tfjsUs: tfjs.median,
        ratio,
        tfjsVersion: tfjs.version,
        losses: { engine: engine.loss, tfjs: tfjs.loss },
      });
    }
    return results;
  });
}

/** The comparison as a Markdown table for latest.md. */
export function versusMarkdown(results) {
  if (!results?.length) return '';
  const rows = results.map(
    (r) => `| ${r.network} | ${r.examples} | ${r.engineUs.toFixed(1)} µs | ${r.tfjsUs.toFixed(1)} µs | **${r.ratio.toFixed(2)}×** |`,
  );
  return [
    '',
    `**Engine against TensorFlow.js ${results[0].tfjsVersion}** (CPU backend), one full-batch training step, median thread CPU time (target ≥ ${VERSUS_TARGET}× on each):`,
    '',
    '| network | examples | engine | TensorFlow.js | engine speed-up |',
    '| ------- | -------- | ------ | ------------- | --------------- |',
    ...rows,
    '',
  ].join('\n');
}
