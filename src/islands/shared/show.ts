/** The islands' one way to write a number: engine/format.ts decides, as it does for the static pages. */
import { asFactor, clean, formatNumber, type DisplayFormat } from '../../../engine/format';

export function show(value: number, format?: DisplayFormat): string {
  return formatNumber(value, format).text;
}

/**
 * Significant digits a live example shows (issue 13): the digits that teach, with "≈" saying a
 * value was rounded. Training leaves weights like −2.2128905314 and sigmoid gives 0.880797077978;
 * ≈ −2.213 and ≈ 0.8808 follow them well enough. The explorer's parameter table keeps every digit.
 */
const LIVE_EXAMPLE_DIGITS = 4;
/** The most significant digits the document prints (19.99632): a value this short is shown whole. */
const DOCUMENT_DIGITS = 7;

export function showShort(value: number, digits = LIVE_EXAMPLE_DIGITS): string {
  const [mantissa] = clean(value).toExponential().split('e');
  return show(value, mantissa!.replace(/\D/g, '').length <= DOCUMENT_DIGITS ? undefined : { significant: digits });
}

/** A live example's number as a factor of a product: 2 × (−20,000) (engine/format.ts, asFactor). */
export function showFactor(value: number): string {
  return asFactor(showShort(value), value);
}
