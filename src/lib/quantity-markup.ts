/**
 * What a quantity looks like in HTML, shared by the Q (prose) and Eq (KaTeX) components: the
 * shown text, and the attributes that carry its name, unrounded value and formula so that tests,
 * the ledger and hovering readers can find them.
 */
import { formatNumber, formatTex } from '../../engine/format';
import type { Quantity, Tex } from '../../engine/quantity';

export function shownText(q: Quantity): string {
  return formatNumber(q.value, q.format).text;
}

/** The tooltip: the symbol, how it is computed, and the value at full precision. */
export function tipText(q: Quantity): string {
  const full = formatNumber(q.value).text;
  const origin = q.origin === 'given' ? 'given by the document' : q.origin === 'printed' ? 'as printed in the document' : q.formula;
  return `${q.label} = ${origin} = ${full}`;
}

export function quantityAttributes(q: Quantity): Record<string, string> {
  return { 'data-q': q.id, 'data-value': String(q.value), 'data-tip': tipText(q), tabindex: '0' };
}

function escapeAttribute(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** A quantity inside TeX: KaTeX's \htmlData marks it so the rendered span can be found again. */
export function quantityTex(q: Quantity): string {
  return `\\htmlData{q=${q.id}}{${formatTex(q.value, q.format)}}`;
}

export function texSource(t: Tex): string {
  return t.parts.map((p) => (typeof p === 'string' ? p : quantityTex(p))).join('');
}

/** Gives KaTeX's marked spans the same attributes a prose quantity has. */
export function decorateQuantitySpans(html: string, lookup: (id: string) => Quantity | undefined): string {
  return html.replace(/data-q="([^"]+)"/g, (match, id: string) => {
    const q = lookup(id);
    if (!q) return match;
    return Object.entries(quantityAttributes(q))
      .map(([k, v]) => `${k}="${escapeAttribute(v)}"`)
      .join(' ');
  });
}
