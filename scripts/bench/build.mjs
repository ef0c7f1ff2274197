// Cold build time and peak memory: the whole site built from nothing RUNS times, the output and
// the build cache deleted before each run, with the median wall time reported. Peak memory is
// the largest resident set of any process in the build, from GNU time -v when it is installed,
// else the build process's own resource usage, reported by report-rss.mjs preloaded into it.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';

const GNU_TIME = '/usr/bin/time';
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const CONFIG = 'scripts/bench/astro.config.mjs';

function buildOnce(outDir, cacheDir) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const withTime = existsSync(GNU_TIME);
  const preload = withTime ? [] : ['--import', resolve('scripts/bench/report-rss.mjs')];
  const astro = [process.execPath, ...preload, ASTRO, 'build', '--config', CONFIG, '--outDir', outDir, '--silent'];
  const [command, ...args] = withTime ? [GNU_TIME, '-v', ...astro] : astro;
  const start = performance.now();
  const run = spawnSync(command, args, { env: { ...process.env, BENCH_CACHE_DIR: cacheDir }, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) {
    const astroOutput = run.stderr.split(/^(Command exited|\tCommand being timed)/m)[0];
    throw new Error(`astro build failed (exit ${run.status}):\n${run.stdout}\n${astroOutput}`);
  }
  const pattern = withTime ? /Maximum resident set size \(kbytes\): (\d+)/ : /BENCH_MAX_RSS_KB (\d+)/;
  const maxRssKb = Number(pattern.exec(run.stderr)?.[1]);
  return { ms, peakRssMiB: maxRssKb / 1024, via: withTime ? 'GNU time -v' : "the build process's resourceUsage().maxRSS" };
}

/** Builds the site `runs` times into `workDir`/site and leaves the last build there. */
export function benchBuild(workDir, runs, log = console.log) {
  const outDir = join(workDir, 'site');
  const cacheDir = join(workDir, 'cache');
  const results = Array.from({ length: runs }, (_, i) => {
    const r = buildOnce(outDir, cacheDir);
    log(`  build ${i + 1}/${runs}: ${(r.ms / 1000).toFixed(2)} s, peak ${r.peakRssMiB.toFixed(0)} MiB`);
    return r;
  });
  return {
    outDir,
    runsMs: results.map((r) => r.ms),
    medianMs: median(results.map((r) => r.ms)),
    peakRssMiB: Math.max(...results.map((r) => r.peakRssMiB)),
    memoryVia: results[0].via,
  };
}
