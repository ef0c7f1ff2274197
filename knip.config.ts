// knip: files, exports and dependencies nothing uses, checked by npm run lint (and so npm test).
// Its Astro and Vitest plugins find the pages, the config files and the tests by themselves;
// the entries below are what they cannot know: the chapters (loaded by the content collection's
// glob, and importing the islands), and the scripts run by hand or by another process.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    'content/*.mdx',
    // Passed to astro build with --config by scripts/bench/build.mjs.
    'scripts/bench/astro.config.mjs',
    // Preloaded into the benchmark's build process with node --import.
    'scripts/bench/report-rss.mjs',
    // Run by hand to regenerate data/*.csv.
    'data/make-houses.mjs',
  ],
  project: ['**/*.{ts,tsx,mjs,js,astro,mdx}'],
  // A type exported beside the function whose parameters or result it describes is part of that
  // function's signature, so callers can name it; only unused values are reported.
  ignoreExportsUsedInFile: { interface: true, type: true },
};

export default config;
