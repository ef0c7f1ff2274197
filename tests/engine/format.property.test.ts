// Issue 10: the formatter writes every finite double, subnormals to ±1.7976931348623157e308, in
// one of its documented forms, under any option, and never as NaN, ∞, "undefined" or
// "not a number". fast-check's double arbitrary favours the edges (±0, the smallest subnormal,
// the largest double, values next to powers of two), which is where "≈ 0.NaN" hid.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatNumber, formatTex, type DisplayFormat } from '../../engine';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const format: fc.Arbitrary<DisplayFormat> = fc.record(
  {
    decimals: fc.integer({ min: 0, max: 30 }),
    minDecimals: fc.integer({ min: 0, max: 12 }),
    significant: fc.integer({ min: 1, max: 17 }),
  },
  { requiredKeys: [] },
);

/** "≈ " if rounded, a true minus, digits with separators from 5 digits on, or "m × 10ⁿ". */
const WRITTEN = /^(≈\u202F)?\u2212?(\d{1,4}|\d{1,3}(,\d{3})+)(\.\d+)?$|^(≈\u202F)?\u2212?\d(\.\d{1,5})? × 10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}$/;
const NEVER = /NaN|Infinity|∞|undefined|not a number/;

test('every finite double, with any format, is written in a documented form', () => {
  fc.assert(
    fc.property(finite, format, (value, f) => {
      const { text } = formatNumber(value, f);
      expect(text).toMatch(WRITTEN);
      expect(text).not.toMatch(NEVER);
      expect(formatTex(value, f)).not.toMatch(NEVER);
    }),
    { numRuns: 20_000 },
  );
});

test('a text not marked with ≈ is the value itself', () => {
  fc.assert(
    fc.property(finite, (value) => {
      const { text, approximate } = formatNumber(value);
      if (approximate) return;
      const plain = text
        .replaceAll(',', '')
        .replace('\u2212', '-')
        .replace(/ × 10(.+)$/, (_, e: string) => `e${superscriptToDigits(e)}`);
      // Equal to the value as a reader would write it (12 significant digits), −0 shown as 0.
      expect(Number(plain)).toBe(Number(value.toPrecision(12)) || 0);
    }),
    { numRuns: 20_000 },
  );
});

function superscriptToDigits(s: string): string {
  return [...s].map((c) => (c === '⁻' ? '-' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)))).join('');
}
