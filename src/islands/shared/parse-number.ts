/**
 * Reads what a reader typed into a number field. Accepts what the pages themselves show
 * (thousands separators, the true minus sign, "≈", "× 10⁻⁷") so a shown value can be edited,
 * and turns everything else into a message for beside the field instead of a NaN.
 */
import { fromSuperscript } from '../../../engine/format';

export type Parsed = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseNumber(typed: string): Parsed {
  const text = typed
    .trim()
    .replace(/^≈/, '')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[\s,_\u2009]/g, '')
    .replace(/[×x]10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/, (_, sup: string) => `e${fromSuperscript(sup)}`);
  if (text === '') return { ok: false, message: 'Enter a number.' };
  if (!PLAIN_NUMBER.test(text)) return { ok: false, message: `“${typed.trim()}” is not a number.` };
  const value = Number(text);
  // 1e400 parses to Infinity: a number too large for the computer to hold at all.
  if (!Number.isFinite(value)) return { ok: false, message: 'This number is too large to compute with.' };
  return { ok: true, value };
}
