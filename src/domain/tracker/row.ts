import { type Cell, type CellValueOfKind, type DateOfCell, isBlank, parseCell } from './cells';
import { INPUT_COLUMNS, type InputColumnKey } from './columns';

/** A Tracker row read into typed values: a blank or unreadable cell is undefined. */
export type TrackerRow = {
  readonly [K in Exclude<InputColumnKey, 'authority' | 'notes'>]?:
    CellValueOfKind[(typeof INPUT_COLUMNS)[K]['kind']] | undefined;
} & { readonly authority: string };

export type RowCells = Readonly<Partial<Record<InputColumnKey, Cell>>>;

export interface ParsedRow {
  readonly row: TrackerRow;
  /** One message per bad cell, each naming the column and what was expected. */
  readonly problems: readonly string[];
  /** The columns of those bad cells: filled, but read as blank. */
  readonly unreadable: readonly InputColumnKey[];
}

/**
 * Reads one row's cells (keyed by column) into typed values. Returns undefined for a row without
 * an Authority, which the tool leaves alone. A bad cell is reported and read as blank, so the
 * rest of the row still computes.
 */
export function parseTrackerRow(cells: RowCells, dateOfCell: DateOfCell): ParsedRow | undefined {
  if (isBlank(cells.authority)) return undefined;
  const row: Record<string, unknown> = {};
  const problems: string[] = [];
  const unreadable: InputColumnKey[] = [];
  for (const key of Object.keys(INPUT_COLUMNS) as InputColumnKey[]) {
    const column = INPUT_COLUMNS[key];
    const result = parseCell(column.kind, cells[key], column.header, dateOfCell);
    if (!result.ok) {
      problems.push(result.message);
      unreadable.push(key);
    } else if (result.value !== undefined) row[key] = result.value;
  }
  // A row is known by its Authority even when the cell is not text (a #REF!, a checkbox).
  row.authority ??= String(cells.authority).trim();
  return { row: row as TrackerRow, problems, unreadable };
}

export interface AuthorityAtRow {
  readonly authority: string;
  readonly rowNumber: number;
}

/** Each authority needs one row: later rows naming the same authority are reported, keyed by row number. */
export function duplicateAuthorityProblems(rows: readonly AuthorityAtRow[]): Map<number, string> {
  const firstRow = new Map<string, number>();
  const problems = new Map<number, string>();
  for (const { authority, rowNumber } of rows) {
    const key = authority.trim().toLowerCase().replace(/\s+/g, ' ');
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, rowNumber);
    else
      problems.set(
        rowNumber,
        `Authority: ${authority} is already in row ${first}; each authority needs exactly one row.`,
      );
  }
  return problems;
}
