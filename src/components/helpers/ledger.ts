/**
 * The ledger's rows: which registered quantities a rendered chapter shows, and which checks
 * from outside the engine cover each. The quantities are read from the chapter's rendered HTML
 * (its data-q attributes), which is exactly what the rendered-site verification test checks;
 * the checks from the tests' own data: the PyTorch scripts' committed output
 * (tests/site/pytorch.test.ts) and the document's printed numbers
 * (tests/site/document-numbers.test.ts). A tick appears only where that data holds the id.
 */
import { formatNumber } from '../../../engine/format';
import type { Quantity } from '../../../engine/quantity';
import { quantityById } from '../../../engine/quantities/index';
import documentNumbers from '../../../tests/site/document-numbers.json';
import { mergeOutputs, scriptOutput } from './independent-checks';
import { shownText } from './quantity-markup';

const outputs = import.meta.glob<unknown>('../../../pytorch/output/*.json', { eager: true, import: 'default' });
const scriptOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');
const independent = mergeOutputs(
  Object.fromEntries(Object.entries(outputs).map(([path, json]) => [scriptOf(path), scriptOutput(json, scriptOf(path))])),
);
/** The PyTorch scripts whose output the ledger reads, by name ("core-concepts"), for linking once. */
export const pytorchScripts = Object.keys(outputs).map(scriptOf).sort();
/** What the document prints for a quantity: "32", or "≈ −9168" for the ones it rounds. */
const documentSays = new Map<string, string>([
  ...documentNumbers.shown.map((d): [string, string] => [d.id, d.want]),
  ...documentNumbers.near.map((d): [string, string] => [d.id, `≈ ${formatNumber(d.near).text}`]),
]);

/** Ids of the quantities tagged in some HTML, each once, in order of first appearance. */
function quantityIdsIn(html: string): string[] {
  return [...new Set(Array.from(html.matchAll(/\sdata-q="([^"]+)"/g), (m) => m[1]!))];
}

export interface LedgerChecks {
  /** The PyTorch script that prints the same value, e.g. "numerical-example". */
  readonly pytorch?: string;
  /** The value as the source document prints it. */
  readonly document?: string;
  /** Whether a script measures this gradient by a central finite difference too. */
  readonly finiteDifference: boolean;
}

export interface LedgerRow {
  id: string;
  label: string;
  formula: string;
  origin: Quantity['origin'];
  /** The value at full precision (12 significant digits, the engine's noise-free value). */
  unrounded: string;
  shown: string;
  checks: LedgerChecks;
}

function checksOf(id: string): LedgerChecks {
  const pytorch = independent.pytorch.get(id)?.script;
  const document = documentSays.get(id);
  return { ...(pytorch && { pytorch }), ...(document && { document }), finiteDifference: independent.finiteDifferences.has(id) };
}

export function ledgerRows(html: string): LedgerRow[] {
  return quantityIdsIn(html).map((id) => {
    const q = quantityById(id);
    if (!q) throw new Error(`ledger: a page shows unknown quantity ${id}`);
    const { label, formula, origin } = q;
    return { id, label, formula, origin, unrounded: formatNumber(q.value).text, shown: shownText(q), checks: checksOf(id) };
  });
}
