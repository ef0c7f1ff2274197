// The typography rules, one test table each, with expectations written by hand: money with its
// sign outside the unit (−$1k), a negative factor in parentheses (engine/format.ts, asFactor; the live examples' showFactor), and the
// glue that keeps "w₁₂ = 10" and "2-2-1" on one line (src/markdown/rehype-no-break.ts).
import { describe, expect, test } from 'vitest';
import { asFactor, formatNumber, formatTex } from '../../engine/format';
import { showFactor } from '../../src/islands/shared/show';
import { glued } from '../../src/markdown/rehype-no-break';

describe('a negative factor is written in parentheses', () => {
  test.each([
    { written: '−20,000', value: -20000, want: '(−20,000)' },
    { written: '20,000', value: 20000, want: '20,000' },
    { written: '0', value: 0, want: '0' },
    { written: '\\href{#q:house.new.w11}{-4.599}', value: -4.599, want: '(\\href{#q:house.new.w11}{-4.599})' },
  ])('$written → $want', ({ written, value, want }) => {
    expect(asFactor(written, value)).toBe(want);
  });

  test.each([
    { value: -20000, want: '(−20,000)' },
    { value: 0.5, want: '0.5' },
    // Rounded to the live examples' 4 significant digits, and still in parentheses.
    { value: -2.2128905314, want: '(≈\u202F−2.213)' },
  ])('a live example writes $value as $want', ({ value, want }) => {
    expect(showFactor(value)).toBe(want);
  });
});

describe('a symbol, its "=" and its number stay on one line', () => {
  test.each([
    { text: ' = ', between: true, want: '\u00A0=\u00A0', why: 'between a formula and its number' },
    { text: ' = ', between: false, want: ' = ', why: 'at the edge of a paragraph' },
    { text: ' is ', between: true, want: ' is ', why: 'not an "="' },
    { text: 'Loss = error², so', between: true, want: 'Loss = error², so', why: 'an "=" inside a sentence is left to wrap' },
    { text: 'trains a 2-2-1 ReLU network', between: false, want: 'trains a 2\u20112\u20111 ReLU network', why: "a network's shape" },
    { text: 'well-known', between: false, want: 'well-known', why: 'a hyphen between letters' },
  ])('$why', ({ text, between, want }) => {
    expect(glued(text, between)).toBe(want);
  });
});

describe('an amount of money has its sign before the unit', () => {
  const unit = { before: '$', after: 'k' };
  test.each([
    { value: -1, format: { unit }, want: '−$1k' },
    { value: 300, format: { unit }, want: '$300k' },
    { value: -1.25, format: { unit, decimals: 1 }, want: '≈\u202F−$1.3k' },
  ])('$value → $want', ({ value, format, want }) => {
    expect(formatNumber(value, format).text).toBe(want);
  });

  test('TeX escapes the dollar sign', () => {
    expect(formatTex(-1, { unit })).toBe('-\\$1k');
  });
});
