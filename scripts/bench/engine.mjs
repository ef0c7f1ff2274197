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

async function bundleEngine(dir) {
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

/** Runs the module at `url` in a thread of its own; resolves with its one message. */
export function runInWorker(url, workerData) {
  return new Promise((done, fail) => {
    const thread = new Worker(url, { workerData });
    thread.once('message', done);
    thread.once('error', fail);
  });
}

/** Bundles the engine into a temporary folder, hands its file to `use`, and removes the folder after. */
export async function withBundledEngine(use) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-engine-'));
  try {
    return await use(await bundleEngine(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchEngine(log = console.log) {
  return withBundledEngine(async (engineFile) => {
    const results = [];
    for (const [network, path] of CASES) {
      const result = await runInWorker(new URL('./engine-worker.mjs', import.meta.url), { engineFile, network, path });
      const show = (x) => (result.unit === 'ms' ? `${x.toFixed(2)} ms` : `${Math.round(x)} ns/step`);
      log(`  engine ${result.network}, ${result.path}: ${show(result.median)} CPU (${show(result.medianWall)} wall)`);
      results.push(result);
    }
    return results;
  });
}
