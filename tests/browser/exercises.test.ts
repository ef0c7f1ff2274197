// The exercises in Chromium against the built site. In every chapter, one exercise is answered with a known slip (the hint names it and links to the chapter's
// equation), with bad input (the live examples' messages), then rightly; its solution opens; new
// numbers change the question and the address; and reloading that address shows the same
// numbers. Right answers are worked out here by hand from the givens the page shows, never read
// from the code under test. Also: without JavaScript the fixed version and its answer are there,
// and with storage that throws, checking still works and nothing reaches the console.
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { parseNumber } from '../../src/islands/shared/parse-number';
import { describeInBrowser, openPage, useBrowserSession, type OpenedPage } from '../support/browser';

const HYDRATION_TIMEOUT_MS = 10_000;

type Givens = Record<string, number>;

const relu = (z: number) => Math.max(0, z);

interface Row {
  chapter: string;
  exercise: string;
  /** Where the hint of the slip below links to. */
  equation: string;
  answer: (g: Givens) => number;
  slip: (g: Givens) => number;
  slipSays: RegExp;
  /** Exercises in the chapter, for the progress line. */
  inChapter: number;
}

const ROWS: Row[] = [
  {
    chapter: 'core-concepts',
    exercise: 'weighted-sum',
    equation: '/core-concepts/#weights',
    answer: (g) => g.size! * g.w1! + g.location! * g.w2!,
    slip: (g) => g.size! + g.w1! + g.location! + g.w2!,
    slipSays: /multiplies them/,
    inChapter: 3,
  },
  {
    chapter: 'numerical-example',
    exercise: 'forward-pass',
    equation: '/numerical-example/#step-1-forward-pass',
    // By hand: z = x·w, a = max(0, z), prediction = a₁w₃₁ + a₂w₃₂ (the output has no ReLU).
    answer: (g) => relu(g.x1! * g.w11! + g.x2! * g.w12!) * g.w31! + relu(g.x1! * g.w21! + g.x2! * g.w22!) * g.w32!,
    // The slip: each activation added to its output weight instead of multiplied by it.
    slip: (g) => relu(g.x1! * g.w11! + g.x2! * g.w12!) + g.w31! + relu(g.x1! * g.w21! + g.x2! * g.w22!) + g.w32!,
    slipSays: /adds each activation to its weight/,
    inChapter: 3,
  },
  {
    chapter: 'gradient-explanation',
    exercise: 'loss-gradient',
    equation: '/gradient-explanation/#taking-the-derivative',
    answer: (g) => 2 * (g.predicted! - g.actual!),
    slip: (g) => 2 * (g.actual! - g.predicted!),
    slipSays: /sign is flipped/,
    inChapter: 2,
  },
  {
    chapter: 'derivative-deep-dive',
    exercise: 'sign-chain',
    equation: '/derivative-deep-dive/#putting-it-all-together',
    answer: (g) => 2 * (g.predicted! - g.actual!),
    slip: (g) => 2 * (g.actual! - g.predicted!),
    slipSays: /sign is flipped/,
    inChapter: 2,
  },
  {
    chapter: 'training',
    exercise: 'one-step',
    equation: '/training/#on-a-one-dimensional-loss',
    answer: (g) => g.p! - g.learningRate! * 2 * (g.p! - g.actual!),
    slip: (g) => g.p! - 2 * (g.p! - g.actual!),
    slipSays: /learning rate is missing/,
    inChapter: 2,
  },
];

/** The givens as the question shows them: "2,000" and "−0.3" read back as numbers. */
async function givensShown(page: Page, exercise: string): Promise<Givens> {
  const pairs = await page
    .locator(`#exercise-${exercise} .nn-exercise-question [data-n]`)
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-n')!, el.textContent!] as const));
  return Object.fromEntries(pairs.map(([key, shown]) => [key, Number(shown.replace(/\u2212/g, '-').replace(/,/g, ''))]));
}

async function hydrated(page: Page, exercise: string): Promise<void> {
  // By id each time: a link's numbers replace the exercise's build-time HTML once its code loads.
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), `exercise-${exercise}`);
  await page.waitForFunction(
    (id) => document.getElementById(id)?.closest('astro-island')?.hasAttribute('ssr') === false,
    `exercise-${exercise}`,
    {
      timeout: HYDRATION_TIMEOUT_MS,
    },
  );
}

/** Types into the answer field and presses Enter, as a keyboard user would. */
async function answer(page: Page, exercise: string, typed: string): Promise<void> {
  const field = page.locator(`#exercise-${exercise}-answer`);
  await field.fill(typed);
  await field.press('Enter');
}

const verdict = (page: Page, exercise: string) => page.locator(`#exercise-${exercise} [role=status]`);

describeInBrowser('exercises', () => {
  const session = useBrowserSession();
  const opened: OpenedPage[] = [];
  const open = async (path: string, options?: Parameters<typeof openPage>[2]) => {
    const o = await openPage(session(), path, options);
    opened.push(o);
    return o;
  };
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.context.close()));
  });

  test.each(ROWS)('$chapter: $exercise wrongly, badly, rightly; solution; new numbers; a link keeps them', async (row) => {
    const { page, errors } = await open(`/${row.chapter}/`);
    const id = row.exercise;
    await hydrated(page, id);
    const g = await givensShown(page, id);

    await answer(page, id, String(row.slip(g)));
    await expect.poll(() => verdict(page, id).innerText()).toMatch(row.slipSays);
    expect(await verdict(page, id).locator('a').getAttribute('href')).toBe(row.equation);

    // The live examples' own messages, word for word.
    for (const typed of ['twelve', '', '1e400']) {
      await answer(page, id, typed);
      const refused = parseNumber(typed);
      expect(await page.locator(`#exercise-${id}-answer-msg`).innerText()).toBe(refused.ok ? '' : refused.message);
      expect(await page.locator(`#exercise-${id}-answer`).getAttribute('aria-invalid')).toBe('true');
    }

    await answer(page, id, String(row.answer(g)));
    await expect.poll(() => verdict(page, id).innerText()).toMatch(/^Right/);
    expect(await page.locator(`#exercise-${id}-answer`).getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => page.locator(`#exercise-${id} .nn-exercise-progress`).innerText()).toMatch(new RegExp(`of ${row.inChapter}`));

    const summary = page.locator(`#exercise-${id} summary`);
    await summary.focus();
    await summary.press('Enter');
    expect(await page.locator(`#exercise-${id} .nn-exercise-steps`).isVisible()).toBe(true);

    await page.locator(`#exercise-${id} [data-new-numbers]`).press('Enter');
    await expect.poll(() => page.url()).toMatch(new RegExp(`[?&]exercise-${id}=\\d+#exercise-${id}$`));
    const fresh = await givensShown(page, id);
    expect(fresh).not.toEqual(g);
    // The solution of the new numbers starts closed; the right answer for them is right.
    expect(await page.locator(`#exercise-${id} .nn-exercise-steps`).isVisible()).toBe(false);
    await answer(page, id, String(row.answer(fresh)));
    await expect.poll(() => verdict(page, id).innerText()).toMatch(/^Right/);

    const link = page.url();
    await page.reload({ waitUntil: 'load' });
    await hydrated(page, id);
    await expect.poll(() => givensShown(page, id)).toEqual(fresh);
    expect(page.url()).toBe(link);
    expect(errors).toEqual([]);
  });

  test('without JavaScript: the fixed version with its answer in a <details>', async () => {
    const { page } = await open('/numerical-example/', { javaScriptEnabled: false });
    const g = await givensShown(page, 'forward-pass');
    // By hand, as in the numerical example's row above.
    const want = relu(g.x1! * g.w11! + g.x2! * g.w12!) * g.w31! + relu(g.x1! * g.w21! + g.x2! * g.w22!) * g.w32!;
    const details = page.locator('#exercise-forward-pass details');
    await details.locator('summary').click();
    const shown = await details.locator('p strong').innerText();
    expect(Number(shown.replace(/\u2212/g, '-').replace(/,/g, ''))).toBe(want);
  });

  test('storage that throws: answers are still checked, progress kept for the page, nothing on the console', async () => {
    const o = await open('/gradient-explanation/');
    await o.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await o.page.reload({ waitUntil: 'load' });
    await hydrated(o.page, 'half-loss-gradient');
    const g = await givensShown(o.page, 'half-loss-gradient');
    await answer(o.page, 'half-loss-gradient', String(g.predicted! - g.actual!));
    await expect.poll(() => verdict(o.page, 'half-loss-gradient').innerText()).toMatch(/^Right/);
    expect(await o.page.locator('#exercise-half-loss-gradient .nn-exercise-progress').innerText()).toMatch(/1 of 2/);
    expect(o.errors).toEqual([]);
  });
});
