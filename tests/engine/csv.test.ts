import { describe, expect, test } from 'vitest';
import { CSV_MAX_CHARACTERS, CsvError, parseCsv } from '../../engine/csv';

const rows = (lines: string[]) => lines.join('\n');
const five = ['1000,2,200', '1500,3,260', '2000,3,350', '2500,4,400', '3000,5,470'];

function refusal(text: string): CsvError {
  try {
    parseCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvError);
    return error as CsvError;
  }
  throw new Error('expected a CsvError');
}

describe('parseCsv reads', () => {
  test('a header and three columns: two inputs, then the target', () => {
    const data = parseCsv(rows(['size_sqft, bedrooms ,price_k', ...five, '']));
    expect(data.inputNames).toEqual(['size_sqft', 'bedrooms']);
    expect(data.targetName).toBe('price_k');
    expect(data.inputs[2]).toEqual([2000, 3]);
    expect(data.targets).toEqual([200, 260, 350, 400, 470]);
  });

  test('two columns without a header, Windows line ends, signs, decimals and exponents', () => {
    const data = parseCsv(['-1.5,2', '.5,-3', '2e1,+4', '0,0', '3.,1E-2'].join('\r\n'));
    expect(data.inputNames).toEqual(['x']);
    expect(data.inputs.map((x) => x[0])).toEqual([-1.5, 0.5, 20, 0, 3]);
    expect(data.targets).toEqual([2, -3, 4, 0, 0.01]);
  });

  test('quoted header names', () => {
    expect(parseCsv(rows(['"size","price"', '1,2', '2,3', '3,4', '4,5', '5,6'])).inputNames).toEqual(['size']);
  });
});

describe('parseCsv refuses, naming the line and column', () => {
  test.each([
    { why: 'an empty file', text: '', line: 0, column: 0, says: 'is empty' },
    { why: 'a file of blank lines', text: '\n \n\n', line: 0, column: 0, says: 'is empty' },
    { why: 'one column', text: rows(['1', '2']), line: 1, column: 0, says: 'has 1 column' },
    { why: 'four columns', text: rows(['1,2,3,4']), line: 1, column: 0, says: 'has 4 columns' },
    { why: 'semicolons', text: rows(['1;2;3', '4;5;6']), line: 1, column: 0, says: 'separated by commas' },
    {
      why: 'a row with a column too few',
      text: rows(['a,b,y', ...five.slice(0, 2), '2000,350', ...five.slice(3)]),
      line: 4,
      column: 0,
      says: 'has 2 columns; line 1 has 3',
    },
    { why: 'a row with a thousands comma', text: rows([...five.slice(0, 4), '1,200,3,240']), line: 5, column: 0, says: 'has 4 columns' },
    {
      why: 'text in a number column',
      text: rows(['a,b,y', ...five.slice(0, 2), '2000,three,350', ...five.slice(3)]),
      line: 4,
      column: 2,
      says: '(b) is not a number',
    },
    { why: 'a dollar sign', text: rows([...five.slice(0, 4), '3000,5,$470']), line: 5, column: 3, says: 'is not a number' },
    { why: 'NaN', text: rows([...five.slice(0, 4), 'NaN,5,470']), line: 5, column: 1, says: 'is not a number' },
    { why: 'a header mixing a name and a number', text: rows(['size,2,price', ...five]), line: 1, column: 1, says: 'is not a number' },
    { why: 'a missing value', text: rows(['a,b,y', '1000,,200', ...five.slice(1)]), line: 2, column: 2, says: 'a missing value' },
    {
      why: 'a missing target at the end of a line',
      text: rows([...five.slice(0, 4), '3000,5,']),
      line: 5,
      column: 3,
      says: 'a missing value',
    },
    { why: 'a blank line inside the data', text: rows([...five.slice(0, 2), '', ...five.slice(2)]), line: 3, column: 0, says: 'is empty' },
    { why: 'a number too large for a double', text: rows([...five.slice(0, 4), '1e400,5,470']), line: 5, column: 1, says: 'too large' },
    { why: 'too few rows', text: rows(['a,y', '1,2', '3,4']), line: 0, column: 0, says: 'at least 5' },
  ])('$why', ({ text, line, column, says }) => {
    const error = refusal(text);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.message).toContain(says);
  });

  test('a 10 MB file, before reading a line of it', () => {
    const big = `x,y\n${'1,2\n'.repeat(2_500_000)}`;
    expect(big.length).toBeGreaterThan(10_000_000);
    const error = refusal(big);
    expect(error.field).toBe('file');
    expect(error.message).toContain('the limit is');
    expect(CSV_MAX_CHARACTERS).toBeLessThan(big.length);
  });
});
