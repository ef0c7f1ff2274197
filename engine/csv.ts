/**
 * A strict reader for the reader's own data: comma-separated, one row per line, one or two
 * input columns then the target. An optional first line of column names is recognised when
 * none of its fields is a number. Anything else is refused with a CsvError naming the line and
 * column, never repaired: no guessing of separators, thousands marks or missing values.
 */
import { createDataset, type Dataset } from './dataset';
import { formatNumber } from './format';
import { EngineInputError } from './validate';

/** Larger text is refused before it is split: a page should not freeze on a 10 MB paste. */
export const CSV_MAX_CHARACTERS = 200_000;
/** Enough rows for a split and a curve; more only slows training in the page. */
const CSV_MIN_ROWS = 5;
const CSV_MAX_ROWS = 2000;

export class CsvError extends EngineInputError {
  constructor(
    /** 1-based line of the text, or 0 for the file as a whole. */
    readonly line: number,
    /** 1-based column, or 0 for the whole line. */
    readonly column: number,
    reason: string,
    value: unknown,
  ) {
    super(line === 0 ? 'file' : column === 0 ? `line ${line}` : `line ${line}, column ${column}`, value, reason);
  }
}

/** A decimal number as people type one: 1200, −3.5, .5, 2e3. Not 1,200, $300, NaN or Infinity. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseCsv(text: string): Dataset {
  if (typeof text !== 'string') throw new CsvError(0, 0, 'must be text', text);
  if (text.length > CSV_MAX_CHARACTERS) {
    throw new CsvError(
      0,
      0,
      `is ${formatSize(text.length)}; the limit is ${formatSize(CSV_MAX_CHARACTERS)} (${CSV_MAX_ROWS} rows)`,
      text.length,
    );
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length === 0) throw new CsvError(0, 0, 'is empty', text);

  const cells = (line: string) => line.split(',').map((cell) => cell.trim());
  const first = cells(lines[0]!);
  const hasHeader = first.every((cell) => !NUMBER.test(cell));
  const width = first.length;
  if (width < 2 || width > 3) {
    throw new CsvError(
      1,
      0,
      `has ${width} column${width === 1 ? '' : 's'}; expected 2 (input, target) or 3 (two inputs, target) separated by commas`,
      lines[0],
    );
  }
  const names = hasHeader ? first.map((cell, c) => unquote(cell) || `column ${c + 1}`) : defaultNames(width);

  const rows = lines.slice(hasHeader ? 1 : 0).map((line, k) => {
    const lineNo = k + (hasHeader ? 2 : 1);
    if (line.trim() === '') throw new CsvError(lineNo, 0, 'is empty; remove it or fill in its values', line);
    const fields = cells(line);
    if (fields.length !== width) {
      throw new CsvError(lineNo, 0, `has ${fields.length} column${fields.length === 1 ? '' : 's'}; line 1 has ${width}`, line);
    }
    const values = fields.map((cell, c) => readNumber(cell, lineNo, c + 1, names[c]!));
    return { input: values.slice(0, -1), target: values[values.length - 1]! };
  });
  if (rows.length < CSV_MIN_ROWS)
    throw new CsvError(
      0,
      0,
      `has ${rows.length} data row${rows.length === 1 ? '' : 's'}; at least ${CSV_MIN_ROWS} are needed`,
      rows.length,
    );
  if (rows.length > CSV_MAX_ROWS) throw new CsvError(0, 0, `has ${rows.length} data rows; the limit is ${CSV_MAX_ROWS}`, rows.length);
  return createDataset(names.slice(0, -1), names[names.length - 1]!, rows);
}

function readNumber(cell: string, line: number, column: number, name: string): number {
  if (cell === '') throw new CsvError(line, column, `(${name}) is empty: a missing value`, cell);
  if (!NUMBER.test(cell))
    throw new CsvError(line, column, `(${name}) is not a number: write it with digits and a decimal point only`, cell);
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new CsvError(line, column, `(${name}) is too large to be a number`, cell);
  return value;
}

function unquote(cell: string): string {
  return /^"[^"]*"$/.test(cell) ? cell.slice(1, -1).trim() : cell;
}

function defaultNames(width: number): string[] {
  return width === 2 ? ['x', 'y'] : ['x1', 'x2', 'y'];
}

function formatSize(characters: number): string {
  return `${formatNumber(characters / 1e6, { decimals: 1 }).text} MB`;
}
