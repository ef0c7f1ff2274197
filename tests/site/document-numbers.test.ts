// The source document's own numbers, found on the built pages at the quantity that should
// show them. Expected values are copied from the document (or, where the document is wrong,
// from the hand calculation in the issue), never read from the engine.
import { describe, expect, test } from 'vitest';
import { builtPage, visibleText } from '../support/site-files';

const normalise = (s: string) => s.replace(/[\s\u2009]/g, '').replace(/\u2212/g, '-');

function shownOn(path: string, id: string): string[] {
  const els = builtPage(path).root.querySelectorAll(`[data-q="${id}"]`);
  return els.map((el) => normalise(visibleText(el)));
}

const NUMERICAL = '/numerical-example/';
const CORE = '/core-concepts/';

describe("the document's numbers appear where the document puts them", () => {
  test.each([
    // Step 1, forward pass
    { page: NUMERICAL, id: 'house.z1', want: '32', source: 'step 1: z₁ = 2 + 30 = 32' },
    { page: NUMERICAL, id: 'house.a1', want: '32', source: 'step 1: a₁ = ReLU(32) = 32' },
    { page: NUMERICAL, id: 'house.z2', want: '19', source: 'step 1: z₂ = 4 + 15 = 19' },
    { page: NUMERICAL, id: 'house.a2', want: '19', source: 'step 1: a₂ = ReLU(19) = 19' },
    { page: NUMERICAL, id: 'house.zOut', want: '925', source: 'step 1: z_out = 640 + 285 = 925' },
    // Step 2, loss
    { page: NUMERICAL, id: 'house.loss', want: '330,625', source: 'step 2: (350 − 925)² = 330,625' },
    // Step 3, backpropagation
    { page: NUMERICAL, id: 'house.dOut', want: '1150', source: 'step 3: 2 × (925 − 350) = 1150' },
    { page: NUMERICAL, id: 'house.dW31', want: '36,800', source: 'step 3: 1150 × 32' },
    { page: NUMERICAL, id: 'house.dW32', want: '21,850', source: 'step 3: 1150 × 19' },
    { page: NUMERICAL, id: 'house.da1', want: '23,000', source: 'step 3: 1150 × 20' },
    { page: NUMERICAL, id: 'house.da2', want: '17,250', source: 'step 3: 1150 × 15' },
    { page: NUMERICAL, id: 'house.dW11', want: '46,000,000', source: 'step 3: 23,000 × 2000' },
    { page: NUMERICAL, id: 'house.dW12', want: '69,000', source: 'step 3: 23,000 × 3' },
    { page: NUMERICAL, id: 'house.dW21', want: '34,500,000', source: 'step 3: 17,250 × 2000' },
    { page: NUMERICAL, id: 'house.dW22', want: '51,750', source: 'step 3: 17,250 × 3' },
    // Step 4, update (w32 and w22 as computed exactly, see the correction)
    { page: NUMERICAL, id: 'house.new.w31', want: '19.99632', source: 'step 4: 20 − 0.00368' },
    { page: NUMERICAL, id: 'house.new.w11', want: '-4.599', source: 'step 4: 0.001 − 4.6' },
    { page: NUMERICAL, id: 'house.new.w12', want: '9.9931', source: 'step 4: 10 − 0.0069' },
    { page: NUMERICAL, id: 'house.new.w21', want: '-3.448', source: 'step 4: 0.002 − 3.45' },
    { page: NUMERICAL, id: 'house.new.w32', want: '14.997815', source: 'by hand: 15 − 0.002185' },
    { page: NUMERICAL, id: 'house.new.w22', want: '4.994825', source: 'by hand: 5 − 0.005175' },
    // Step 5, the next pass
    { page: NUMERICAL, id: 'house.next.a1', want: '0', source: 'step 5: ReLU(−9168) = 0' },
    { page: NUMERICAL, id: 'house.next.a2', want: '0', source: 'step 5: ReLU(−6881) = 0' },
    { page: NUMERICAL, id: 'house.next.loss', want: '122,500', source: 'step 5: (350 − 0)²' },
    // Core concepts
    { page: CORE, id: 'overview.output', want: '1024', source: 'weights: 1000 + 24' },
    { page: CORE, id: 'overview.priceLoss', want: '400,000,000', source: 'loss: (500,000 − 480,000)²' },
  ])('$id shows $want ($source)', ({ page, id, want }) => {
    const shown = shownOn(page, id);
    expect(shown.length, `${id} is not on ${page}`).toBeGreaterThan(0);
    for (const text of shown) expect(text).toBe(want);
  });

  test.each([
    { id: 'house.next.z1', near: -9168, source: 'step 5: ReLU(−9168)' },
    { id: 'house.next.z2', near: -6881, source: 'step 5: ReLU(−6881)' },
  ])('$id is shown near $near ($source)', ({ id, near }) => {
    const shown = shownOn(NUMERICAL, id);
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) {
      const n = Number(text.replace(/^≈/, '').replace(/,/g, ''));
      expect(Math.abs(n - near)).toBeLessThan(1);
    }
  });
});
