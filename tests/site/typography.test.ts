// Typography on the built pages (issue 13), each rule checked wherever it could occur:
//  - a negative factor after "×" is in parentheses, in equations and in prose;
//  - minus signs are spaced (predicted − actual) and money reads −$1k, never $−1k;
//  - a formula's symbol, its "=" and its number are joined by no-break spaces;
//  - the derivations of the gradient chapter and the deep dive write ∂ throughout, as their
//    equations with numbers do (∂L/∂z_out), never d in one line and ∂ in the next.
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPage, builtPages, visibleText } from '../support/site-files';

// /source/ shows the source document as it is written ("2000 × -4.599"): its typography is the document's.
const chapters = builtPages().filter((p) => !p.path.startsWith('/pytorch/') && p.path !== '/source/');

describe.each(chapters.map((p) => ({ path: p.path, page: p })))('$path', ({ page }) => {
  test('no negative number follows "×" without parentheses', () => {
    // MathML: <mo>×</mo> then a number whose first character is a minus sign.
    expect(page.html.match(/×<\/mo>(<m(n|row)[^>]*>)+(<mo>)?−.{0,20}/g) ?? []).toEqual([]);
    expect(visibleText(page.root).match(/.{0,30}× [−-]\d.{0,10}/g) ?? []).toEqual([]);
  });

  test('a minus sign is spaced as an operator, and a negative amount of money reads −$1k', () => {
    // Outside MathML, whose text runs together here but which sets the spacing of its own operators.
    const text = visibleText(parse(page.html.replace(/<math[\s\S]*?<\/math>/g, '')));
    expect(text.match(/.{0,20}[a-z]−[a-z].{0,20}/g) ?? []).toEqual([]);
    expect(text.match(/.{0,20}\$[−-]\d.{0,20}/g) ?? []).toEqual([]);
  });

  test('"symbol = number" never breaks at its "="', () => {
    // A formula (its hidden search text ends the formula) or a number, " = ", then a number.
    expect(page.html.match(/.{0,40}<\/span> = <span class="q".{0,40}/g) ?? []).toEqual([]);
  });
});

test.each(['/gradient-explanation/', '/derivative-deep-dive/'])('%s derives with ∂ only', (path) => {
  const { html } = builtPage(path);
  const fractions = [...html.matchAll(/<mfrac><mrow><mi[^>]*>(.)<\/mi>/g)].map((m) => m[1]);
  expect(fractions.length).toBeGreaterThan(5);
  expect(fractions.filter((f) => f === 'd')).toEqual([]);
});
