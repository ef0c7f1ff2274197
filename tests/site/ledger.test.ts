// The ledger (/ledger/) lists every number the verification tests check, and no other: its
// rows, page by page, are exactly the quantities tagged with data-q on the built pages.
import { describe, expect, test } from 'vitest';
import { builtPage, builtPages, visibleText } from '../support/site-files';

const LEDGER = '/ledger/';
const ledger = builtPage(LEDGER);
const rows = ledger.root.querySelectorAll('table[data-ledger-page] tbody tr').map((tr) => ({
  page: tr.closest('table')!.getAttribute('data-ledger-page')!,
  id: tr.getAttribute('data-ledger-quantity')!,
  cells: tr.querySelectorAll('th, td').map((c) => visibleText(c)),
}));
const tagged = builtPages()
  .filter((p) => p.path !== LEDGER)
  .flatMap((p) => p.root.querySelectorAll('[data-q]').map((el) => ({ page: p.path, id: el.getAttribute('data-q')!, el })));
const key = (r: { page: string; id: string }) => `${r.page} ${r.id}`;
const normalise = (s: string) => s.replace(/[\s\u2009]/g, '').replace(/\u2212/g, '-');

describe('the ledger', () => {
  test('lists numbers at all', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  test('has exactly one row per quantity shown on each page, and no other', () => {
    const listed = rows.map(key).sort();
    const shown = [...new Set(tagged.map(key))].sort();
    expect(listed).toEqual(shown);
  });

  test('shows each number as the page shows it', () => {
    const shownCell = 3; // Quantity, Formula, Unrounded, Shown, …
    const wrong = rows.flatMap((row) => {
      const onPage = tagged.filter((t) => t.page === row.page && t.id === row.id).map((t) => normalise(visibleText(t.el)));
      return onPage.every((text) => text === normalise(row.cells[shownCell]!))
        ? []
        : [`${key(row)}: ledger "${row.cells[shownCell]}", page ${onPage.join(' / ')}`];
    });
    expect(wrong).toEqual([]);
  });

  test('carries no data-q itself, so the verification test does not count it as a page', () => {
    expect(ledger.root.querySelectorAll('[data-q]')).toHaveLength(0);
  });
});
