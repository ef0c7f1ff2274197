/**
 * Reads what a reader typed into a number field, strictly: a number in one of the forms the
 * pages themselves write (a thousands separator in the exact 1,000,000 form, the true minus
 * sign, "≈", "× 10⁻⁷") or plain JavaScript notation (1.5, -2, 1e-7), so a shown value can be
 * edited. Anything else is refused with the form that would work, never guessed at: "1,5" is
 * not read as 15 nor "1 2" as 12, and a value too small for a double is not read as 0.
 * Messages quote at most QUOTE_CHARS of what was typed.
 */
import { fromSuperscript } from '../../../engine/format';

export type Parsed = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Thousands separators only in the exact form 1,000,000 (a first group of 1–3 digits, not 0). */
const GROUPED = /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
/** A comma as the decimal mark, as many countries write it: 1,5 and 1.000,5. */
const DECIMAL_COMMA = /^[+-]?(\d{1,3}(\.\d{3})*|\d+),\d+$/;
/** The pages' scientific form, "1.18325 × 10⁻⁹". */
const TIMES_TEN = /\s*[×x]\s*10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/;
/** Enough of what was typed to recognise it, never a 10,000-character echo. */
const QUOTE_CHARS = 40;

const isNumber = (text: string) => PLAIN.test(text) || GROUPED.test(text);
const refused = (message: string): Parsed => ({ ok: false, message });

export function parseNumber(typed: string): Parsed {
  const text = typed
    .trim()
    .replace(/^≈[\s\u202F]*/, '')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(TIMES_TEN, (_, sup: string) => `e${fromSuperscript(sup)}`);
  if (text === '') return refused('Enter a number.');
  if (!isNumber(text)) return refused(`${quote(typed)} ${problem(text)}`);
  const value = Number(text.replaceAll(',', ''));
  if (!Number.isFinite(value)) return refused('Too large: a computer holds numbers up to about 1.8 × 10³⁰⁸.');
  // 1e-400 is not 0, but the nearest double is: reading it as 0 would change the reader's value.
  if (value === 0 && /[1-9]/.test(text.split(/e/i)[0]!)) return refused('Too small: the computer would round it to 0 (type 0 for 0).');
  return { ok: true, value };
}

/** What was typed in quotes, cut to QUOTE_CHARS characters (whole code points) with "…". */
function quote(typed: string): string {
  const chars = [...typed.trim()];
  return `“${chars.length > QUOTE_CHARS ? `${chars.slice(0, QUOTE_CHARS - 1).join('')}…` : chars.join('')}”`;
}

/**
 * Why text is refused: when removing its spaces (or reading its comma as a decimal mark, or
 * dropping a misplaced separator) gives a number, that number is the form that would work.
 */
function problem(text: string): string {
  const gap = /\s|_/.test(text);
  const fixed = gap
    ? text.replace(/[\s_]+/g, '')
    : DECIMAL_COMMA.test(text)
      ? text.replaceAll('.', '').replace(',', '.')
      : text.replaceAll(',', '');
  const why = gap
    ? 'has a space or separator inside'
    : text.includes(',')
      ? 'could be misread: a comma only separates thousands (1,000,000)'
      : 'cannot be read as a number';
  return fixed !== text && isNumber(fixed) ? `${why}; write ${fixed}.` : `${why}: write one like 1.5, −2, 2e-7 or 1,000,000.`;
}
