/**
 * The ledger's rows: which registered quantities a rendered chapter shows. Read from the
 * chapter's rendered HTML (its data-q attributes), which is exactly what the rendered-site
 * verification test checks, so the ledger lists every verified number and no other.
 */
import { formatNumber } from '../../../engine/format';
import type { Quantity } from '../../../engine/quantity';
import { quantityById } from '../../../engine/quantities/index';
import { shownText } from './quantity-markup';

/** Ids of the quantities tagged in some HTML, each once, in order of first appearance. */
function quantityIdsIn(html: string): string[] {
  return [...new Set(Array.from(html.matchAll(/\sdata-q="([^"]+)"/g), (m) => m[1]!))];
}

export interface LedgerRow {
  id: string;
  label: string;
  formula: string;
  origin: Quantity['origin'];
  /** The value at full precision (12 significant digits, the engine's noise-free value). */
  unrounded: string;
  shown: string;
}

export function ledgerRows(html: string): LedgerRow[] {
  return quantityIdsIn(html).map((id) => {
    const q = quantityById(id);
    if (!q) throw new Error(`ledger: a page shows unknown quantity ${id}`);
    return { id, label: q.label, formula: q.formula, origin: q.origin, unrounded: formatNumber(q.value).text, shown: shownText(q) };
  });
}
