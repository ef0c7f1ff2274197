// Gates every built page must pass in a real browser (issue 6), in light and in dark: no page
// errors and no console errors once every island has hydrated, zero axe-core violations, and
// nothing fetched from pagefind before search is opened. One Chromium serves the whole file;
// pages open one after another, each in a fresh context.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { expect, test } from 'vitest';
import { describeInBrowser, hydrateIslands, openPage, useBrowserSession } from '../support/browser';
import { builtPages } from '../support/site-files';

/**
 * Each theme once, at a different width: light on a desktop, dark on a 360 px phone, where wide
 * boxes start to scroll. Both themes and both widths are covered without doubling the run.
 */
const VIEWS = [
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 360 },
] as const;
const HYDRATION_TIMEOUT_MS = 30_000;
// axe on the ledger (every quantity, about 310 KB of HTML) took 17 s on an idle 2-core machine
// and 40 s beside other engineers' builds: two minutes leaves room for a busy CI machine.
const PAGE_TEST_TIMEOUT_MS = 120_000;

/** The URL a built file is served at: /x/ for x/index.html, /404.html for 404.html. */
const urlOf = (path: string, file: string) => (file.endsWith('index.html') ? path : `${path}.html`);
const cases = builtPages().flatMap((p) => VIEWS.map(({ scheme, width }) => [urlOf(p.path, p.file), scheme, width] as const));

/** Scrolls a viewport at a time to the bottom, so every client:visible island comes into view. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
}

/**
 * Astro removes an island's `ssr` attribute once it has hydrated. client:media islands are left
 * out: they hydrate only when their media query matches, which may never happen at this size.
 */
const PENDING_ISLAND = 'astro-island[ssr]:not([client="media"])';
async function unhydratedIslands(page: Page): Promise<string[]> {
  try {
    await hydrateIslands(page, PENDING_ISLAND, HYDRATION_TIMEOUT_MS);
    return [];
  } catch {
    return page.$$eval(PENDING_ISLAND, (islands) => islands.map((i) => `island not hydrated: ${i.getAttribute('component-url')}`));
  }
}

const summarise = (results: AxeResults): string[] =>
  results.violations.map((v) => {
    const where = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ');
    return `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.help} — ${where}`;
  });

describeInBrowser('every page in Chromium', () => {
  const session = useBrowserSession();

  test.each(cases)(
    '%s in %s at %i px: no errors, no axe violations, no pagefind on load',
    async (url, colorScheme, width) => {
      const { page, context, errors } = await openPage(session(), url, { colorScheme, width });
      // Names the URL behind a console "Failed to load resource" for responses after the load event
      // (the browser's own favicon request among them); earlier ones come from resource timing below.
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`);
      });
      try {
        await scrollThrough(page);
        const notHydrated = await unhydratedIslands(page);
        await page.waitForLoadState('networkidle');
        const axe = await new AxeBuilder({ page }).analyze();
        const resources = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => ({
            path: new URL(e.name).pathname,
            status: (e as PerformanceResourceTiming).responseStatus,
          })),
        );
        resources.filter((r) => r.status >= 400).forEach((r) => errors.push(`HTTP ${r.status} ${r.path}`));
        const fetched = resources.map((r) => r.path);

        expect.soft([...errors, ...notHydrated], 'page and console errors').toEqual([]);
        expect.soft(summarise(axe), 'axe-core violations').toEqual([]);
        expect
          .soft(
            fetched.filter((p) => p.startsWith('/pagefind/')),
            'pagefind files fetched before search opened',
          )
          .toEqual([]);
      } finally {
        await context.close();
      }
    },
    PAGE_TEST_TIMEOUT_MS,
  );
});
