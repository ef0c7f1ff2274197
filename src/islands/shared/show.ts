/** The islands' one way to write a number: engine/format.ts decides, as it does for the static pages. */
import { formatNumber, type DisplayFormat } from '../../../engine/format';

export function show(value: number, format?: DisplayFormat): string {
  return formatNumber(value, format).text;
}

/**
 * Significant digits kept where a number must stay short: the fields, the diagram and the result
 * lines. Training leaves weights like −2.2128905314 and losses like 0.00000000118325208347;
 * six digits follow a run closely, and "≈" says a value was rounded. The parameter table and the
 * state keep every digit.
 */
const SHORT_DIGITS = 6;

export function showShort(value: number, digits = SHORT_DIGITS): string {
  return show(value, { significant: digits });
}
