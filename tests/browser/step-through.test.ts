// The explorer's step-through in Chromium against the built site: the keyboard alone walks every
// step of the worked example's first training step and each shows the document's numbers (the
// expected equations are written from the source document's steps 1–4, or by hand where the
// document does not print a step: the products' gradients, x's gradients, the exact updates);
// the chapter's equations and the numbers in its prose open their steps and the steps link back;
// a shared link opens a step.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { STEP_QUANTITIES, stepEquation } from '../../engine/worked-steps';
import { equationAnchor } from '../../src/islands/explorer/step-ids';
import { describeInBrowser, openPage, useBrowserSession, type OpenedPage } from '../support/browser';

const HYDRATION_TIMEOUT_MS = 15_000;
const M = '\u2212';

/** Every step: its equation as the step-through shows it, sides joined by " = ". */
const WALK = [
  // Step 1, forward pass (seed: "z₁ = (2000 × 0.001) + (3 × 10) = 2 + 30 = 32", "a₁ = ReLU(32) = 32").
  'w₁₁x₁ = w₁₁ × x₁ = 0.001 × 2000 = 2',
  'w₁₂x₂ = w₁₂ × x₂ = 10 × 3 = 30',
  'z₁ = w₁₁x₁ + w₁₂x₂ = 2 + 30 = 32',
  'a₁ = ReLU(z₁) = ReLU(32) = 32',
  'w₂₁x₁ = w₂₁ × x₁ = 0.002 × 2000 = 4',
  'w₂₂x₂ = w₂₂ × x₂ = 5 × 3 = 15',
  'z₂ = w₂₁x₁ + w₂₂x₂ = 4 + 15 = 19',
  'a₂ = ReLU(z₂) = ReLU(19) = 19',
  // seed: "z_out = (32 × 20) + (19 × 15) = 640 + 285 = 925", "prediction = 925".
  'w₃₁a₁ = w₃₁ × a₁ = 20 × 32 = 640',
  'w₃₂a₂ = w₃₂ × a₂ = 15 × 19 = 285',
  'z_out = w₃₁a₁ + w₃₂a₂ = 640 + 285 = 925',
  'ŷ = z_out = 925',
  // Step 2, loss (seed: "Loss = (350 - 925)² = (-575)² = 330,625").
  `error = actual ${M} ŷ = 350 ${M} 925 = ${M}575`,
  `L = error² = (${M}575)² = 330,625`,
  // Step 3, backward (seed: "dLoss/dz_out = 2 × (predicted - actual) = 1150", then 1150 × 32, …).
  `∂L/∂error = 2 × error = 2 × (${M}575) = ${M}1150`,
  `∂L/∂ŷ = ∂L/∂error × (${M}1) = (${M}1150) × (${M}1) = 1150`,
  '∂L/∂z_out = ∂L/∂ŷ × 1 = 1150 × 1 = 1150',
  '∂L/∂(w₃₁a₁) = ∂L/∂z_out × 1 = 1150 × 1 = 1150',
  '∂L/∂w₃₁ = ∂L/∂(w₃₁a₁) × a₁ = 1150 × 32 = 36,800',
  '∂L/∂(w₃₂a₂) = ∂L/∂z_out × 1 = 1150 × 1 = 1150',
  '∂L/∂w₃₂ = ∂L/∂(w₃₂a₂) × a₂ = 1150 × 19 = 21,850',
  '∂L/∂a₁ = ∂L/∂(w₃₁a₁) × w₃₁ = 1150 × 20 = 23,000',
  '∂L/∂z₁ = ∂L/∂a₁ × ReLU′(z₁) = 23,000 × 1 = 23,000',
  '∂L/∂(w₁₁x₁) = ∂L/∂z₁ × 1 = 23,000 × 1 = 23,000',
  '∂L/∂w₁₁ = ∂L/∂(w₁₁x₁) × x₁ = 23,000 × 2000 = 46,000,000',
  '∂L/∂(w₁₂x₂) = ∂L/∂z₁ × 1 = 23,000 × 1 = 23,000',
  '∂L/∂w₁₂ = ∂L/∂(w₁₂x₂) × x₂ = 23,000 × 3 = 69,000',
  '∂L/∂a₂ = ∂L/∂(w₃₂a₂) × w₃₂ = 1150 × 15 = 17,250',
  '∂L/∂z₂ = ∂L/∂a₂ × ReLU′(z₂) = 17,250 × 1 = 17,250',
  '∂L/∂(w₂₁x₁) = ∂L/∂z₂ × 1 = 17,250 × 1 = 17,250',
  '∂L/∂w₂₁ = ∂L/∂(w₂₁x₁) × x₁ = 17,250 × 2000 = 34,500,000',
  '∂L/∂(w₂₂x₂) = ∂L/∂z₂ × 1 = 17,250 × 1 = 17,250',
  '∂L/∂w₂₂ = ∂L/∂(w₂₂x₂) × x₂ = 17,250 × 3 = 51,750',
  // By hand: x₁ feeds both hidden neurons, 23 + 34.5 = 57.5; x₂: 230,000 + 86,250 = 316,250.
  '∂L/∂x₁ = ∂L/∂(w₁₁x₁) × w₁₁ + ∂L/∂(w₂₁x₁) × w₂₁ = 23,000 × 0.001 + 17,250 × 0.002 = 57.5',
  '∂L/∂x₂ = ∂L/∂(w₁₂x₂) × w₁₂ + ∂L/∂(w₂₂x₂) × w₂₂ = 23,000 × 10 + 17,250 × 5 = 316,250',
  // Step 4, update (seed: "20 - (0.0000001 × 36,800) = 19.99632", "0.001 - … = -4.599"; the
  // document rounds w₃₂'s and w₂₂'s steps, by hand 15 − 0.002185 = 14.997815 and 5 − 0.005175 = 4.994825).
  `w₃₁ new = w₃₁ ${M} η × ∂L/∂w₃₁ = 20 ${M} 0.0000001 × 36,800 = 19.99632`,
  `w₃₂ new = w₃₂ ${M} η × ∂L/∂w₃₂ = 15 ${M} 0.0000001 × 21,850 = 14.997815`,
  `w₁₁ new = w₁₁ ${M} η × ∂L/∂w₁₁ = 0.001 ${M} 0.0000001 × 46,000,000 = ${M}4.599`,
  `w₁₂ new = w₁₂ ${M} η × ∂L/∂w₁₂ = 10 ${M} 0.0000001 × 69,000 = 9.9931`,
  `w₂₁ new = w₂₁ ${M} η × ∂L/∂w₂₁ = 0.002 ${M} 0.0000001 × 34,500,000 = ${M}3.448`,
  `w₂₂ new = w₂₂ ${M} η × ∂L/∂w₂₂ = 5 ${M} 0.0000001 × 51,750 = 4.994825`,
];

const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const equation = (page: Page) => page.locator('#nn-steps .nn-step-eq').textContent().then(clean);
const counter = (page: Page) => page.locator('#nn-steps .nn-step-count').textContent().then(clean);
const announced = (page: Page) => page.locator('.nn-explorer .nn-visually-hidden[role=status]').textContent().then(clean);

async function hydrated(page: Page): Promise<void> {
  await page.locator('#nn-steps').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#nn-steps')?.closest('astro-island')?.hasAttribute('ssr') === false, undefined, {
    timeout: HYDRATION_TIMEOUT_MS,
  });
}

describeInBrowser('the step-through', () => {
  const session = useBrowserSession();
  const opened: OpenedPage[] = [];
  const open = async (path: string, width?: number) => {
    const o = await openPage(session(), path, width ? { width } : {});
    opened.push(o);
    return o;
  };
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.context.close()));
  });

  test('the keyboard alone walks all 41 steps, each with the document’s numbers; Home and End jump', async () => {
    const { page, errors } = await open('/numerical-example/');
    // Without hydration the first step is already there, in the static HTML.
    expect(await equation(page)).toBe(WALK[0]);
    await hydrated(page);
    await page.focus('#nn-steps button[aria-label="Next step"]');
    for (const [i, want] of WALK.entries()) {
      await expect.poll(() => counter(page)).toMatch(new RegExp(`^Step ${i + 1} of 41`));
      expect(await equation(page)).toBe(want);
      if (i < WALK.length - 1) await page.keyboard.press('ArrowRight');
    }
    // The last step stays the last; ← goes back one; Home to the first, End to the last.
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe('Step 41 of 41 · Update');
    await page.keyboard.press('ArrowLeft');
    expect(await equation(page)).toBe(WALK[39]);
    await page.keyboard.press('Home');
    expect(await equation(page)).toBe(WALK[0]);
    await page.keyboard.press('End');
    expect(await equation(page)).toBe(WALK[40]);
    // Enter on a focused button works as a click: ◀ is one Shift+Tab back from ▶.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await counter(page)).toBe('Step 40 of 41 · Update');
    expect(errors).toEqual([]);
  });

  test('a step is a sentence for a screen reader, is kept in the address, and a weight’s gradient has its nudge check', async () => {
    const { page, errors } = await open('/numerical-example/?step=d-w11');
    await hydrated(page);
    await expect.poll(() => counter(page)).toBe('Step 25 of 41 · Backward pass');
    expect(await equation(page)).toBe(WALK[24]);
    // By hand: nudging w₁₁ by ±0.00001 moves z₁ by ±0.02 and the loss from 574.6² to 575.4², Δ = 920.
    expect(clean(await page.locator('#nn-steps .nn-nudge').textContent())).toBe(
      'Nudge check: moving w₁₁ by ±0.00001 changes the loss by Δ = 920, and Δ ÷ 0.00002 = 46,000,000, beside the chain rule’s 46,000,000.',
    );
    await page.click('#nn-steps button[aria-label="Previous step"]');
    await expect.poll(() => announced(page)).toBe('Step 24 of 41, backward: the gradient of w₁₁x₁ is ∂L/∂z₁ times 1, 23,000 × 1 = 23,000.');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('d-p11');
    // x₁ feeds both hidden neurons: the step says its gradient is a sum.
    await page.goto(page.url().replace('d-p11', 'd-x1'));
    await hydrated(page);
    await expect.poll(() => counter(page)).toBe('Step 34 of 41 · Backward pass');
    expect(clean(await page.locator('#nn-steps .nn-step-note').first().textContent())).toBe(
      'x₁ feeds 2 nodes, so its gradient is the sum of 2 terms, one for each.',
    );
    expect(errors).toEqual([]);
  });

  test('a shared link with a set-up and a step opens that step with the link’s numbers', async () => {
    // x₁ = 1000 (by hand): z₁ = 1000 × 0.001 + 3 × 10 = 31, so ∂L/∂w₁₁ = ∂L/∂z₁ × 1000.
    // ŷ = 31 × 20 + (2 + 15) × 15 = 620 + 255 = 875; ∂L/∂ŷ = 2 × (875 − 350) = 1050; ∂L/∂z₁ = 1050 × 20 = 21,000.
    const { page, errors } = await open(
      '/numerical-example/?x1=1000&x2=3&y=350&w11=0.001&w12=10&w21=0.002&w22=5&w31=20&w32=15&lr=1e-7&step=d-w11',
    );
    await hydrated(page);
    await expect.poll(() => equation(page)).toBe('∂L/∂w₁₁ = ∂L/∂(w₁₁x₁) × x₁ = 21,000 × 1000 = 21,000,000');
    // An unknown step is named and dropped, and the address is cleaned.
    await page.goto(new URL('/numerical-example/?step=nope&foo=1', page.url()).href);
    await hydrated(page);
    await expect.poll(() => page.locator('.nn-explorer .nn-banner-note').textContent()).toContain('foo (not a parameter of this example)');
    expect(await page.locator('.nn-explorer .nn-banner-note').textContent()).toContain('step (“nope” is not a step of this example)');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await counter(page)).toBe('Step 1 of 41 · Forward pass');
    expect(errors).toEqual([]);
  });

  test('guessing each number first: hidden until guessed or shown, a slip named, bad input refused', async () => {
    const { page, errors } = await open('/numerical-example/');
    await hydrated(page);
    const guess = page.locator('#nn-steps-guess');
    const verdict = page.locator('#nn-steps .nn-exercise-verdict');
    const tryGuess = async (typed: string) => {
      await guess.fill(typed);
      await guess.press('Enter');
    };
    await page.click('#nn-steps .nn-guess-toggle');
    expect(await page.locator('#nn-steps .nn-guess-toggle').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => equation(page)).toBe('w₁₁x₁ = w₁₁ × x₁ = 0.001 × 2000 = ?');
    // Nothing the walk has not reached is drawn: z₁ = 32 and ∂L/∂w₁₁ wait; the given weight is there.
    const drawn = () => page.locator('#nn-steps .nn-net-wide').textContent().then(clean);
    expect(await drawn()).toContain('z₁ = ?');
    expect(await drawn()).toContain('∂L/∂w₁₁ = ?');
    expect(await drawn()).toContain('w₁₁ = 0.001');
    expect(await announced(page)).not.toContain('= 2.');
    // 0.001 + 2000 is the sum a reader gets by adding; "twelve" is refused as any field refuses it.
    await tryGuess('2000.001');
    await expect.poll(() => verdict.textContent()).toBe('That adds the two numbers: this step multiplies them.');
    await tryGuess('twelve');
    expect(await page.locator('#nn-steps-guess-msg').textContent()).not.toBe('');
    expect(await guess.getAttribute('aria-invalid')).toBe('true');
    await tryGuess('2');
    await expect.poll(() => verdict.textContent()).toBe('Right: w₁₁x₁ = 2.');
    expect(await equation(page)).toBe(WALK[0]);
    // The next step hides its own number again; "Show the number" gives it.
    await page.click('#nn-steps button[aria-label="Next step"]');
    await expect.poll(() => equation(page)).toBe('w₁₂x₂ = w₁₂ × x₂ = 10 × 3 = ?');
    await page.click('#nn-steps button:has-text("Show the number")');
    await expect.poll(() => equation(page)).toBe(WALK[1]);
    // The error, 350 − 925 = −575: guessing 575 flips its sign.
    for (let i = 1; i < 12; i++) await page.click('#nn-steps button[aria-label="Next step"]');
    await expect.poll(() => equation(page)).toBe(`error = actual ${M} ŷ = 350 ${M} 925 = ?`);
    await tryGuess('575');
    await expect.poll(() => verdict.textContent()).toBe('The sign is flipped: look again at the signs of the numbers.');
    await tryGuess('-575');
    await expect.poll(() => equation(page)).toBe(WALK[12]);
    // Turned off, every number is back.
    await page.click('#nn-steps .nn-guess-toggle');
    await expect.poll(() => drawn()).not.toContain('= ?');
    expect(errors).toEqual([]);
  });

  describe('linked both ways with the chapter', () => {
    test.each([
      { quantity: 'house.z1', step: 3 },
      { quantity: 'house.zOut', step: 11 },
      { quantity: 'house.loss', step: 14 },
      { quantity: 'house.dOut', step: 17 },
      { quantity: 'house.dW31', step: 19 },
      { quantity: 'house.dz2', step: 29 },
      { quantity: 'house.dW11', step: 25 },
      { quantity: 'house.new.w11', step: 38 },
    ])('the equation of $quantity opens step $step, and its back link returns', async ({ quantity, step }) => {
      const { page, errors } = await open('/numerical-example/', 360);
      const eq = page.locator(`.eq[data-eq="${quantity}"]`).first();
      await expect.poll(() => eq.getAttribute('data-step'), { timeout: HYDRATION_TIMEOUT_MS }).not.toBeNull();
      await eq.scrollIntoViewIfNeeded();
      await eq.click();
      await hydrated(page);
      await expect.poll(() => counter(page), { timeout: HYDRATION_TIMEOUT_MS }).toMatch(new RegExp(`^Step ${step} of 41`));
      expect(await eq.getAttribute('class')).toContain('nn-step-origin');
      expect(await page.evaluate(() => document.getElementById('nn-steps')!.getBoundingClientRect().top)).toBeLessThan(200);
      await page.click('#nn-steps .nn-step-back');
      await expect.poll(() => eq.evaluate((e) => Math.abs(e.getBoundingClientRect().top) < 400)).toBe(true);
      expect(new URL(page.url()).hash).toBe(`#${await eq.getAttribute('id')}`);
      expect(errors).toEqual([]);
    });

    // Numbers in the prose (not in an equation): the sentence each sits in, and its step.
    test.each([
      { quantity: 'house.prediction', sentence: 'no activation on the output', step: 12 },
      { quantity: 'house.z1', sentence: 'Since the ReLU derivative is 1', step: 3 },
      { quantity: 'house.new.w32', sentence: 'so w₃₂ new', step: 37 },
      { quantity: 'house.dW21', sentence: 'A learning rate is only small', step: 31 },
      { quantity: 'house.loss', sentence: 'The loss went down from', step: 14 },
    ])('the number $quantity in “$sentence…” opens step $step, and its back link returns to it', async ({ quantity, sentence, step }) => {
      const { page, errors } = await open('/numerical-example/', 360);
      // The paragraph's text without its formulas' hidden search text ("w_32^new").
      const paragraph = page.locator('main p').filter({ has: page.locator(`[data-q="${quantity}"]`) });
      const texts = await paragraph.evaluateAll((ps) => ps.map((p) => (p as HTMLElement).innerText.replace(/\s+/g, ' ')));
      const number = paragraph
        .nth(texts.findIndex((t) => t.includes(sentence)))
        .locator(`[data-q="${quantity}"]`)
        .first();
      await expect.poll(() => number.getAttribute('data-step'), { timeout: HYDRATION_TIMEOUT_MS }).not.toBeNull();
      await number.scrollIntoViewIfNeeded();
      await number.click();
      await hydrated(page);
      await expect.poll(() => counter(page), { timeout: HYDRATION_TIMEOUT_MS }).toMatch(new RegExp(`^Step ${step} of 41`));
      expect(await equation(page)).toBe(WALK[step - 1]);
      expect(await number.getAttribute('class')).toContain('nn-step-origin');
      await page.click('#nn-steps .nn-step-back');
      await expect.poll(() => number.evaluate((e) => e === document.activeElement)).toBe(true);
      expect(await number.evaluate((e) => e.getBoundingClientRect().top > 0 && e.getBoundingClientRect().bottom < innerHeight)).toBe(true);
      expect(errors).toEqual([]);
    });

    test('every step the chapter shows has an equation to link back to, and that equation opens a step', async () => {
      const { page } = await open('/numerical-example/');
      const anchors = Object.keys(STEP_QUANTITIES).map((step) => equationAnchor(stepEquation(step)!));
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), anchors);
      expect(missing).toEqual([]);
      // 23 of them have an equation of their own: 5 forward values, the loss, 11 gradients and 6 updates.
      await expect.poll(() => page.locator('.eq[data-step]').count(), { timeout: HYDRATION_TIMEOUT_MS }).toBe(23);
    });

    test('Enter on a number of an equation opens its step', async () => {
      const { page, errors } = await open('/numerical-example/');
      const number = page.locator('.eq[data-eq="house.dW21"] [data-q="house.dW21"]').first();
      await number.focus();
      await page.keyboard.press('Enter');
      await hydrated(page);
      await expect.poll(() => counter(page)).toBe('Step 31 of 41 · Backward pass');
      expect(errors).toEqual([]);
    });
  });
});
