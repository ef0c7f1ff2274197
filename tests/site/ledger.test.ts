// The ledger (/ledger/) lists every number the verification tests check, and no other: its
// rows, page by page, are exactly the quantities tagged with data-q on the built pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ScriptOutput } from '../../src/components/helpers/independent-checks';
import documentNumbers from './document-numbers.json';
import { builtPage, builtPages, visibleText } from '../support/site-files';

const LEDGER = '/ledger/';
const ledger = builtPage(LEDGER);
const rows = ledger.root.querySelectorAll('table[data-ledger-page] tbody tr').map((tr) => ({
  page: tr.closest('table')!.getAttribute('data-ledger-page')!,
  // A row names its quantity once, in its heading's code.
  id: tr.querySelector('th code')!.text,
  tr,
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

  test('says of a chapter that shows no numbers (the summary) just that, with no empty table', () => {
    expect(builtPage('/summary/').root.querySelectorAll('[data-q]')).toHaveLength(0);
    expect(ledger.root.querySelectorAll('table[data-ledger-page="/summary/"]')).toHaveLength(0);
    const said = ledger.root.querySelectorAll('p').filter((p) => p.querySelector('a[href="/summary/"]'));
    expect(said.map((p) => visibleText(p))).toEqual(['Summary shows no computed numbers.']);
  });

  test('has exactly one row per quantity shown on each page, and no other', () => {
    const listed = rows.map(key).sort();
    const shown = [...new Set(tagged.map(key))].sort();
    expect(listed).toEqual(shown);
  });

  test('shows each number as the page shows it', () => {
    const shownCell = 3; // Quantity, Formula, Unrounded, Shown, …
    const wrong = rows.flatMap((row) => {
      // A live example's number (data-live) is written in the island's own format.
      const onPage = tagged
        .filter((t) => t.page === row.page && t.id === row.id && !t.el.hasAttribute('data-live'))
        .map((t) => normalise(visibleText(t.el)));
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

describe("the ledger's checks come from the tests' own data", () => {
  const committed = readdirSync('pytorch/output').map((f) => JSON.parse(readFileSync(join('pytorch/output', f), 'utf8')) as ScriptOutput);
  const inPyTorch = new Set(committed.flatMap((o) => Object.keys(o.values)));
  const measured = new Set(committed.flatMap((o) => Object.keys(o.finiteDifferences ?? {})));
  const inDocument = new Set([...documentNumbers.shown, ...documentNumbers.near].map((d) => d.id));
  const ticks = (id: string, check: string) => rows.some((r) => r.id === id && r.tr.querySelector(`[data-check="${check}"]`) !== null);

  test.each([
    { check: 'pytorch', holds: inPyTorch },
    { check: 'document', holds: inDocument },
    { check: 'finite-difference', holds: measured },
  ])('a row ticks $check exactly when that data holds its id', ({ check, holds }) => {
    const wrong = rows.filter((r) => ticks(r.id, check) !== holds.has(r.id)).map((r) => `${key(r)}: ${check}`);
    expect(wrong).toEqual([]);
  });

  test('the ticks differ between rows: a number the document never prints has no document tick', () => {
    // The scaled set-up's learning rate is the site's choice; z₁ = 32 is printed in step 1.
    expect(ticks('scaled.learningRate', 'document')).toBe(false);
    expect(ticks('house.z1', 'document')).toBe(true);
    expect(ticks('house.dW11', 'finite-difference')).toBe(true);
    expect(ticks('house.z1', 'finite-difference')).toBe(false);
  });
});
