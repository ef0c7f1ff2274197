/**
 * The one place that decides how a number is shown to a reader, on the built pages and in the
 * live examples alike. Binary floating-point noise never reaches the page (0.0036799999999999997
 * is 0.00368), large numbers get thousands separators, the minus sign is a true minus, and a
 * value that the display rounds is marked with "≈".
 */
import { EngineInputError, requireCount } from './validate';

export interface DisplayFormat {
  /** Round to at most this many decimals; a value that changes by it is shown with "≈". */
  readonly decimals?: number;
  /** Pad with zeros to at least this many decimals (the document writes the weight 3.0). */
  readonly minDecimals?: number;
  /**
   * Round to this many significant digits, never into the integer part (where decimals is not
   * given): the live examples keep a trained weight like −2.2128905314 short as ≈ −2.21289.
   */
  readonly significant?: number;
  /**
   * A unit written around the number, after its sign: a change of −1 thousand dollars is
   * −$1k, never $−1k ({ before: '$', after: 'k' }).
   */
  readonly unit?: { readonly before?: string; readonly after?: string };
  /** Scientific notation from this magnitude on, where space is short: a plot's tick 3 × 10⁹. */
  readonly scientificFrom?: number;
}

export interface Formatted {
  readonly text: string;
  readonly approximate: boolean;
}

/**
 * Significant digits kept before anything else: binary rounding errors live in the 16th and
 * 17th digit, so 12 removes them while keeping every digit a reader could mean.
 */
const SIGNIFICANT_DIGITS = 12;

/** Integer parts this long or longer get separators: 36,800 and 330,625, but 1150 and 2000 as the document writes them. */
const GROUPING_FROM_DIGITS = 5;

/** Beyond these magnitudes fixed notation becomes unreadable, and scientific notation takes over. */
const SCIENTIFIC_ABOVE = 1e15;
const SCIENTIFIC_BELOW = 1e-9;
const SCIENTIFIC_DIGITS = 6;
/**
 * A small value with few digits reads well written out (the learning rate 0.0000001); one with
 * many does not (0.00000000118325208347), so below this it is written out only when short.
 */
const SHORT_BELOW = 1e-4;
const WRITTEN_OUT_SMALL_DIGITS = 3;

/** The options that are counts, each with its least value. */
const COUNTS = [
  ['decimals', 0],
  ['minDecimals', 0],
  ['significant', 1],
] as const;

const MINUS = '\u2212';
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Removes floating-point noise: the value as a reader would write it. */
export function clean(value: number): number {
  // 0 and −0 come back as 0: toPrecision writes both as "0.00000000000".
  return Number(value.toPrecision(SIGNIFICANT_DIGITS));
}

export function formatNumber(value: number, format: DisplayFormat = {}): Formatted {
  for (const [option, least] of COUNTS) if (format[option] !== undefined) requireCount(option, format[option], least);
  // No page shows NaN or ∞: the live examples refuse any input whose results are not finite,
  // so a non-finite value here is a bug, stopped where it would otherwise reach the page.
  if (!Number.isFinite(value)) throw new EngineInputError('value', value, 'must be a finite number to be shown');

  const exact = clean(value);
  // significant is at least 1 when given (checked above), so && leaves it undefined or a count.
  const decimals = format.decimals ?? (format.significant && decimalsFor(exact, format.significant));
  const shown = decimals === undefined ? exact : clean(roundTo(exact, decimals));
  const magnitude = Math.abs(shown);
  const sci =
    magnitude >= (format.scientificFrom ?? SCIENTIFIC_ABOVE) ||
    (magnitude > 0 && (magnitude < SCIENTIFIC_BELOW || (magnitude < SHORT_BELOW && digitsOf(shown)[0].length > WRITTEN_OUT_SMALL_DIGITS)));
  const written = sci
    ? scientific(shown, Math.min(format.significant ?? SCIENTIFIC_DIGITS, SCIENTIFIC_DIGITS))
    : { text: fixed(shown, format.minDecimals ?? 0), approximate: false };
  const approximate = written.approximate || shown !== exact;
  const text = format.unit ? withUnit(written.text, format.unit) : written.text;
  return { text: approximate ? `≈\u202F${text}` : text, approximate };
}

function withUnit(text: string, { before = '', after = '' }: NonNullable<DisplayFormat['unit']>): string {
  const sign = text.startsWith(MINUS) ? MINUS : '';
  return sign + before + text.slice(sign.length) + after;
}

/**
 * A number written as a factor of a product: in parentheses when negative, so that a product
 * reads 2 × (−20,000), never 2 × −20,000 with a minus sign that could be taken for a subtraction.
 * `written` is the number as text or as TeX, `value` the number it shows.
 */
export function asFactor(written: string, value: number): string {
  return value < 0 ? `(${written})` : written;
}

/** The formatted value as TeX, for equations typeset by KaTeX. */
export function formatTex(value: number, format: DisplayFormat = {}): string {
  return formatNumber(value, format)
    .text.replaceAll(',', '{,}')
    .replaceAll('$', '\\$')
    .replaceAll(MINUS, '-')
    .replace(/^≈\u202F/, '\\approx ')
    .replace(/ × 10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)$/, (_, sup: string) => ` \\times 10^{${fromSuperscript(sup)}}`);
}

function roundTo(value: number, decimals: number): number {
  // A cleaned value has SIGNIFICANT_DIGITS digits, the last at 10^(exponent − 11): when that is
  // at or above 10^−decimals there is nothing to round, and shifting by decimals could overflow
  // (1.8e306 × 10² is Infinity).
  // 0 needs no test of its own: its exponent is 0, and rounding 0 by any decimals gives 0.
  if (digitsOf(value)[1] - (SIGNIFICANT_DIGITS - 1) >= -decimals) return value;
  // Round the magnitude, so that −x always shows as −(x shown): Math.round(−100.5) is −100.
  return Math.sign(value) * shiftDecimal(Math.round(shiftDecimal(Math.abs(value), decimals)), -decimals);
}

/**
 * value × 10^by, done on the decimal exponent of value's shortest decimal form rather than as
 * a product, which reintroduces binary error (1.005 × 100 = 100.49999…). toExponential keeps
 * this right for values that String() writes in exponent form (1e-7, 1e21).
 */
function shiftDecimal(value: number, by: number): number {
  const [mantissa, exponent] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + by}`);
}

/** Writes a cleaned value in positional notation without ever going through toFixed's binary expansion. */
function fixed(value: number, minDecimals: number): string {
  const [digits, exponent] = digitsOf(value);
  // The digits with zeros before them down to the units (0.00368: "000368") and after them up
  // to the units (1150: "1150"); the integer part is everything up to the units.
  const padded = '0'.repeat(Math.max(0, -exponent)) + digits.padEnd(exponent + 1, '0');
  const units = Math.max(0, exponent) + 1;
  const intPart = padded.slice(0, units);
  const fracPart = padded.slice(units).padEnd(minDecimals, '0');
  const grouped = intPart.length >= GROUPING_FROM_DIGITS ? intPart.replace(/\B(?=(\d{3})+$)/g, ',') : intPart;
  const sign = value < 0 ? MINUS : '';
  return sign + grouped + (fracPart ? `.${fracPart}` : '');
}

/** The decimals that leave `digits` significant digits of value (Infinity for 0, which roundTo leaves as it is). */
function decimalsFor(value: number, digits: number): number {
  return Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
}

/** A cleaned value's significant digits without trailing zeros ("" for 0), and its decimal exponent. */
function digitsOf(value: number): [digits: string, exponent: number] {
  const [mantissa, exponent] = Math.abs(value)
    .toExponential(SIGNIFICANT_DIGITS - 1)
    .split('e');
  return [mantissa!.replace('.', '').replace(/0+$/, ''), Number(exponent)];
}

/**
 * In scientific notation too a format's significant digits hold (≈ 1.52 × 10¹²³ rather than
 * ≈ 1.51901 × 10¹²³), up to SCIENTIFIC_DIGITS.
 */
function scientific(value: number, digits: number): Formatted {
  const [rounded, exponentText] = value.toExponential(digits - 1).split('e');
  // Rounded up past the largest double (1.8 × 10³⁰⁸ is none), the text would read back as ∞:
  // the digits are cut instead (≈ 1.79 × 10³⁰⁸).
  const mantissa = Number.isFinite(Number(`${rounded}e${exponentText}`))
    ? rounded!
    : value.toExponential(20).slice(0, digits + (value < 0 ? 2 : 1));
  const shortMantissa = mantissa.replace(/\.?0*$/, '');
  const approximate = Number(`${shortMantissa}e${exponentText}`) !== value;
  return { text: `${shortMantissa.replace('-', MINUS)} × 10${toSuperscript(Number(exponentText))}`, approximate };
}

function toSuperscript(n: number): string {
  return (n < 0 ? '⁻' : '') + String(Math.abs(n)).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
}

/** A superscript exponent as formatNumber writes it (⁻⁷) back in plain digits (-7); the live examples' fields read it. */
export function fromSuperscript(s: string): string {
  return s.replace('⁻', '-').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPT.indexOf(c)));
}
