// The training playground in Chromium against the built site: it learns the shipped houses with
// scaling on, fails without scaling as the chapter says, diverges at a large learning rate with
// the step named, trains on pasted data, and refuses each kind of bad CSV beside the field while
// the previous data stays. Thresholds come from the data rule's documented noise, not from runs.
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { HOUSE_RULE } from '../../engine/houses';
import { describeInBrowser, openPage, useBrowserSession, type OpenedPage } from '../support/browser';

const WAIT = { timeout: 60_000, interval: 200 };
/** Training runs at one epoch per frame, and a busy machine draws few frames. */
const LONG = 120_000;
const PLAYGROUND = 'section.tp';

/** The text of a result line, with the formatter's "≈", thin spaces and minus signs made plain. */
const text = async (page: Page, selector: string) =>
  ((await page.locator(`${PLAYGROUND} ${selector}`).textContent()) ?? '').replaceAll('\u202F', ' ').replaceAll('\u2212', '-').trim();

/** Epoch, training MSE and test MSE from the progress line. */
async function progress(page: Page) {
  const line = await text(page, '[data-result="progress"]');
  const [epoch, , train, test] = [...line.replaceAll(',', '').matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => Number(m[0]));
  return { epoch: epoch!, train: train!, test: test!, line };
}

async function hydrated(page: Page) {
  await page.locator(PLAYGROUND).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => document.querySelector(sel)?.closest('astro-island')?.hasAttribute('ssr') === false, PLAYGROUND, {
    timeout: 10_000,
  });
}

describeInBrowser('training playground', () => {
  const session = useBrowserSession();
  const opened: OpenedPage[] = [];
  const open = async (query = '') => {
    const o = await openPage(session(), `/training/${query}`);
    opened.push(o);
    await hydrated(o.page);
    return o;
  };
  afterAll(async () => {
    for (const o of opened) await o.context.close();
  });

  test(
    'converges on the houses with scaling on: test MSE below twice the noise variance',
    async () => {
      const { page, errors } = await open();
      await page.getByRole('button', { name: 'Play' }).click();
      await expect.poll(async () => (await progress(page)).epoch, WAIT).toBeGreaterThanOrEqual(300);
      expect(await page.locator(`${PLAYGROUND} .tp-network title`).count()).toBe(0);
      await page.getByRole('button', { name: 'Pause' }).click();
      // The rule's noise has standard deviation σ: a perfect fit's expected test MSE is σ²; twice that
      // leaves room for 12 test houses' sampling error and a fit that is close but not exact.
      const limit = 2 * HOUSE_RULE.noise ** 2;
      expect((await progress(page)).test).toBeLessThan(limit);
      // Left out while it plays, the weights' tooltips are back once it pauses: one per edge and unit of 2-8-1.
      await expect.poll(() => page.locator(`${PLAYGROUND} .tp-network title`).count(), WAIT).toBe(2 * 8 + 8 + 2 + 8 + 1);
      // …and so is the list of weights for touch and keyboard: one line per unit of the hidden layer and the output.
      expect(await page.locator(`${PLAYGROUND} .tp-weights p > span`).count()).toBe(8 + 1);
      expect(page.url()).not.toContain('?');
      expect(errors).toEqual([]);
    },
    LONG,
  );

  test('without scaling, the 2-2-1 ReLU network without biases stalls with both units dead, as the chapter says', async () => {
    const { page, errors } = await open('?layers=2&bias=0&scale=0&lr=0.000001');
    await page.getByRole('button', { name: 'One epoch' }).click();
    await page.getByRole('button', { name: 'One epoch' }).click();
    const alert = page.locator(`${PLAYGROUND} [data-result="status"]`);
    await expect.poll(() => alert.count(), WAIT).toBe(1);
    expect(await alert.textContent()).toMatch(/^Stalled at step 2: the ReLU units layer 1 unit 1, layer 1 unit 2 output 0/);
    expect(errors).toEqual([]);
  });

  test('diverges at learning rate 0.01, names the step, and never shows NaN or ∞', async () => {
    const { page, errors } = await open('?lr=0.01');
    await page.getByRole('button', { name: 'Play' }).click();
    const alert = page.locator(`${PLAYGROUND} [data-result="status"]`);
    await expect.poll(() => alert.count(), WAIT).toBe(1);
    expect(await alert.textContent()).toMatch(/^Diverged at step \d+: .* overflowed/);
    // The price axis keeps the houses readable and says that the last finite fit is beyond it.
    expect(await text(page, '.nn-plot-y >> nth=0')).toMatch(/^↑ price_k \(-?\d+ to \d+\); the fit runs off the chart$/);
    const shown = (await page.locator(PLAYGROUND).innerText()).toLowerCase();
    for (const bad of ['nan', '∞', 'infinity', 'undefined', 'not a number']) expect(shown).not.toContain(bad);
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count(), WAIT).toBe(1);
    expect(errors).toEqual([]);
  });

  test(
    'a pasted CSV trains: y = 2x + 1 is learned by a network with biases',
    async () => {
      const { page, errors } = await open();
      const rows = Array.from({ length: 20 }, (_, i) => `${i / 4},${2 * (i / 4) + 1}`);
      await page.locator('#tp-csv').fill(['x,y', ...rows].join('\n'));
      await page.getByRole('button', { name: 'Train on this data' }).click();
      await expect.poll(() => text(page, '[data-result="data"]'), WAIT).toContain('Training on your data');
      await page.locator('#tp-rate').fill('0.03');
      await expect.poll(() => page.url(), WAIT).toContain('lr=0.03');
      expect(await text(page, '[data-result="data"]')).toContain('Training on your data');
      await page.getByRole('button', { name: 'Play' }).click();
      await expect.poll(async () => (await progress(page)).epoch, WAIT).toBeGreaterThanOrEqual(100);
      await page.getByRole('button', { name: 'Pause' }).click();
      // The targets run from 1 to 10.5 with no noise: the untrained network's MSE is tens;
      // after training it is well below 1.
      expect((await progress(page)).train).toBeLessThan(1);
      expect(await page.locator('#tp-csv-msg').textContent()).toBe('');
      expect(errors).toEqual([]);
    },
    LONG,
  );

  const five = ['1,2,3', '2,3,4', '3,4,5', '4,5,6', '5,6,7'];
  test.each([
    { why: 'an empty text', csv: '', says: 'File is empty.' },
    {
      why: 'a row with too few columns',
      csv: ['a,b,y', '1,2,3', '2,3', '3,4,5', '4,5,6', '5,6,7'].join('\n'),
      says: 'Line 3 has 2 columns; line 1 has 3.',
    },
    {
      why: 'text in a number column',
      csv: ['a,b,y', '1,2,3', '2,x,4', ...five.slice(2)].join('\n'),
      says: 'Line 3, column 2 (b) is not a number',
    },
    {
      why: 'a missing value',
      csv: ['a,b,y', '1,2,', ...five.slice(1)].join('\n'),
      says: 'Line 2, column 3 (y) is empty: a missing value.',
    },
    { why: 'four columns', csv: '1,2,3,4\n5,6,7,8', says: 'Line 1 has 4 columns' },
  ])('refuses $why beside the field and keeps the houses', async ({ csv, says }) => {
    const { page, errors } = await open();
    await page.locator('#tp-csv').fill(csv);
    await page.getByRole('button', { name: 'Train on this data' }).click();
    await expect.poll(() => page.locator('#tp-csv-msg').textContent(), WAIT).toContain(says);
    expect(await page.locator('#tp-csv').getAttribute('aria-invalid')).toBe('true');
    expect(await text(page, '[data-result="data"]')).toContain('Training on the houses');
    expect(errors).toEqual([]);
  });

  test(
    'refuses a 10 MB file opened from disk, and keeps the houses',
    async () => {
      const { page, errors } = await open();
      const big = `x,y\n${'1,2\n'.repeat(2_700_000)}`;
      await page
        .locator(`${PLAYGROUND} input[type="file"]`)
        .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
      await expect.poll(() => page.locator('#tp-csv-msg').textContent(), WAIT).toMatch(/^File is .*MB; the limit is/);
      expect(await text(page, '[data-result="data"]')).toContain('Training on the houses');
      expect(errors).toEqual([]);
    },
    LONG,
  );

  test('a refused learning rate gets a message beside its field; a good one goes into the URL', async () => {
    const { page, errors } = await open();
    await page.locator('#tp-rate').fill('-1');
    await expect.poll(() => page.locator('#tp-rate-msg').textContent(), WAIT).toBe('The learning rate must be greater than 0.');
    await page.locator('#tp-rate').fill('0.003');
    await expect.poll(() => page.url(), WAIT).toContain('lr=0.003');
    await page.locator(`${PLAYGROUND} select`).nth(2).selectOption('tanh');
    await expect.poll(() => page.url(), WAIT).toContain('act=tanh');
    expect(errors).toEqual([]);
  });
});
