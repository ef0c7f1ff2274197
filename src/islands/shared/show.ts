/** The islands' one way to write a number: engine/format.ts decides, as it does for the static pages. */
import { formatNumber, type DisplayFormat } from '../../../engine/format';

export function show(value: number, format?: DisplayFormat): string {
  return formatNumber(value, format).text;
}
