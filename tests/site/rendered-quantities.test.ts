// Every number on every built page that carries a quantity shows exactly what the engine
// computed, in the display format the quantity names; and every registered quantity is shown.
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../engine/format';
import { allQuantities, quantityById } from '../../engine/quantities/index';
import { builtPages, visibleText } from '../support/site-files';

const normalise = (s: string) => s.replace(/[\s\u2009]/g, '');
const pages = builtPages();
const tagged = pages.flatMap((page) =>
  page.root.querySelectorAll('[data-q]').map((el) => ({ page: page.path, id: el.getAttribute('data-q')!, el })),
);

describe('rendered quantities', () => {
  test('the site shows quantities at all', () => {
    expect(tagged.length).toBeGreaterThan(100);
  });

  test('every tagged element names a known quantity and shows its engine value', () => {
    const wrong = tagged.flatMap(({ page, id, el }) => {
      const q = quantityById(id);
      if (!q) return [`${page}: unknown quantity ${id}`];
      const want = normalise(formatNumber(q.value, q.format).text);
      const got = normalise(visibleText(el)).replace(/\u2212/g, '−');
      const unrounded = el.getAttribute('data-value');
      const problems: string[] = [];
      // KaTeX writes a hyphen-minus as U+2212 too, so compare after folding both. A live
      // example's number (data-live) writes its digits in the island's format; its value counts.
      const live = el.hasAttribute('data-live');
      if (!live && got.replace(/−/g, '-') !== want.replace(/−/g, '-'))
        problems.push(`${page}: ${id} shows "${got}", engine says "${want}"`);
      if (unrounded !== String(q.value)) problems.push(`${page}: ${id} carries value ${unrounded}, engine has ${q.value}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  test('every registered quantity appears on some page', () => {
    const shown = new Set(tagged.map((t) => t.id));
    expect(
      allQuantities()
        .map((q) => q.id)
        .filter((id) => !shown.has(id)),
    ).toEqual([]);
  });

  test('no page text holds NaN, undefined, Infinity, [object Object] or floating-point noise', () => {
    const bad = pages.flatMap((page) => {
      // The ledger's "unrounded" column shows each double exactly as the engine holds it, on
      // purpose (a finite-difference slope really is 1149.9999999918); everything else may not.
      const root = parse(page.html);
      root.querySelectorAll('[data-unrounded]').forEach((cell) => cell.remove());
      const text = visibleText(root);
      return [/\bNaN\b/, /\bundefined\b/, /Infinity/, /\[object Object\]/, /\.\d*(9{8,}|0{8,})/]
        .filter((re) => re.test(text))
        .map((re) => `${page.path}: ${re} matches "${text.match(re)![0]}"`);
    });
    expect(bad).toEqual([]);
  });
});
