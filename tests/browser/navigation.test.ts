// Getting around: the theme toggle and its memory, the chapter drawer on a phone, the search
// shortcuts, previous/next links, section links on headings, no page wider than a 360 px screen,
// and the page a reader takes away on paper.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, openPage, useBrowserSession } from '../support/browser';
import { builtPages } from '../support/site-files';

const CHAPTER = '/numerical-example/';
/** Generous: the test machine has two cores, often busy building. */
const WAIT = { timeout: 10_000 };

describeInBrowser('navigation', () => {
  const session = useBrowserSession();

  test('the theme toggle switches, is remembered, and applies before the first paint', async () => {
    const { page, context, errors } = await openPage(session(), CHAPTER, { colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBg).not.toBe('rgb(255, 255, 255)');

    // The theme is read in the first animation frame, which runs before the first paint.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { themeAtFirstFrame?: string }).themeAtFirstFrame =
          `${document.documentElement.dataset['theme']} ${getComputedStyle(document.documentElement).colorScheme}`;
      });
    });
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { themeAtFirstFrame?: string }).themeAtFirstFrame)).toBe('dark dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('with a dark system setting the page is dark and the toggle says so', async () => {
    const { page, context } = await openPage(session(), CHAPTER, { colorScheme: 'dark' });
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
    await context.close();
  });

  test('at 360 px the chapter list is a drawer that opens with the keyboard', async () => {
    const { page, context } = await openPage(session(), CHAPTER, { width: 360 });
    const link = page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Derivative Deep Dive/ });
    expect(await link.isVisible()).toBe(false);
    await page.locator('.chapters-drawer summary').focus();
    await page.keyboard.press('Enter');
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/\/derivative-deep-dive\/$/);
    await context.close();
  });

  test('at 1280 px the chapter list is always shown, the current chapter marked', async () => {
    const { page, context } = await openPage(session(), CHAPTER);
    const nav = page.getByRole('navigation', { name: 'Chapters' });
    expect(await nav.getByRole('link', { name: /Summary/ }).isVisible()).toBe(true);
    expect(await nav.locator('[aria-current="page"]').textContent()).toContain('Complete Numerical Example');
    await context.close();
  });

  test.each([
    { keys: '/', name: 'slash' },
    { keys: 'Control+k', name: 'Ctrl+K' },
  ])('$name opens search with the field focused, Escape closes it', async ({ keys }) => {
    const { page, context, errors } = await openPage(session(), CHAPTER);
    await page.keyboard.press(keys);
    const dialog = page.locator('dialog#search');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), WAIT).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('pagefind is fetched only when search is opened', async () => {
    const { page, context } = await openPage(session(), CHAPTER);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(before.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('button', { name: /Search/ }).click();
    await expect.poll(() => fetched.some((p) => p === '/pagefind/pagefind.js'), WAIT).toBe(true);
    await context.close();
  });

  test.each([
    { path: '/core-concepts/', prev: undefined, next: '/numerical-example/' },
    { path: '/numerical-example/', prev: '/core-concepts/', next: '/gradient-explanation/' },
    { path: '/training/', prev: '/derivative-deep-dive/', next: '/summary/' },
    { path: '/summary/', prev: '/training/', next: undefined },
  ])('$path links to previous $prev and next $next', async ({ path, prev, next }) => {
    const { page, context } = await openPage(session(), path);
    const nav = page.getByRole('navigation', { name: 'Previous and next chapter' });
    const hrefOf = async (rel: string) => {
      const link = nav.locator(`a[rel="${rel}"]`);
      return (await link.count()) ? ((await link.getAttribute('href')) ?? undefined) : undefined;
    };
    expect(await hrefOf('prev')).toBe(prev);
    expect(await hrefOf('next')).toBe(next);
    if (next) {
      await nav.locator('a[rel="next"]').click();
      await page.waitForURL((url) => url.pathname === next);
    }
    await context.close();
  });

  test('without JavaScript the search and theme buttons are hidden and a note says why', async () => {
    const { page, context } = await openPage(session(), CHAPTER, { javaScriptEnabled: false });
    expect(await page.locator('.search-open').isVisible()).toBe(false);
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    expect(await page.locator('.header-note').textContent()).toContain('Search and the theme switch need JavaScript');
    expect(await page.locator('.header-note').isVisible()).toBe(true);
    await context.close();
  });

  test('a heading\'s "#" link shows on hover and keyboard focus only, also after a number in the heading', async () => {
    const { page, context, errors } = await openPage(session(), '/gradient-explanation/');
    const heading = page.locator('h3:has(.heading-anchor)').first();
    const anchor = heading.locator('.heading-anchor');
    const hashOpacity = () => anchor.evaluate((a) => getComputedStyle(a, '::after').opacity);
    expect(await hashOpacity()).toBe('0');
    await heading.hover();
    expect(await hashOpacity()).toBe('1');
    await page.mouse.move(0, 0);
    expect(await hashOpacity()).toBe('0');
    // Keyboard: Tab from the number in the heading reaches its link, which then shows.
    await heading.locator('[data-q]').focus();
    await page.keyboard.press('Tab');
    expect(await anchor.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await hashOpacity()).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('printed from a dark screen, a chapter is light: code in its light colours, live examples a note, exercises their question and solution, no in-site addresses', async () => {
    // Each code token's colour on a light screen, which paper must show whatever the screen's theme.
    const tokenColours = (page: Page) =>
      page.evaluate(() => [...document.querySelectorAll('pre.astro-code span')].map((s) => getComputedStyle(s).color));
    const light = await openPage(session(), CHAPTER, { colorScheme: 'light' });
    const lightColours = await tokenColours(light.page);
    await light.context.close();
    expect(new Set(lightColours).size).toBeGreaterThan(3);
    for (const theme of ['system', 'toggle'] as const) {
      const { page, context } = await openPage(session(), CHAPTER, { colorScheme: 'dark' });
      if (theme === 'toggle')
        await page.evaluate(() => {
          document.documentElement.dataset['theme'] = 'dark';
        });
      await page.emulateMedia({ media: 'print' });
      expect(await tokenColours(page)).toEqual(lightColours);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');

      const example = page.locator('section.nn-example:not(.nn-exercise)').first();
      expect(await example.locator('> *').first().isVisible()).toBe(false);
      expect(await example.evaluate((e) => getComputedStyle(e, '::before').content)).toContain('open this chapter online');
      // An exercise prints its question and its worked solution, without the form that checks an answer.
      const exercise = page.locator('section.nn-exercise').first();
      expect(await exercise.locator('.nn-exercise-question').isVisible()).toBe(true);
      expect(await exercise.locator('.nn-exercise-steps').isVisible()).toBe(true);
      expect(await exercise.locator('form').isVisible()).toBe(false);
      expect(await exercise.locator('button').first().isVisible()).toBe(false);

      // "#…" and "/…" links print without an address; only links leaving the site show theirs.
      const written = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('.prose a[href]')]
          .filter((a) => !['none', 'normal'].includes(getComputedStyle(a, '::after').content) && !a.classList.contains('heading-link'))
          .map((a) => a.getAttribute('href')!),
      );
      expect(written.filter((href) => !/^https?:\/\//.test(href))).toEqual([]);
      await context.close();
    }
  });

  const paths = builtPages()
    .map((p) => p.path)
    .sort();
  test.each(paths)('%s is no wider than a 360 px screen, in both themes', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(session(), path, { width: 360, colorScheme });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await context.close();
    }
  });
});
