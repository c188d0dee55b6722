/** A1 notation as Sheets reads and writes it. Rows and columns are 1-based. */

/** How a range was asked for, which is how Sheets prints it back in getA1Notation. */
export type A1Form = 'cells' | 'columns' | 'rows' | 'open-rows';

/** A parsed A1 reference; `undefined` bounds run to the edge of the sheet. */
export interface A1Reference {
  readonly row: number;
  readonly column: number;
  /** The last row, or undefined for whole columns (`A:C`) and open ends (`A2:C`). */
  readonly lastRow: number | undefined;
  /** The last column, or undefined for whole rows (`2:5`). */
  readonly lastColumn: number | undefined;
  readonly form: A1Form;
}

/** The most columns a Google Sheet can have (ZZZ is further, but Sheets stops at 18,278). */
const MAX_COLUMN = 18_278;

export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?([1-9]\d{0,8})?$/;

function part(text: string): { column: number | undefined; row: number | undefined } | undefined {
  const match = PART.exec(text);
  if (!match || (!match[1] && !match[2])) return undefined;
  const column = match[1] ? columnNumber(match[1]) : undefined;
  if (column !== undefined && column > MAX_COLUMN) return undefined;
  return { column, row: match[2] ? Number(match[2]) : undefined };
}

/**
 * Reads `A1`, `B2:D10`, `$A$1`, `A:C` (whole columns), `2:5` (whole rows) and `A2:C` (from row 2
 * down); corners may come in either order. Undefined for anything else, which Sheets reports as
 * "Range not found".
 */
export function parseA1(text: string): A1Reference | undefined {
  const pieces = text.trim().split(':');
  if (pieces.length > 2) return undefined;
  const start = part(pieces[0] ?? '');
  if (!start) return undefined;
  if (pieces.length === 1) {
    if (start.column === undefined || start.row === undefined) return undefined;
    return { ...cornerToCorner(start.row, start.column, start.row, start.column), form: 'cells' };
  }
  const end = part(pieces[1] ?? '');
  if (!end) return undefined;
  if (start.column !== undefined && end.column !== undefined) {
    if (start.row !== undefined && end.row !== undefined)
      return { ...cornerToCorner(start.row, start.column, end.row, end.column), form: 'cells' };
    if (start.row === undefined && end.row === undefined)
      return {
        row: 1,
        column: Math.min(start.column, end.column),
        lastRow: undefined,
        lastColumn: Math.max(start.column, end.column),
        form: 'columns',
      };
    const row = start.row ?? end.row ?? 1;
    return {
      row,
      column: Math.min(start.column, end.column),
      lastRow: undefined,
      lastColumn: Math.max(start.column, end.column),
      form: 'open-rows',
    };
  }
  if (
    start.column === undefined &&
    end.column === undefined &&
    start.row !== undefined &&
    end.row !== undefined
  )
    return {
      row: Math.min(start.row, end.row),
      column: 1,
      lastRow: Math.max(start.row, end.row),
      lastColumn: undefined,
      form: 'rows',
    };
  return undefined;
}

function cornerToCorner(row1: number, column1: number, row2: number, column2: number) {
  return {
    row: Math.min(row1, row2),
    column: Math.min(column1, column2),
    lastRow: Math.max(row1, row2),
    lastColumn: Math.max(column1, column2),
  };
}

/** A range's A1 notation, as Range.getA1Notation gives it for each way of asking. */
export function formatA1(
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  form: A1Form = 'cells',
): string {
  const lastRow = row + numRows - 1;
  const lastColumn = column + numColumns - 1;
  switch (form) {
    case 'columns':
      return `${columnLetters(column)}:${columnLetters(lastColumn)}`;
    case 'rows':
      return `${row}:${lastRow}`;
    case 'open-rows':
      return `${columnLetters(column)}${row}:${columnLetters(lastColumn)}`;
    case 'cells':
      return numRows === 1 && numColumns === 1
        ? `${columnLetters(column)}${row}`
        : `${columnLetters(column)}${row}:${columnLetters(lastColumn)}${lastRow}`;
  }
}
