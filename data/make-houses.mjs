// Writes the training chapter's house data set: node data/make-houses.mjs (from the repository root).
// The rule, the seeded noise and the split live in engine/houses.ts, written once and also used by
// the chapter and its playground, so this script is JavaScript that bundles that TypeScript module
// (with esbuild, already a dependency of Astro) rather than a second copy of the rule in Python.
// tests/engine/houses.test.ts checks that the files written here match the engine.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const bundled = await build({
  entryPoints: ['engine/houses.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const houses = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const { train, test } = houses.houseSplit();
for (const [file, data] of [
  ['data/houses-train.csv', train],
  ['data/houses-test.csv', test],
]) {
  const lines = [[...data.inputNames, data.targetName].join(','), ...data.inputs.map((x, r) => [...x, data.targets[r]].join(','))];
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`wrote ${file}: ${data.targets.length} houses`);
}
