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
    // How long expect.poll waits for a page to get there (Vitest's default is 1 s). A live example
    // that loads code on first use can take longer while two browser suites share the two cores:
    // once in a full run a shared link's set-up was not yet applied after 1 s (the test takes 2 s alone).
    expect: { poll: { timeout: 10_000 } },
  },
});
