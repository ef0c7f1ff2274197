// The live examples on a 360 px phone screen: the boxes that may scroll sideways there (the
// explorer's diagram and parameter table; the derivative example's tables, which now fit) can be
// reached and scrolled from the keyboard, and axe-core finds no violation inside the examples, including
// its scrollable-region-focusable rule. Scoped to the examples: the page around them is
// checked by gates.test.ts. One page load per example.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { describeInBrowser, openPage, useBrowserSession, type OpenedPage } from '../support/browser';

const PHONE_WIDTH = 360;
const HYDRATION_TIMEOUT_MS = 10_000;

/** Scrolls every example into view (they hydrate with client:visible) and waits until all have hydrated. */
async function hydrateExamples(page: Page): Promise<void> {
  for (const example of await page.locator('.nn-example').all()) await example.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr] .nn-example'), undefined, { timeout: HYDRATION_TIMEOUT_MS });
}

/** Each sideways-scrolling box: whether it overflows at this width, and how a keyboard reaches it. */
const scrollBoxes = (page: Page) =>
  page.$$eval('.nn-example .scroll-box', (boxes) =>
    boxes.map((b) => ({
      overflows: b.scrollWidth > b.clientWidth,
      tabIndex: b.tabIndex,
      role: b.getAttribute('role'),
      named: Boolean(b.getAttribute('aria-label')),
    })),
  );

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('.nn-example').analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );

describeInBrowser('live examples at 360 px', () => {
  const session = useBrowserSession();
  const opened: OpenedPage[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.context.close()));
  });

  test.each([
    // The explorer after one training step, so the trained state and its banner are checked too;
    // its diagram and parameter table reflow at this width instead of scrolling.
    ['/numerical-example/', 'light', 0, 'Run 100 steps', false],
    ['/derivative-deep-dive/', 'dark', 2, undefined, false],
  ] as const)('%s in %s: scrolling boxes are keyboard-reachable, no axe violations', async (path, colorScheme, boxes, click, overflows) => {
    const o = await openPage(session(), path, { colorScheme, width: PHONE_WIDTH });
    opened.push(o);
    const { page, errors } = o;
    await hydrateExamples(page);
    // A box focused without a mouse shows the focus ring (checked before any click, after which
    // the browser keeps rings for keyboard focus only).
    if (boxes) {
      await page.locator('.nn-example .scroll-box').first().focus();
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    }
    if (click) {
      await page.click(`.nn-example button:text-is("${click}")`);
      // Training loads the engine's train module on this first click: allow for a busy machine.
      await expect.poll(() => page.locator('.nn-example .nn-outcome').count(), { timeout: HYDRATION_TIMEOUT_MS }).toBe(1);
    }
    // Where the boxes really do scroll at this width, the axe rule has something to check.
    expect(await scrollBoxes(page)).toEqual(Array(boxes).fill({ overflows, tabIndex: 0, role: 'group', named: true }));
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
