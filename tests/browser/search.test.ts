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
    { query: 'learning rate', want: '/training/#the-learning-rate', why: 'the training chapter gives it a section of its own' },
    {
      query: 'dying relu',
      want: '/numerical-example/#correction-the-network-stops-learning-both-relus-die',
      why: 'the note that explains it, in step 5',
    },
    {
      query: 'mean squared error',
      want: '/training/#the-mean-squared-error-over-many-houses',
      why: 'the training chapter defines it as a true mean over many houses',
    },
    { query: 'weights', want: '/core-concepts/#weights', why: "the concept's own section" },
    // Concepts the site explains beyond the source document (issue 13): each has its own section.
    { query: 'sigmoid', want: '/core-concepts/#sigmoid', why: 'explained with the other activation functions' },
    { query: 'tanh', want: '/core-concepts/#tanh', why: 'explained with the other activation functions' },
    { query: 'leaky relu', want: '/core-concepts/#leaky-relu', why: 'explained with the other activation functions' },
    { query: 'overshooting', want: '/numerical-example/#overshooting', why: 'explained beside the learning rate' },
    { query: 'convergence', want: '/numerical-example/#convergence', why: 'explained beside the learning rate' },
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
    // Formulas are indexed as readable text ("∂L/∂z_out = 2 × (predicted − actual)"), never as
    // flattened MathML, which runs one fraction into the next: "∂L∂aj".
    for (const text of excerpts) expect(text).not.toMatch(/=>|\bconst |\bexport |∂[^/\s]*∂/);
    expect(errors).toEqual([]);
    await context.close();
  });

  /** The excerpts a query's results show. */
  async function excerptsFor(query: string): Promise<string[]> {
    const { page, context, errors } = await openPage(session(), '/');
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the chapters' }).fill(query);
    await page.locator('.search-results a').first().waitFor(WAIT);
    const excerpts = await page.locator('.search-results .excerpt').allTextContents();
    expect(errors).toEqual([]);
    await context.close();
    return excerpts;
  }

  // The first result's excerpt teaches the term: the words below are from the sentence that
  // defines it, not from a passing mention.
  test.each([
    ['sigmoid', /squashes any input into the range between 0 and 1/],
    ['tanh', /same S shape, stretched to the range from −1 to 1/],
    ['overshooting', /Each update moves a weight by its gradient times η/],
    ['convergence', /converges when the steps shrink and the loss settles/],
    // Core concepts and the training chapter each explain it; either may come first.
    ['bias', /number a neuron adds to its weighted|A unit without a bias computes/],
  ])('the first excerpt for "%s" explains it', async (query, definition) => {
    const [first] = await excerptsFor(query);
    expect(first).toMatch(definition);
  });

  // Where a formula was left out of the index, an excerpt read "Let . Then: . Using the chain
  // rule": a space before a full stop, colon or comma is such a hole.
  test.each(['chain rule', 'derivative', 'loss', 'gradient', 'error', 'learning rate'])(
    'excerpts for "%s" have no hole where a formula was',
    async (query) => {
      const excerpts = await excerptsFor(query);
      expect(excerpts.length).toBeGreaterThan(0);
      for (const text of excerpts) expect(text).not.toMatch(/\s[.:,;](\s|$)|\(\s*\)/);
    },
  );

  // Its anchor holds the number too (src/markdown/rehype-heading-quantities.ts).
  test('a heading keeps its number in search results', async () => {
    const { page, context } = await openPage(session(), '/');
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('gradient mean');
    const where = page.locator('.search-results a[href$="#what-does-the-gradient-1150-mean"] .where');
    await where.waitFor(WAIT);
    // The heading of the source document's section: "What Does the Gradient 1150 Mean?"
    expect(await where.textContent()).toContain('What Does the Gradient 1150 Mean?');
    await context.close();
  });
});
