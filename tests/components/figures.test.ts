// The build-time figures, rendered through Astro's Container API: each is an inline SVG image
// whose accessible name (its <title> and <desc>, by aria-labelledby) states the figure's
// numbers. The expected numbers are the document's, or worked out by hand from them.
import { describe, expect, test } from 'vitest';
import LossCurves from '../../src/components/figures/LossCurves.astro';
import LossParabola from '../../src/components/figures/LossParabola.astro';
import NetworkDiagram from '../../src/components/figures/NetworkDiagram.astro';
import ReluCurve from '../../src/components/figures/ReluCurve.astro';
import { render } from './render';

const MINUS = '\u2212';

describe.each([
  // Weights and activation: 2000 × 0.5 + 8 × 3.0 = 1024, ReLU(1024) = 1024, ReLU(−50) = 0.
  { figure: 'ReluCurve', component: ReluCurve, numbers: ['ReLU(1024) = 1024', `ReLU(${MINUS}50) = 0`] },
  // Step 1 and step 3 of the worked example.
  {
    figure: 'NetworkDiagram',
    component: NetworkDiagram,
    numbers: [
      '2000',
      'z₁ = 32',
      'z₂ = 19',
      'z_out = 925',
      '330,625',
      '= 1150',
      '23,000',
      '17,250',
      '46,000,000',
      '69,000',
      '34,500,000',
      '51,750',
      '36,800',
      '21,850',
      'w₁₁ = 0.001',
      'w₃₂ = 15',
    ],
  },
  // (350 − 925)² = 330,625; slope 2 × (925 − 350) = 1150; minimum at 350.
  { figure: 'LossParabola', component: LossParabola, numbers: ['350', '925', '330,625', 'slope 1150'] },
  // Loss 330,625 before the update, (350 − 0)² = 122,500 after it, and still after 1000 more.
  { figure: 'LossCurves', component: LossCurves, numbers: ['330,625', '122,500', 'after 1000 more iterations'] },
])('$figure', ({ component, numbers }) => {
  test('is a captioned figure holding an SVG image', async () => {
    const { root } = await render(component);
    const figure = root.querySelector('figure')!;
    expect(figure.querySelector('figcaption')?.textContent.trim()).not.toBe('');
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });

  test('its accessible name states the numbers', async () => {
    const { root } = await render(component);
    const svg = root.querySelector('svg')!;
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    const name = ids.map((id) => root.querySelector(`#${id}`)?.textContent ?? '').join(' ');
    for (const n of numbers) expect(name).toContain(n);
  });

  test('shows numbers without tagging them as quantities, and without floating-point noise', async () => {
    const { root, html } = await render(component);
    // The verification tests count data-q elements; a figure's labels are not quantities in prose.
    expect(root.querySelectorAll('[data-q]')).toHaveLength(0);
    const text = root
      .querySelectorAll('text, title, desc')
      .map((el) => el.textContent)
      .join(' ');
    expect(text).not.toMatch(/NaN|undefined|Infinity|\d\.\d*(9{8,}|0{8,})/);
    expect(html).not.toMatch(/<script/);
  });
});
