// Q and Eq, rendered through Astro's Container API: the number a reader sees, and the attributes
// that carry its name and unrounded value. Expected texts are worked out by hand from the
// document's values, not read from the engine.
import { describe, expect, test } from 'vitest';
import Eq from '../../src/components/Eq.astro';
import Q from '../../src/components/Q.astro';
import { numericalExample as house } from '../../engine/quantities/numerical-example';
import { computed } from '../../engine/quantity';
import { render } from './render';

describe('Q shows a quantity in prose', () => {
  test.each([
    // 2000 × 0.001 + 3 × 10 = 2 + 30 = 32
    { q: house.forward.z1, id: 'house.z1', text: '32', value: '32' },
    // (350 − 925)² = 575² = 330,625: five digits or more get separators
    { q: house.loss.loss, id: 'house.loss', text: '330,625', value: '330625' },
    // 23,000 × 2000 = 46,000,000
    { q: house.backward.dW11, id: 'house.dW11', text: '46,000,000', value: '46000000' },
    // 0.001 − 10⁻⁷ × 46,000,000 = 0.001 − 4.6 = −4.599, written with a true minus sign
    { q: house.update.w11.value, id: 'house.new.w11', text: '\u22124.599', value: '-4.599' },
  ])('$id shows $text', async ({ q, id, text, value }) => {
    const { root } = await render(Q, { of: q });
    const el = root.querySelector('[data-q]')!;
    expect(el.getAttribute('data-q')).toBe(id);
    expect(el.textContent).toBe(text);
    // The unrounded value, compared as a number: floating-point rounding may leave a last-digit trace.
    expect(Number(el.getAttribute('data-value'))).toBeCloseTo(Number(value), 9);
    // An exact number is not said again in its tip, which sits beside it.
    expect(el.getAttribute('data-tip')).not.toContain(text);
  });

  test('a rounded number: its tip gives the unrounded value', async () => {
    const third = computed('test.third', { label: 'a third', formula: '1 ÷ 3', value: 1 / 3, format: { decimals: 2 } });
    const { root } = await render(Q, { of: third });
    const el = root.querySelector('[data-q]')!;
    expect(el.textContent).toBe('≈\u202F0.33');
    expect(el.getAttribute('data-tip')).toMatch(/^a third = 1 ÷ 3 = 0\.3333333333/);
  });
});

describe('Eq typesets a calculation with KaTeX', () => {
  test('z₁ = (2000 × 0.001) + (3 × 10) = 2 + 30 = 32, every number tagged', async () => {
    const { html, root } = await render(Eq, { of: house.forward.z1 });
    // KaTeX wrote it as MathML, starting with the symbol z₁ as a subscript.
    expect(html).toContain('<math');
    expect(root.querySelector('math msub')?.textContent).toBe('z1');
    const tagged = root.querySelectorAll('[data-q]').map((el) => [el.getAttribute('data-q'), el.textContent.trim()]);
    expect(tagged).toEqual([
      ['house.size', '2000'],
      ['house.w11', '0.001'],
      ['house.bedrooms', '3'],
      ['house.w12', '10'],
      ['house.p11', '2'],
      ['house.p12', '30'],
      ['house.z1', '32'],
    ]);
    expect(root.querySelector('[data-q="house.z1"]')!.getAttribute('data-value')).toBe('32');
  });
});
