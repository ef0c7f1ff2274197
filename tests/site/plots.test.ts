// The live plots as built (issue 13): ticks on both axes, ranges that make sense for the
// quantity, and a legend for every named stroke. The expected ticks are worked out by hand from
// the chapter's numbers and the plot's rules (a domain widened to round ticks of 1, 2 or 5 × 10ⁿ).
import { describe, expect, test } from 'vitest';
import { builtPage } from '../support/site-files';

function lossPlot(path: string) {
  const plot = builtPage(path).root.querySelector('.nn-plot');
  if (!plot) throw new Error(`no live plot on ${path}`);
  const texts = (selector: string) => plot.querySelectorAll(selector).map((e) => e.textContent.trim());
  return {
    yTicks: texts('.nn-plot-yticks > span'),
    xTicks: texts('.nn-plot-xticks > span'),
    caption: plot.querySelector('.nn-plot-caption')!.textContent.trim(),
    drawnClasses: plot.querySelectorAll('svg[role=img] path').map((p) => p.getAttribute('class')),
  };
}

describe('the loss parabola of the gradient chapter (actual 350, predicted 925)', () => {
  const plot = lossPlot('/gradient-explanation/');

  test('starts at a price of 0, not at 350 − 1.5 × 575 = −512.5, and ends at the round 1500', () => {
    // 350 + 862.5 = 1212.5, widened to the next multiple of 500.
    expect(plot.xTicks).toEqual(['0', '500', '1000', '1500']);
  });

  test('has y ticks from a loss of 0 up to (1500 − 350)² = 1,322,500, widened to 1.5 × 10⁶', () => {
    expect(plot.yTicks).toEqual(['0', '5 × 10⁵', '1 × 10⁶', '1.5 × 10⁶']);
  });

  test('names each stroke by the stroke it is drawn with: only the ½ loss is dashed', () => {
    expect(plot.caption).toBe('predicted (thick: loss, dashed: ½ loss, thin: the tangent, its slope the gradient)');
    expect(plot.drawnClasses).toEqual(['nn-curve', 'nn-curve-alt', 'nn-plot-tangent']);
  });
});

test('the activation example plots ReLU of −50 with round ticks on both axes', () => {
  const plot = builtPage('/core-concepts/')
    .root.querySelectorAll('.nn-example')
    .find((e) => e.querySelector('#activation-name'))!
    .querySelector('.nn-plot')!;
  const ticks = (s: string) => plot.querySelectorAll(s).map((e) => e.textContent.trim());
  // x over ±(1.25 × 50) = ±62.5: ticks every 50; ReLU from 0 to 62.5, widened by 8 %: every 20.
  expect(ticks('.nn-plot-xticks > span')).toEqual(['−50', '0', '50']);
  expect(ticks('.nn-plot-yticks > span')).toEqual(['0', '20', '40', '60']);
});

test("the training playground's fit chart has round ticks under the houses' sizes and beside their prices", () => {
  const plot = builtPage('/training/').root.querySelector('.tp .nn-plot')!;
  const ticks = (s: string) => plot.querySelectorAll(s).map((e) => e.textContent.trim());
  // Sizes run from 830 to 3190 sq ft (data/houses-*.csv), widened by 8 % of the range to 641.2
  // and 3378.8: about four steps of 1, 2 or 5 × 10ⁿ across 2737.6 are steps of 1000.
  expect(ticks('.nn-plot-xticks > span')).toEqual(['1000', '2000', '3000']);
  // Prices run from 175.8 to 458 and the untrained first fit lies near 0, so the axis reaches
  // from below 0 to above 458 in half-hundreds, −50 to 500: steps of 200 inside it.
  expect(plot.querySelector('.nn-plot-y')!.textContent.trim()).toBe('↑ price_k (−50 to 500)');
  expect(ticks('.nn-plot-yticks > span')).toEqual(['0', '200', '400']);
});
