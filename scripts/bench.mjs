// npm run bench [-- --quick] [-- --no-lighthouse] [-- --build-only]: measures the site and the engine and prints
// the figures (issue 6). Not a test: nothing here passes or fails. Writes bench-results/latest.json
// and latest.md, plus a dated copy of the JSON so two runs can be compared.
//   --quick          Lighthouse once per page, mobile only (a full run takes ~15 minutes on 2 cores)
//   --no-lighthouse  skip Lighthouse
//   --build-only     only the cold builds: print their median time and peak memory, write nothing
//   --readme         also write the figures into README.md's "Measured figures" section
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { benchBuild } from './bench/build.mjs';
import { benchEngine } from './bench/engine.mjs';
import { benchFrames, framesMarkdown } from './bench/frames.mjs';
import { benchLighthouse } from './bench/lighthouse.mjs';
import { writeReadmeFigures } from './bench/readme.mjs';
import { markdown } from './bench/report.mjs';
import { benchWeight } from './bench/weight.mjs';
import { benchVersusTfjs, versusMarkdown } from './bench/versus-tfjs.mjs';
// The tests' own helpers serve and walk the built site (Node strips their types).
import { htmlFiles, urlPathOf } from '../tests/support/html-files.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const BUILD_RUNS = 3;
const LIGHTHOUSE_RUNS = 3;
const OUT_DIR = 'bench-results';

const flags = process.argv.slice(2);
const known = ['--quick', '--no-lighthouse', '--build-only', '--readme'];
const unknown = flags.filter((f) => !known.includes(f));
if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')}; known: ${known.join(' ')}`);
const quick = flags.includes('--quick');
const buildOnly = flags.includes('--build-only');

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown CPU',
    cores: availableParallelism(),
    ramGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.versions.node,
    loadAverage: loadavg(),
  };
}

const lighthouseVersion = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
const results = { date: new Date().toISOString(), flags, machine: machine(), lighthouseVersion };
const work = mkdtempSync(join(tmpdir(), 'bench-'));
try {
  console.log(`Cold build, ${BUILD_RUNS} runs`);
  results.build = benchBuild(work, BUILD_RUNS);
  const { medianMs, peakRssMiB, memoryVia } = results.build;
  console.log(`Cold build: median ${(medianMs / 1000).toFixed(2)} s, peak memory ${peakRssMiB.toFixed(0)} MiB (${memoryVia})`);
  if (!buildOnly) await benchTheBuiltSite(results);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (buildOnly) process.exit(0);

async function benchTheBuiltSite(results) {
  const { outDir } = results.build;
  // Every page a reader opens: the 404 page is not one.
  const paths = htmlFiles(outDir)
    .map((file) => urlPathOf(outDir, file))
    .filter((path) => path !== '/404')
    .sort();
  const server = await serveStatic(outDir, { gzip: true });
  try {
    console.log(`Page weight in Chromium, ${paths.length} pages`);
    results.pages = await benchWeight(server.url, paths);
    console.log('Training playground frame times in Chromium');
    results.frames = await benchFrames(server.url);
    if (!flags.includes('--no-lighthouse')) {
      const options = quick ? { runs: 1, presets: ['mobile'] } : { runs: LIGHTHOUSE_RUNS, presets: ['mobile', 'desktop'] };
      console.log(`Lighthouse ${lighthouseVersion}, ${options.runs} run(s) × ${options.presets.join(' + ')}`);
      results.lighthouse = await benchLighthouse(server.url, paths, options);
    }
  } finally {
    await server.close();
  }
  console.log('Engine');
  results.engine = await benchEngine();
  console.log('Engine against TensorFlow.js');
  results.versusTfjs = await benchVersusTfjs();
}

mkdirSync(OUT_DIR, { recursive: true });
const json = JSON.stringify(results, null, 2);
writeFileSync(join(OUT_DIR, 'latest.json'), json);
writeFileSync(join(OUT_DIR, `${results.date.replaceAll(':', '-')}.json`), json);
const md = markdown(results) + versusMarkdown(results.versusTfjs) + framesMarkdown(results.frames);
writeFileSync(join(OUT_DIR, 'latest.md'), md);
console.log(`\n${md}\nWrote ${OUT_DIR}/latest.json and ${OUT_DIR}/latest.md`);
if (flags.includes('--readme')) {
  writeReadmeFigures(md);
  console.log('Wrote the figures into README.md');
}
