/**
 * What a quantity looks like in HTML, shared by the Q (prose) and Eq (KaTeX) components: the
 * shown text, and the attributes that carry its name, unrounded value and formula so that tests,
 * the ledger and hovering readers can find them.
 */
import { asFactor, formatNumber, formatTex } from '../../../engine/format';
import type { Quantity, Tex } from '../../../engine/quantity';

export function shownText(q: Quantity): string {
  return formatNumber(q.value, q.format).text;
}

/** Where a number comes from, in words, for tooltips and the ledger. */
export const originText: Record<Quantity['origin'], string> = {
  given: 'given by the document',
  site: "chosen by this site, not the document's",
  computed: 'computed by the engine',
  arithmetic: 'arithmetic the chapter teaches',
  printed: 'as the document prints it',
};

/**
 * The tooltip: the symbol, how it is computed (or where an input comes from), and, where the
 * page rounds the number, its value at full precision. An exact number is beside its tip
 * already; 283 of the worked example's 297 numbers are exact, and saying each twice cost 0.3 KB.
 */
function tipText(q: Quantity): string {
  const how = q.origin === 'computed' || q.origin === 'arithmetic' ? q.formula : originText[q.origin];
  const rounded = formatNumber(q.value, q.format).approximate;
  return `${q.label} = ${how}${rounded ? ` = ${formatNumber(q.value).text}` : ''}`;
}

export function quantityAttributes(q: Quantity): Record<string, string> {
  return { 'data-q': q.id, 'data-value': String(q.value), 'data-tip': tipText(q), tabindex: '0' };
}

function escapeAttribute(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * A quantity inside TeX. KaTeX's MathML output keeps no custom attributes, but it does keep an
 * \href target, so the number is wrapped in a link to "#q:ID" that decorateQuantities turns
 * into the quantity's attributes.
 */
export function quantityTex(q: Quantity): string {
  return `\\href{#q:${q.id}}{${formatTex(q.value, q.format)}}`;
}

/** The ids of the quantities marked in some TeX by quantityTex, in order: the numbers KaTeX would tag. */
export function quantityIdsInTex(tex: string): string[] {
  return Array.from(tex.matchAll(/\\href\{#q:([^}]+)\}/g), (m) => m[1]!);
}

export function texSource(t: Tex): string {
  // A number right after "×" is a factor: a negative one gets parentheses (asFactor).
  return t.parts
    .map((p, i) => {
      if (typeof p === 'string') return p;
      const before = t.parts[i - 1];
      return typeof before === 'string' && /\\times\s*$/.test(before) ? asFactor(quantityTex(p), p.value) : quantityTex(p);
    })
    .join('');
}

/**
 * Gives KaTeX's marked numbers the attributes a prose quantity has, and drops the TeX
 * annotation, which would otherwise repeat every number (with its markers) in the page text,
 * with the <semantics> that holds it and the xmlns the HTML parser supplies (the same cut as
 * src/markdown/rehype-slim-mathml.ts makes in the chapters' own formulas).
 */
export function decorateQuantities(mathml: string, lookup: (id: string) => Quantity | undefined): string {
  return mathml
    .replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>|<\/?semantics>| xmlns="[^"]*"/g, '')
    .replace(/href="#q:([^"]+)"/g, (_, id: string) => {
      const q = lookup(id);
      if (!q) throw new Error(`Eq: no quantity named ${id}`);
      return Object.entries(quantityAttributes(q))
        .map(([k, v]) => `${k}="${escapeAttribute(v)}"`)
        .join(' ');
    });
}
