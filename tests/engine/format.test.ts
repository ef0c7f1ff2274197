import { describe, expect, test } from 'vitest';
import { clean, formatNumber, formatTex, type DisplayFormat } from '../../engine';
import { rejection } from './support/engine-error';

const MINUS = '\u2212';
// A narrow no-break space: "≈" never ends a line apart from its number.
const THIN = '\u202F';

describe('formatNumber text', () => {
  test.each([
    // Floating-point noise never reaches a reader.
    { value: 0.0036799999999999997, want: '0.00368', source: 'issue 2: 0.0000001 × 36,800 as a double; seed step 4 writes 0.00368' },
    {
      value: -4.598999999999999,
      want: `${MINUS}4.599`,
      source: 'issue 2: 0.001 − 4.6 as a double; seed step 4 writes -4.599, with a true minus',
    },
    { value: 0.1 + 0.2, want: '0.3', source: 'hand: the classic 0.30000000000000004' },
    { value: 19.99632, want: '19.99632', source: 'seed, step 4' },
    { value: 9.9931, want: '9.9931', source: 'seed, step 4' },
    // Small numbers readable, in positional notation.
    { value: 1e-7, want: '0.0000001', source: 'seed, step 4: learning rate = 0.0000001' },
    { value: 0.0069, want: '0.0069', source: 'seed, step 4' },
    // Thousands separators from 5 digits on; 4-digit integers as the document writes them.
    { value: 330_625, want: '330,625', source: 'seed, step 2' },
    { value: 46_000_000, want: '46,000,000', source: 'seed, step 3' },
    { value: 400_000_000, want: '400,000,000', source: 'seed, Loss Function' },
    { value: 36_800, want: '36,800', source: 'seed, step 3' },
    { value: 122_500, want: '122,500', source: 'seed, step 5' },
    { value: 1150, want: '1150', source: 'seed, step 3 writes 1150 (no separator under 5 digits)' },
    { value: 2000, want: '2000', source: 'seed, Initial Setup writes 2000 sq ft' },
    { value: 1024, want: '1024', source: 'seed, Weights' },
    { value: 925, want: '925', source: 'seed, step 1' },
    { value: -575, want: `${MINUS}575`, source: 'seed, step 2: (−575)²' },
    { value: 0, want: '0', source: 'seed, step 5: prediction 0' },
    { value: -0, want: '0', source: 'hand: −0 × 19.99632 is still shown as 0, never "−0"' },
    // Beyond readable fixed notation.
    { value: 1e-20, want: `1 × 10⁻²⁰`, source: 'hand: below 10⁻⁹, scientific' },
    { value: 2.5e18, want: `2.5 × 10¹⁸`, source: 'hand: from 10¹⁵, scientific' },
    // Below 10⁻⁴ a value is written out only while it has at most 3 significant digits.
    { value: 0.0000325, want: '0.0000325', source: 'hand: 3 significant digits, written out' },
    { value: -0.00003251, want: `${MINUS}3.251 × 10⁻⁵`, source: 'hand: 4 significant digits below 10⁻⁴, scientific and exact' },
    { value: 0.000123, want: '0.000123', source: 'hand: 10⁻⁴ and above, written out' },
  ])('$value → "$want" ($source)', ({ value, want }) => {
    expect(formatNumber(value)).toEqual({ text: want, approximate: false });
  });
});

describe('rounding marks the value with ≈', () => {
  test.each([
    {
      value: -9168.0207,
      format: { decimals: 2 },
      want: `≈${THIN}${MINUS}9168.02`,
      approximate: true,
      source: "hand: step 5's z₁ to 2 decimals",
    },
    {
      value: -6881.015525,
      format: { decimals: 2 },
      want: `≈${THIN}${MINUS}6881.02`,
      approximate: true,
      source: "hand: step 5's z₂ to 2 decimals",
    },
    {
      value: 0.002185,
      format: { decimals: 5 },
      want: `≈${THIN}0.00219`,
      approximate: true,
      source: 'seed step 4 prints the step of w₃₂ as 0.00219',
    },
    { value: 14.997815, format: { decimals: 5 }, want: `≈${THIN}14.99782`, approximate: true, source: 'hand: decimal half-up' },
    {
      value: 1.005,
      format: { decimals: 2 },
      want: `≈${THIN}1.01`,
      approximate: true,
      source: 'hand: the decimal 1.005, not its binary 1.00499…',
    },
    { value: -1.005, format: { decimals: 2 }, want: `≈${THIN}${MINUS}1.01`, approximate: true, source: 'hand: mirror image of 1.005' },
    { value: 12_345.6789, format: { decimals: 2 }, want: `≈${THIN}12,345.68`, approximate: true, source: 'hand' },
    // Significant digits, for the live examples' fields and summaries.
    {
      value: -2.2128905314,
      format: { significant: 6 },
      want: `≈${THIN}${MINUS}2.21289`,
      approximate: true,
      source: 'review: a trained weight that overflowed its field',
    },
    {
      value: 4.994825,
      format: { significant: 6 },
      want: `≈${THIN}4.99483`,
      approximate: true,
      source: 'hand: 5 − 0.0000001 × 51,750, half up at the 6th digit',
    },
    { value: 330625, format: { significant: 6 }, want: '330,625', approximate: false, source: 'seed step 2: six digits, nothing to round' },
    {
      value: 46000000,
      format: { significant: 3 },
      want: '46,000,000',
      approximate: false,
      source: 'seed step 3: an integer is never cut to 3 digits',
    },
    { value: 0, format: { significant: 6 }, want: '0', approximate: false, source: 'hand' },
    {
      value: 1.18325208347e-9,
      format: {},
      want: `≈${THIN}1.18325 × 10⁻⁹`,
      approximate: true,
      source: 'review: the explorer printed 0.00000000118325208347',
    },
    {
      value: 1e-7,
      format: { decimals: 2 },
      want: `≈${THIN}0`,
      approximate: true,
      source: 'hand: the learning rate rounded to 2 decimals is 0',
    },
    { value: -1e-7, format: { decimals: 2 }, want: `≈${THIN}0`, approximate: true, source: 'hand: never "−0"' },
    { value: 123.5, format: { decimals: 0 }, want: `≈${THIN}124`, approximate: true, source: 'hand: half-up' },
    { value: 32, format: { decimals: 2 }, want: '32', approximate: false, source: 'hand: nothing to round, no ≈' },
    { value: 2.5e21, format: { decimals: 2 }, want: '2.5 × 10²¹', approximate: false, source: 'hand: String(2.5e21) is in exponent form' },
    { value: 19.99632, format: { decimals: 5 }, want: '19.99632', approximate: false, source: 'hand: exactly 5 decimals, no ≈' },
    {
      value: 0.0036799999999999997,
      format: { decimals: 5 },
      want: '0.00368',
      approximate: false,
      source: 'hand: float noise is not rounding',
    },
  ])('$value with $format → "$want" ($source)', ({ value, format, want, approximate }) => {
    expect(formatNumber(value, format)).toEqual({ text: want, approximate });
  });
});

describe('minDecimals pads', () => {
  test.each([
    { value: 3, format: { minDecimals: 1 }, want: '3.0', source: 'seed, Weights: w₂ = 3.0' },
    { value: 0.5, format: { minDecimals: 1 }, want: '0.5', source: 'seed, Weights: w₁ = 0.5 (already one decimal)' },
    { value: 4.6, format: { minDecimals: 3 }, want: '4.600', source: 'hand' },
    { value: 330_625, format: { minDecimals: 2 }, want: '330,625.00', source: 'hand' },
    { value: 2.5, format: { decimals: 3, minDecimals: 3 }, want: '2.500', source: 'hand: padding is not rounding, no ≈' },
  ])('$value with $format → "$want" ($source)', ({ value, format, want }) => {
    expect(formatNumber(value, format)).toEqual({ text: want, approximate: false });
  });
});

describe('a value that is not finite is refused, never written as text', () => {
  // Issue 10: pages once showed "not a number", "∞" and "−∞". The live examples check every
  // result before showing it, so a non-finite value reaching the formatter is a bug to stop on.
  test.each([{ value: Number.NaN }, { value: Infinity }, { value: -Infinity }])('$value throws an EngineInputError', ({ value }) => {
    expect(rejection(() => formatNumber(value)).field).toBe('value');
    expect(rejection(() => formatTex(value)).field).toBe('value');
  });
});

describe('the largest doubles format with any option', () => {
  // Issue 10: formatNumber(v, { decimals: 2 }) returned "≈ 0.NaN" from |v| ≈ 1.8e306, because
  // rounding multiplied v by 100 into Infinity. Expected texts worked out by hand from the
  // double's shortest decimal form (1.7976931348623157e308 to 6 significant digits is 1.79769).
  test.each([
    { value: 1.8e306, format: { decimals: 2 }, want: '1.8 × 10³⁰⁶', approximate: false },
    { value: -1.8e306, format: { decimals: 2 }, want: `${MINUS}1.8 × 10³⁰⁶`, approximate: false },
    // Issue 13: the scaled set-up's final loss to two digits (9.7743… rounds to 9.8).
    { value: 9.7743e-24, format: { significant: 2 }, want: `≈${THIN}9.8 × 10⁻²⁴`, approximate: true },
    { value: 1e308, format: { decimals: 2 }, want: '1 × 10³⁰⁸', approximate: false },
    { value: Number.MAX_VALUE, format: { decimals: 2 }, want: `≈${THIN}1.79769 × 10³⁰⁸`, approximate: true },
    { value: -Number.MAX_VALUE, format: { decimals: 0 }, want: `≈${THIN}${MINUS}1.79769 × 10³⁰⁸`, approximate: true },
    // Issue 13: a format's significant digits hold in scientific notation too. 1.797… to 3 digits
    // would be 1.80 × 10³⁰⁸, beyond the largest double (it reads back as ∞): the digits are cut.
    { value: Number.MAX_VALUE, format: { significant: 3 }, want: `≈${THIN}1.79 × 10³⁰⁸`, approximate: true },
    { value: -Number.MAX_VALUE, format: { significant: 1 }, want: `≈${THIN}${MINUS}1 × 10³⁰⁸`, approximate: true },
    { value: 1.499999999995e308, format: { significant: 1 }, want: `≈${THIN}1 × 10³⁰⁸`, approximate: true },
    // Four digits, as prose and live examples show at most (issue 13): 1.0972… × 10³⁰⁸ is ≈ −1.097 × 10³⁰⁸.
    { value: -1.0972235e308, format: { significant: 4 }, want: `≈${THIN}${MINUS}1.097 × 10³⁰⁸`, approximate: true },
    { value: 1.51901e123, format: { significant: 4 }, want: `≈${THIN}1.519 × 10¹²³`, approximate: true },
    { value: 2.5e18, format: { significant: 4 }, want: '2.5 × 10¹⁸', approximate: false },
    // More than six digits are never written in scientific notation: 1.23456789 × 10²⁰ keeps six.
    { value: 1.23456789e20, format: { significant: 12 }, want: `≈${THIN}1.23457 × 10²⁰`, approximate: true },
    { value: 1.5e300, format: { decimals: 20 }, want: '1.5 × 10³⁰⁰', approximate: false },
    // The smallest subnormal, 2⁻¹⁰⁷⁴ ≈ 4.94066 × 10⁻³²⁴: every decimal within half its spacing
    // reads back as the same double, so the text is not marked as rounded; 2 decimals round it to 0.
    { value: Number.MIN_VALUE, format: {}, want: '4.94066 × 10⁻³²⁴', approximate: false },
    { value: -Number.MIN_VALUE, format: { decimals: 2 }, want: `≈${THIN}0`, approximate: true },
  ] as { value: number; format: DisplayFormat; want: string; approximate: boolean }[])(
    '$value with $format → "$want"',
    ({ value, format, want, approximate }) => {
      expect(formatNumber(value, format)).toEqual({ text: want, approximate });
    },
  );
});

describe('formatTex', () => {
  test.each([
    { value: 330_625, format: {}, want: '330{,}625', source: 'KaTeX would space a bare comma as punctuation' },
    { value: 46_000_000, format: {}, want: '46{,}000{,}000', source: 'seed, step 3' },
    { value: -4.598999999999999, format: {}, want: '-4.599', source: 'TeX typesets - as a minus in math mode' },
    { value: 1e-7, format: {}, want: '0.0000001', source: 'seed, step 4' },
    { value: -9168.0207, format: { decimals: 2 }, want: '\\approx -9168.02', source: 'hand' },
    { value: 3, format: { minDecimals: 1 }, want: '3.0', source: 'seed, Weights' },
    { value: 1e-20, format: {}, want: '1 \\times 10^{-20}', source: 'hand' },
    { value: 2.5e18, format: {}, want: '2.5 \\times 10^{18}', source: 'hand' },
  ] as { value: number; format: DisplayFormat; want: string; source: string }[])('$value → $want ($source)', ({ value, format, want }) => {
    expect(formatTex(value, format)).toBe(want);
  });
});

describe('clean', () => {
  test.each([
    { value: 0.0036799999999999997, want: 0.00368 },
    { value: -4.598999999999999, want: -4.599 },
    { value: 14.997815000000001, want: 14.997815 },
    { value: -0, want: 0 },
  ])('clean($value) = $want', ({ value, want }) => {
    expect(clean(value)).toBe(want);
  });
});

describe('format options are validated', () => {
  test.each([
    { format: { decimals: -1 }, field: 'decimals' },
    { format: { decimals: 1.5 }, field: 'decimals' },
    { format: { decimals: Number.NaN }, field: 'decimals' },
    { format: { minDecimals: -2 }, field: 'minDecimals' },
    { format: { minDecimals: '1' as unknown as number }, field: 'minDecimals' },
  ])('rejects $format, naming $field', ({ format, field }) => {
    expect(rejection(() => formatNumber(1.25, format)).field).toBe(field);
  });
});
