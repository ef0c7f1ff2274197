// Engine speed: nanoseconds per training step in Node, for the worked example's network and a
// wider 2-16-1 one. Each case runs in its own worker thread (its own V8 isolate), so the type
// feedback one case leaves behind cannot slow the next. The engine is TypeScript with
// extensionless imports, so it is bundled with esbuild (a dependency of astro and vite) into a
// temporary module first; engine-worker.mjs times the steps.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

/** The network × the step path; engine-worker.mjs knows both by these names. */
const CASES = [
  ['house', 'reference'],
  ['house', 'kernel'],
  ['wide', 'reference'],
  ['wide', 'kernel'],
  ['house-scaled', 'train-1000'],
];

export async function bundleEngine(dir) {
  const entry = `export * from './engine/index.ts'; export { compileKernel } from './engine/kernel.ts';`;
  const out = await build({
    stdin: { contents: entry, resolveDir: resolve('.'), loader: 'ts', sourcefile: 'bench-engine-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const file = join(dir, 'engine.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  return file;
}

function runCase(engineFile, network, path) {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./engine-worker.mjs', import.meta.url), { workerData: { engineFile, network, path } });
    worker.once('message', done);
    worker.once('error', fail);
  });
}

export async function benchEngine(log = console.log) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-engine-'));
  try {
    const engineFile = await bundleEngine(dir);
    const results = [];
    for (const [network, path] of CASES) {
      const result = await runCase(engineFile, network, path);
      const show = (x) => (result.unit === 'ms' ? `${x.toFixed(2)} ms` : `${Math.round(x)} ns/step`);
      log(`  engine ${result.network}, ${result.path}: ${show(result.median)} CPU (${show(result.medianWall)} wall)`);
      results.push(result);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
