// The project's Astro config with one change: the build cache (Astro's content data store and
// Vite's cache) lives where BENCH_CACHE_DIR says, so the benchmark's cold builds clear a cache
// of their own and never one a concurrent build in the same checkout is using.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.BENCH_CACHE_DIR ?? config.cacheDir };
