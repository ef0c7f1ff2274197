// Issue 10: a live example's field reads a number only in a documented form and refuses the
// rest with the form that would work, instead of misreading it ("1,5" was read as 15, "0,001"
// as 1, "1 2" as 12, "1e-400" as 0). Expected values are the typed numbers read by hand.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../engine';
import { parseNumber, type Parsed } from '../../src/islands/shared/parse-number';

const value = (p: Parsed) => (p.ok ? p.value : `refused: ${p.message}`);
const message = (p: Parsed) => (p.ok ? `accepted ${p.value}` : p.message);

describe('accepted: what a reader types and what the pages show', () => {
  test.each([
    { typed: '2000', want: 2000 },
    { typed: ' 0.5 ', want: 0.5, why: 'spaces around the number are not part of it' },
    { typed: '-575', want: -575 },
    { typed: '\u2212575', want: -575, why: 'the true minus the pages write' },
    { typed: '+3', want: 3 },
    { typed: '.5', want: 0.5 },
    { typed: '1e-7', want: 1e-7 },
    { typed: '2.5E18', want: 2.5e18 },
    { typed: '1,000', want: 1000, why: 'the thousands separator in its exact form' },
    { typed: '46,000,000', want: 46_000_000 },
    { typed: '330,625.5', want: 330_625.5 },
    { typed: '\u2212330,625', want: -330_625 },
    { typed: '≈\u202F\u22129168.02', want: -9168.02, why: 'a rounded value as the page shows it' },
    { typed: '1.18325 × 10⁻⁹', want: 1.18325e-9, why: 'scientific notation as the page shows it' },
    { typed: '2.5 × 10¹⁸', want: 2.5e18 },
    { typed: '1e308', want: 1e308 },
    { typed: '5e-324', want: 5e-324, why: 'the smallest subnormal is still a number the engine can use' },
  ])('"$typed" → $want', ({ typed, want }) => {
    expect(value(parseNumber(typed))).toBe(want);
  });
});

describe('refused, with the form that would work', () => {
  test.each([
    // Issue 10's list, each once misread.
    { typed: '1,5', says: ['comma', '1.5'] },
    { typed: '0,001', says: ['comma', '0.001'] },
    { typed: '1.000,5', says: ['comma', '1000.5'] },
    { typed: '1,00', says: ['comma', '1.00'] },
    { typed: '1,0000', says: ['comma'] },
    { typed: '1 2', says: ['space', '12'] },
    { typed: '1\n2', says: ['space', '12'] },
    { typed: '12\t34', says: ['space', '1234'] },
    { typed: '1 000 000', says: ['space', '1000000'] },
    { typed: '1_000', says: ['1000'] },
    { typed: '1e-400', says: ['too small', '0'] },
    { typed: '-1e-400', says: ['too small'] },
    { typed: '1e400', says: ['too large'] },
    { typed: '1,000e3', says: ['comma', '1000e3'] },
    { typed: '', says: ['Enter a number'] },
    { typed: '   ', says: ['Enter a number'] },
    { typed: 'abc', says: ['“abc”', '1.5'] },
    { typed: 'NaN', says: ['“NaN”'] },
    { typed: 'Infinity', says: ['“Infinity”'] },
    { typed: '0x10', says: ['“0x10”'] },
    { typed: '1..2', says: ['“1..2”'] },
    { typed: '--1', says: ['“--1”'] },
  ])('"$typed" says $says', ({ typed, says }) => {
    const p = parseNumber(typed);
    expect(p.ok).toBe(false);
    for (const s of says) expect(message(p).toLowerCase()).toContain(s.toLowerCase());
  });

  test('a message quotes at most 40 characters of what was typed', () => {
    const junk = 'x'.repeat(10_000);
    const m = message(parseNumber(junk));
    expect(m).toContain('x'.repeat(39) + '…');
    expect(m).not.toContain('x'.repeat(41));
    expect(m.length).toBeLessThan(160);
  });
});

describe('properties over every kind of string and double', () => {
  const NEVER = /NaN|Infinity|∞|undefined|not a number/;

  test('any string is either a finite number or a short message that never says NaN', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.stringMatching(/^[-+0-9.,eE ×⁻¹²³\t\n]{0,20}$/),
        ),
        (typed) => {
          const p = parseNumber(typed);
          if (p.ok) {
            expect(Number.isFinite(p.value)).toBe(true);
            // Nothing that is not a digit of a value is read as 0: a zero came from zeros.
            if (p.value === 0) expect(typed.replace(/e.*$/is, '')).toMatch(/^[^1-9]*$/);
          } else {
            // The reader's own words may say anything; the message around them may not.
            expect(p.message.replace(/“[^”]*”/, '“…”')).not.toMatch(NEVER);
            expect(p.message.length).toBeLessThan(200);
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });

  test('a comma is read only as the thousands separator in its exact form', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9]{1,7}(,[0-9]{1,4}){1,3}(\.[0-9]{1,3})?$/), (typed) => {
        const grouped = /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(typed);
        const p = parseNumber(typed);
        expect(p.ok).toBe(grouped);
        if (p.ok) expect(p.value).toBe(Number(typed.replaceAll(',', '')));
      }),
      { numRuns: 3_000 },
    );
  });

  test('every number the formatter writes reads back as that number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 12 }), (v, significant) => {
        for (const f of [{}, { significant }]) {
          const { text, approximate } = formatNumber(v, f);
          const p = parseNumber(text);
          expect(p.ok, `${text} from ${v}`).toBe(true);
          if (p.ok && !approximate) expect(p.value).toBe(Number(v.toPrecision(12)) || 0);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
