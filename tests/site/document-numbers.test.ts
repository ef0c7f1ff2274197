// The source document's own numbers, found on the built pages at the quantity that should
// show them. Expected values are copied from the document (or, where the document is wrong,
// from the hand calculation in the issue), never read from the engine. The values are data
// (document-numbers.json), which the ledger reads to show which numbers this test covers.
import { describe, expect, test } from 'vitest';
import documentNumbers from './document-numbers.json';
import { builtPage, visibleText } from '../support/site-files';

const normalise = (s: string) => s.replace(/[\s\u2009]/g, '').replace(/\u2212/g, '-');

function shownOn(path: string, id: string): string[] {
  const els = builtPage(path).root.querySelectorAll(`[data-q="${id}"]`);
  return els.map((el) => normalise(visibleText(el)));
}

describe("the document's numbers appear where the document puts them", () => {
  test.each(documentNumbers.shown)('$id shows $want ($source)', ({ page, id, want }) => {
    const shown = shownOn(page, id);
    expect(shown.length, `${id} is not on ${page}`).toBeGreaterThan(0);
    for (const text of shown) expect(text).toBe(want);
  });

  test.each(documentNumbers.near)('$id is shown near $near ($source)', ({ page, id, near }) => {
    const shown = shownOn(page, id);
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) {
      const n = Number(text.replace(/^≈/, '').replace(/,/g, ''));
      expect(Math.abs(n - near)).toBeLessThan(1);
    }
  });
});
