// The live examples (issue 4) in Chromium against the built site: each one recomputes through
// the engine when its inputs change, refuses bad input beside the field without a page error,
// and the explorer works from the keyboard alone, stalls and diverges with a banner, and loads
// shared links (good and bad). Expected values come from the source document or are worked out
// by hand in the comments, never read from the code under test. One page load per scenario.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { describeInBrowser, openPage, useBrowserSession, type OpenedPage } from '../support/browser';

const HYDRATION_TIMEOUT_MS = 10_000;

/** Scrolls an island into view (they hydrate with client:visible) and waits until it has hydrated. */
async function hydrated(page: Page, inside: string): Promise<void> {
  await page.locator(inside).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => document.querySelector(sel)?.closest('astro-island')?.hasAttribute('ssr') === false, inside, {
    timeout: HYDRATION_TIMEOUT_MS,
  });
}

/** The text of an element (SVG text included), with the thin space the formatter puts after "≈" made plain. */
const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').replaceAll('\u202F', ' ').trim();

/** The message shown beside a field, after checking the field points at it and is marked invalid. */
async function fieldMessage(page: Page, id: string): Promise<string> {
  const field = page.locator(`#${id}`);
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await field.getAttribute('aria-describedby')).toBe(`${id}-msg`);
  return page.locator(`#${id}-msg`).innerText();
}

/** Whether the example holding `field` says its results are from the last valid values. */
const staleShown = (page: Page, field: string) => page.locator(`section.nn-example:has(${field}) .nn-stale`).isVisible();

/**
 * How many numbers in the example holding `field` claim a quantity (data-q): at the document's
 * values its numbers are the chapter's, after an edit they are not and must say nothing.
 */
const claimed = (page: Page, field: string) => page.locator(`section.nn-example:has(${field}) [data-q]`).count();

describeInBrowser('live examples', () => {
  const session = useBrowserSession();
  const opened: OpenedPage[] = [];
  const open = async (path: string) => {
    const o = await openPage(session(), path);
    opened.push(o);
    return o;
  };
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.context.close()));
  });

  test('core concepts: weights, activation and loss recompute, and refuse bad input', async () => {
    const { page, errors } = await open('/core-concepts/');
    // Rendered at build time with the document's numbers: (2000 × 0.5) + (8 × 3.0) = 1024.
    expect(await text(page, '[data-result=output]')).toContain('= 1024');

    await hydrated(page, '#weights-size');
    expect(await claimed(page, '#weights-size')).toBeGreaterThan(0);
    await page.fill('#weights-size', '1000');
    // 1000 × 0.5 + 8 × 3 = 500 + 24 = 524.
    expect(await text(page, '[data-result=output]')).toContain('= 500 + 24 = 524');
    expect(await claimed(page, '#weights-size')).toBe(0);

    await page.fill('#weights-sizeWeight', 'abc');
    expect(await fieldMessage(page, 'weights-sizeWeight')).toContain('cannot be read as a number');
    await page.fill('#weights-locationWeight', '1e400');
    expect(await fieldMessage(page, 'weights-locationWeight')).toContain('Too large');
    await page.fill('#weights-locationWeight', '');
    expect(await fieldMessage(page, 'weights-locationWeight')).toContain('Enter a number');
    // 8 × 1e308 overflows to Infinity although 1e308 itself is a valid number.
    await page.fill('#weights-locationWeight', '1e308');
    expect(await fieldMessage(page, 'weights-locationWeight')).toContain('the output would overflow');
    // The last good state is kept: still 524, and the example says the result is not from what the field holds.
    expect(await text(page, '[data-result=output]')).toContain('= 524');
    expect(await staleShown(page, '#weights-size')).toBe(true);
    // Both refused fields back at the document's weights (0.5 and 3.0): 524 still, and no note.
    await page.fill('#weights-sizeWeight', '0.5');
    await page.fill('#weights-locationWeight', '3');
    expect(await text(page, '[data-result=output]')).toContain('= 524');
    expect(await staleShown(page, '#weights-size')).toBe(false);
    // The result is announced once, politely, after the typing stops.
    await expect.poll(() => page.locator('.nn-example [role=status]').first().innerText()).toContain('Output 524');

    await hydrated(page, '#activation-x');
    // The document: ReLU(−50) = 0, and ReLU(1024) = 1024.
    expect(await text(page, '[data-result=f]')).toContain('ReLU(−50) = 0');
    expect(await claimed(page, '#activation-x')).toBeGreaterThan(0);
    await page.fill('#activation-x', '1024');
    expect(await text(page, '[data-result=f]')).toContain('ReLU(1024) = 1024');
    expect(await claimed(page, '#activation-x')).toBe(0);
    // sigmoid(0) = 1 / (1 + e⁰) = 0.5, and its slope s(1 − s) = 0.25.
    await page.selectOption('#activation-name', 'sigmoid');
    await page.fill('#activation-x', '0');
    expect(await text(page, '[data-result=f]')).toContain('sigmoid(0) = 0.5');
    expect(await text(page, '[data-result=df]')).toContain('= 0.25');
    await page.fill('#activation-x', 'NaN');
    expect(await fieldMessage(page, 'activation-x')).toContain('cannot be read as a number');
    expect(await text(page, '[data-result=f]')).toContain('sigmoid(0) = 0.5');

    await hydrated(page, '#loss-core-predicted');
    // The document: (500,000 − 480,000)² = 400,000,000.
    expect(await text(page, '[data-result=squared]')).toContain('400,000,000');
    // (500,000 − 490,000)² = 10,000² = 100,000,000; half of it 50,000,000; slope 2 × (490,000 − 500,000) = −20,000.
    expect(await claimed(page, '#loss-core-predicted')).toBeGreaterThan(0);
    await page.fill('#loss-core-predicted', '490000');
    expect(await text(page, '[data-result=squared]')).toContain('100,000,000');
    expect(await claimed(page, '#loss-core-predicted')).toBe(0);
    expect(await text(page, '[data-result=half]')).toContain('50,000,000');
    expect(await text(page, '[data-result=gradient]')).toContain('−20,000');
    await page.fill('#loss-core-actual', 'Infinity');
    expect(await fieldMessage(page, 'loss-core-actual')).toContain('cannot be read as a number');

    expect(errors).toEqual([]);
  });

  test('gradient chapter: the slope of the loss at the worked example and beside it', async () => {
    const { page, errors } = await open('/gradient-explanation/');
    // The document: 2 × (925 − 350) = 1150.
    expect(await text(page, '[data-result=gradient]')).toContain('= 1150');
    await hydrated(page, '#loss-gradient-predicted');
    // 2 × (400 − 350) = 100; (350 − 400)² = 2500; the ½ version's slope is 400 − 350 = 50.
    expect(await claimed(page, '#loss-gradient-predicted')).toBeGreaterThan(0);
    await page.fill('#loss-gradient-predicted', '400');
    expect(await text(page, '[data-result=gradient]')).toContain('= 100');
    expect(await claimed(page, '#loss-gradient-predicted')).toBe(0);
    expect(await text(page, '[data-result=squared]')).toContain('2500');
    expect(await text(page, '[data-result=half-gradient]')).toContain('= 50');
    expect(errors).toEqual([]);
  });

  test('derivative deep dive: the table and the finite-difference slopes', async () => {
    const { page, errors } = await open('/derivative-deep-dive/');
    // The document's table: predictions 300, 301, 302 give errors 50, 49, 48.
    const rows = () => page.locator('.nn-example tbody').first().innerText();
    expect((await rows()).replace(/\s+/g, ' ')).toContain('300 50 – 301 49 −1 302 48 −1');
    await hydrated(page, '#derivative-start');
    expect(await staleShown(page, '#derivative-start')).toBe(false);
    expect(await claimed(page, '#derivative-start')).toBeGreaterThan(0);
    await page.fill('#derivative-start', '925');
    expect(await claimed(page, '#derivative-start')).toBe(0);
    // Errors 350 − 925 = −575, −576, −577; d(error)/dpredicted = −1 both ways; dLoss/dpredicted = 2 × (925 − 350) = 1150.
    expect((await rows()).replace(/\s+/g, ' ')).toContain('925 −575 – 926 −576 −1 927 −577 −1');
    expect((await page.locator('[data-result=error-slope]').innerText()).replace(/\s+/g, ' ')).toContain('−1 −1');
    expect((await page.locator('[data-result=loss-slope]').innerText()).replace(/\s+/g, ' ')).toContain('1150 1150');
    await page.fill('#derivative-step', '0');
    expect(await fieldMessage(page, 'derivative-step')).toContain('must not be 0');
    expect(await staleShown(page, '#derivative-step')).toBe(true);
    expect(errors).toEqual([]);
  });

  test('without JavaScript the examples show the document’s values and say that changing them needs it', async () => {
    const { page, context } = await openPage(session(), '/numerical-example/', { javaScriptEnabled: false });
    opened.push({ page, context, errors: [] });
    expect(await page.locator('.nn-explorer .nn-noscript').innerText()).toContain('needs JavaScript');
    // The document: z₂ = 19, ∂L/∂z_out = 1150, and w₁₁ after the update 0.001 − 4.6 = −4.599.
    expect(await text(page, '.nn-explorer .nn-net-wide [data-node=z2]')).toBe('z₂ = 19');
    expect(await text(page, '.nn-explorer .nn-net-wide [data-node=d-zout]')).toBe('∂L/∂z_out = 1150');
    // …and the whole computation, step by step: 13 forward values, the loss, 21 gradients, 6 updates.
    expect(await page.locator('.nn-explorer .nn-all-steps li').count()).toBe(41);
    expect(await page.locator('[data-param=w11] td').last().innerText()).toBe('−4.599');
  });

  describe('worked-example explorer', () => {
    test('keyboard only: one training step at the document values stalls, and the banner says why', async () => {
      const { page, errors } = await open('/numerical-example/');
      // The document's forward pass, in the static HTML: z₁ = 32, prediction 925, loss 330,625.
      expect(await text(page, '.nn-explorer .nn-net-wide [data-node=z1]')).toBe('z₁ = 32');
      // The parameter table at the document's set-up: η, and each weight's value, gradient and update (6 × 3).
      expect(await page.locator('.nn-params [data-q]').count()).toBe(19);
      expect(await text(page, '.nn-explorer .nn-net-wide [data-node=loss]')).toBe('L = 330,625');
      await hydrated(page, '#explorer-steps');

      // Start on the last field and use only the keyboard from there.
      await page.focus('#explorer-steps');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('1');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Run 1 step');
      // The focused control shows a visible focus ring.
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');

      // Step 4 of the document: w₁₁ = 0.001 − 0.0000001 × 46,000,000 = −4.599, and both hidden
      // neurons die (z₁ = 2000 × −4.599 + 3 × 9.9931 ≈ −9168), so the loss is (350 − 0)² = 122,500.
      await expect.poll(() => page.locator('.nn-explorer .nn-outcome').innerText()).toMatch(/stalled at iteration 1: dead ReLU/);
      expect(await page.inputValue('#explorer-w11')).toBe('−4.599');
      // w₂₂ = 5 − 0.0000001 × (1150 × 15 × 3) = 5 − 0.005175 = 4.994825: seven significant digits,
      // no more than the document prints (19.99632), so the field shows it whole (issue 13).
      expect(await page.inputValue('#explorer-w22')).toBe('4.994825');
      expect(await page.locator('[data-param=w22] td').first().innerText()).toBe('4.994825');
      expect(await page.locator('.nn-params [data-q]').count()).toBe(0);
      expect(await text(page, '.nn-explorer .nn-net-wide [data-node=loss]')).toBe('L = 122,500');
      expect(await text(page, '.nn-explorer .nn-result')).toContain('loss 330,625 → 122,500');

      // Space works too, on the same button: the run stays stalled at iteration 1.
      await page.keyboard.press('Space');
      await expect.poll(() => text(page, '.nn-explorer .nn-result')).toContain('iteration 2');
      expect(await page.locator('.nn-explorer .nn-outcome').innerText()).toContain('stalled at iteration 1');
      expect(errors).toEqual([]);
    });

    test('a shared link loads its set-up, and edits keep the link current', async () => {
      // The document's network with the size in thousands of sq ft (x₁ = 2): z₁ = 2 × 0.001 + 3 × 10 = 30.002,
      // z₂ = 2 × 0.002 + 3 × 5 = 15.004, ŷ = 30.002 × 20 + 15.004 × 15 = 600.04 + 225.06 = 825.1.
      const query = '?x1=2&x2=3&y=350&w11=0.001&w12=10&w21=0.002&w22=5&w31=20&w32=15&lr=0.00001';
      const { page, errors } = await open(`/numerical-example/${query}`);
      await hydrated(page, '#explorer-x1');
      await expect.poll(() => page.inputValue('#explorer-x1')).toBe('2');
      expect(await text(page, '.nn-explorer .nn-net-wide [data-node=z1]')).toBe('z₁ = 30.002');
      expect(await text(page, '.nn-explorer .nn-net-wide [data-node=prediction]')).toBe('ŷ = 825.1');
      expect(await page.inputValue('#explorer-lr')).toBe('0.00001');
      // Not the document's set-up, so the parameter table's numbers are not the chapter's quantities.
      expect(await page.locator('.nn-params [data-q]').count()).toBe(0);

      await page.fill('#explorer-w31', '10');
      await expect.poll(() => new URL(page.url()).searchParams.get('w31')).toBe('10');
      expect(new URL(page.url()).searchParams.get('x1')).toBe('2');

      // With biases and a learning rate of 2 the output bias overshoots further every step
      // (its error is multiplied by 1 − 2 × 2 = −3), until the loss overflows.
      await page.check('.nn-explorer input[type=checkbox]');
      await page.fill('#explorer-lr', '2');
      await page.fill('#explorer-steps', '1000');
      await page.click('.nn-explorer button:text-is("Run 1000 steps")');
      await expect
        .poll(() => page.locator('.nn-explorer .nn-outcome').innerText())
        .toMatch(/diverged at iteration \d+: .* no longer a finite number/);
      expect(await page.inputValue('#explorer-b3')).not.toMatch(/∞|NaN|not a number/);

      await page.click('.nn-explorer button:text-is("Reset to the document’s values")');
      await expect.poll(() => page.inputValue('#explorer-x1')).toBe('2000');
      await expect.poll(() => new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
    });

    test('a shared link with bad or missing values loads the document’s and says which were ignored', async () => {
      const { page, errors } = await open('/numerical-example/?x1=abc&lr=-1&w11=0.001');
      await hydrated(page, '#explorer-x1');
      const note = page.locator('.nn-explorer .nn-banner-note');
      await expect.poll(() => note.count()).toBe(1);
      const said = await note.innerText();
      expect(said).toMatch(
        /Ignored from the shared link: Size x₁ \(sq ft\) \(“abc” cannot be read as a number: .*\); Learning rate η \(must be greater than 0\)/,
      );
      expect(said).toContain('Not in the link: Bedrooms x₂');
      // The document's values stand in: x₁ = 2000 and the prediction 925.
      expect(await page.inputValue('#explorer-x1')).toBe('2000');
      expect(await text(page, '.nn-explorer .nn-net-wide [data-node=prediction]')).toBe('ŷ = 925');
      expect(errors).toEqual([]);
    });
  });
});
