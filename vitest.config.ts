/// <reference types="vitest/config" />
// One vitest run covers everything: engine units, component rendering through Astro's
// Container API, checks of the built HTML, and browser tests against the built site.
// The site is built once per run by tests/support/build-site.ts.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser tests each start a Chromium; two at a time is what a 2-core machine takes.
    maxWorkers: 2,
  },
});
