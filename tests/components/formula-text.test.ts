// Formulas as the search index reads them: expected texts written by hand from the TeX.
import { expect, test } from 'vitest';
import { formulaText } from '../../src/markdown/formula-text';

test.each([
  [
    '\\frac{d\\,\\text{Loss}}{d z_{\\text{out}}} = 2 \\times (\\text{predicted} - \\text{actual})',
    'dLoss/dz_out = 2 × (predicted − actual)',
  ],
  ['\\text{Loss} = (\\text{actual} - \\text{predicted})^2', 'Loss = (actual − predicted)²'],
  ['\\frac{\\partial L}{\\partial a_j}', '∂L/∂a_j'],
  ['\\frac{L(p+h) - L(p-h)}{2h}', '(L(p + h) − L(p − h))/2h'],
  ['w^{\\text{new}} = w^{\\text{old}} - \\eta \\times \\text{gradient}', 'w^new = w^old − η × gradient'],
  ['2 \\times \\href{#q:x}{-20{,}000}', '2 × −20,000'],
  ['\\displaystyle = \\href{#q:y}{\\approx 0.8808}', '= ≈ 0.8808'],
])('%s reads "%s"', (tex, text) => {
  expect(formulaText(tex)).toBe(text);
});
