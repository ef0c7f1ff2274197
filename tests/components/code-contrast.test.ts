// The swap that makes the two themes' failing token colours pass WCAG AA: which
// colours it swaps, what it leaves alone, and that each replacement really reaches 4.5:1
// (by the WCAG 2 relative-luminance formula, written out here).
import { describe, expect, test } from 'vitest';
import { accessibleCodeColours } from '../../src/components/helpers/code-contrast';

const run = accessibleCodeColours;

function luminance(hex: string): number {
  const [r, g, b] = hex
    .slice(1)
    .match(/../g)!
    .map((h) => {
      const c = parseInt(h, 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('accessibleCodeColours', () => {
  test.each([
    // github-light's parameter orange on its white background.
    { input: 'style="color:#E36209;--shiki-dark:#FFAB70"', output: 'style="color:#B35000;--shiki-dark:#FFAB70"' },
    // github-dark's comment grey, whatever the case of the hex digits.
    { input: 'style="color:#6A737D;--shiki-dark:#6a737d"', output: 'style="color:#6A737D;--shiki-dark:#959DA5"' },
    // Backgrounds are not text: left alone even with a listed colour.
    {
      input: 'style="background-color:#E36209;--shiki-dark-bg:#6A737D"',
      output: 'style="background-color:#E36209;--shiki-dark-bg:#6A737D"',
    },
    // Colours that already pass are untouched.
    { input: 'style="color:#D73A49;--shiki-dark:#F97583"', output: 'style="color:#D73A49;--shiki-dark:#F97583"' },
  ])('$input', ({ input, output }) => {
    expect(run(input)).toBe(output);
  });

  test.each([
    { colour: '#B35000', background: '#ffffff', theme: 'github-light' },
    { colour: '#959DA5', background: '#24292e', theme: 'github-dark' },
  ])('$colour on $theme ($background) meets 4.5:1', ({ colour, background }) => {
    expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
  });
});
