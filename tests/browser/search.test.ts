// Search, driven as a reader would: open it, type a query, and the section that explains the
// term must be the first result; opening it lands on that heading. Expected sections are the
// source document's headings for each concept (their anchors are the slugs of those headings).
import { expect, test } from 'vitest';
import { describeInBrowser, openPage, useBrowserSession } from '../support/browser';

/** Generous: the test machine has two cores, often busy building. */
const WAIT = { timeout: 10_000 };

describeInBrowser('search finds the section that explains a term, first', () => {
  const session = useBrowserSession();

  test.each([
    { query: 'relu', want: '/core-concepts/#activation-function', why: 'ReLU is introduced as the activation function' },
    { query: 'backpropagation', want: '/core-concepts/#backpropagation', why: "the concept's own section" },
    { query: 'chain rule', want: '/gradient-explanation/#taking-the-derivative', why: 'the derivative is taken with the chain rule' },
    { query: 'learning rate', want: '/numerical-example/#key-insights', why: '"Learning rate controls how big the steps are"' },
    {
      query: 'dying relu',
      want: '/numerical-example/#correction-the-network-stops-learning-both-relus-die',
      why: 'the note that explains it, in step 5',
    },
    { query: 'mean squared error', want: '/core-concepts/#loss-function', why: "MSE is the loss function's example" },
    { query: 'weights', want: '/core-concepts/#weights', why: "the concept's own section" },
  ])('"$query" → $want ($why)', async ({ query, want }) => {
    const { page, context, errors } = await openPage(session(), '/');
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox', { name: 'Search the chapters' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    await input.fill(query);
    const first = page.locator('.search-results a').first();
    await first.waitFor(WAIT);
    const href = await first.getAttribute('href');
    expect(href).toBe(want);
    // The matched words are highlighted in the excerpt.
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);

    await first.click();
    await page.waitForURL((url) => url.pathname + url.hash === want);
    const heading = page.locator(want.slice(want.indexOf('#')));
    await expect
      .poll(
        () =>
          heading.evaluate((h) => {
            const box = h.getBoundingClientRect();
            return box.top >= 0 && box.top < innerHeight;
          }),
        WAIT,
      )
      .toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Engine code and MathML stay out of the index: an excerpt is prose, never a line of code
  // ("const relu: Activation = …") or a formula flattened to "∂L∂aj=∂L∂zout×w3j".
  test.each(['relu', 'gradient', 'loss'])('excerpts for "%s" hold no code or flattened formulas', async (query) => {
    const { page, context, errors } = await openPage(session(), '/');
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the chapters' }).fill(query);
    await page.locator('.search-results a').first().waitFor(WAIT);
    const excerpts = await page.locator('.search-results .excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/=>|\bconst |\bexport |∂/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
