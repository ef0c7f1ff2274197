// A computed number's tip opens next to the number, by tap (touch), keyboard focus and hover,
// and closes on a tap elsewhere or Escape. And the keyboard route past the prose numbers: from
// the top of a section, each live example's first field is a few key presses away.
import { expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { describeInBrowser, openPage, useBrowserSession } from '../support/browser';
import { builtPages } from '../support/site-files';

const CHAPTER = '/numerical-example/';
/** How far the tip may sit from its number, in px. */
const NEAR = 40;
const WAIT = { timeout: 10_000 };

/** The gap between two boxes, 0 if they touch or overlap. */
async function gapBetween(a: Locator, b: Locator): Promise<number> {
  const [r, s] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!r || !s) throw new Error('a box is not rendered');
  const dx = Math.max(0, r.x - (s.x + s.width), s.x - (r.x + r.width));
  const dy = Math.max(0, r.y - (s.y + s.height), s.y - (r.y + r.height));
  return Math.hypot(dx, dy);
}

describeInBrowser('number tips', () => {
  const session = useBrowserSession();

  test('a tap opens the tip next to its number, in prose and in an equation; a tap elsewhere closes it', async () => {
    const context = await session().browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const tip = page.locator('#q-tip');
    // The equation's number comes from the gradient chapter: on the numerical example a tap on a
    // number inside a step equation opens that step in the explorer (issue 11) and scrolls there,
    // so its tip opens on hover and focus instead.
    const numbers = [
      { path: CHAPTER, number: page.locator('main p .q').nth(3) },
      { path: '/gradient-explanation/', number: page.locator('main .eq [data-q]').nth(2) },
    ];
    for (const { path, number } of numbers) {
      await page.goto(session().server.url + path, { waitUntil: 'load' });
      await number.scrollIntoViewIfNeeded();
      await number.tap();
      await tip.waitFor({ state: 'visible', ...WAIT });
      expect(await tip.textContent()).toBe(await number.getAttribute('data-tip'));
      expect(await gapBetween(number, tip)).toBeLessThanOrEqual(NEAR);
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      await page.locator('main h1').tap();
      await tip.waitFor({ state: 'hidden', ...WAIT });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  test('keyboard focus opens it next to its number and Escape closes it; hovering opens it too', async () => {
    const { page, context, errors } = await openPage(session(), CHAPTER);
    const tip = page.locator('#q-tip');
    const number = page.locator('main p .q').first();
    // Tab from the element just before the number, as a keyboard reader arrives.
    await number.evaluate((n) => {
      const before = document.createElement('button');
      n.before(before);
      before.focus();
    });
    await page.keyboard.press('Tab');
    expect(await number.evaluate((n) => n === document.activeElement)).toBe(true);
    await tip.waitFor({ state: 'visible', ...WAIT });
    expect(await gapBetween(number, tip)).toBeLessThanOrEqual(NEAR);
    expect(await number.getAttribute('aria-describedby')).toBe('q-tip');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden', ...WAIT });

    const other = page.locator('main .eq [data-q]').first();
    await other.hover();
    await tip.waitFor({ state: 'visible', ...WAIT });
    expect(await gapBetween(other, tip)).toBeLessThanOrEqual(NEAR);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden', ...WAIT });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describeInBrowser('keyboard route to the live examples', () => {
  const session = useBrowserSession();
  const pages = builtPages()
    .filter((p) => p.root.querySelector('.example-skip'))
    .map((p) => p.path);

  test('the chapters with live examples are found', () => {
    expect(pages).toEqual(expect.arrayContaining(['/core-concepts/', '/numerical-example/', '/derivative-deep-dive/']));
  });

  test.each(pages)('%s: from its section heading, each example is two Tabs and an Enter away', async (path) => {
    const { page, context } = await openPage(session(), path);
    const skips = await page.locator('.example-skip a').all();
    for (const skip of skips) {
      const target = (await skip.getAttribute('href'))!;
      // The section's heading link, which a reader tabs to at the top of the section.
      await skip.evaluate((a) => a.parentElement?.previousElementSibling?.querySelector<HTMLElement>('a')?.focus());
      await page.keyboard.press('Tab');
      expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
      expect(await skip.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      // Following the link focuses the example's box (a navigation, so not at once).
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe(target.slice(1));
      // Coming into view, the example hydrates; a field focused before that loses its focus when
      // hydration replaces it (the islands' concern, not this route's), so wait for it.
      await page.waitForFunction((id) => !document.querySelector(`${id} astro-island[ssr]`), target, WAIT);
      await page.keyboard.press('Tab');
      // The example's first tab stop: a field, or the explorer's scrollable diagram before them.
      const landed = await page.evaluate(
        (id) => ({
          inside: document.querySelector(id)?.contains(document.activeElement) ?? false,
          at: document.activeElement?.outerHTML.slice(0, 80),
        }),
        target,
      );
      expect(landed.inside, `${path} ${target}: ${landed.at}`).toBe(true);
    }
    expect(skips.length).toBeGreaterThan(0);
    await context.close();
  });
});
