/**
 * The workbook again, with the tool's changes, as the files a run writes: an .xlsx patched in place
 * (cli/xlsx/write.ts), every part and cell the tool does not own as it was; a .csv byte for byte
 * but for the tool's columns (cli/csv-text.ts), with its Reminder log and Settings beside it. Also
 * what a state carries for the next run: the log rows the workbook lacks, a .csv's tool columns.
 */
import path from 'node:path';
import type { AppsScriptEmulator, StoredCell } from '../emulator';
import { isToolNote } from '../src/domain/tracker/columns';
import { type CsvTable, readCsvTable, writeCsvTable } from './csv-text';
import { WorkbookError } from './errors';
import {
  type OpenedWorkbook,
  REMINDER_LOG,
  csvLogPathOf,
  csvSettingsPathOf,
  csvText,
} from './workbook';
import { columnName } from './xlsx/read';
import { writeXlsx } from './xlsx/write';

/** A sheet the tool owns as a CSV of its own, its text kept from running as formulas. */
function csvSheet(cells: readonly (readonly StoredCell[])[]): Uint8Array {
  const rows = cells.map((row) => row.map((cell) => csvText(cell)));
  const every = new Set(
    Array.from({ length: Math.max(0, ...rows.map((row) => row.length)) }, (_, index) => index),
  );
  return writeCsvTable(readCsvTable(new Uint8Array(), 'new'), rows, every);
}

/**
 * The Reminder log's rows after the `count` the workbook read held: what a state carries for the
 * next run on that workbook (cli/state.ts, unsavedLog).
 */
export function logRowsAfter(emulator: AppsScriptEmulator, count: number): StoredCell[][] {
  if (!emulator.spreadsheet.getSheetByName(REMINDER_LOG)) return [];
  return emulator
    .storedSheet(REMINDER_LOG)
    .cells.slice(count)
    .map((row) => [...row]);
}

/**
 * The .csv Tracker's columns that are the tool's after a run (its notes, and what it added), by
 * header and position ('' for the others); none for an .xlsx, whose notes say.
 */
export function csvToolColumnsOf(emulator: AppsScriptEmulator, opened: OpenedWorkbook): string[] {
  if (opened.kind !== 'csv') return [];
  const [header = []] = emulator.storedSheet('Tracker').cells;
  return header.map((cell, index) =>
    isToolNote(cell.note ?? '') || (index >= opened.width && cell.value !== null)
      ? String(cell.value ?? '')
      : '',
  );
}

/**
 * Columns of the file whose header was blank and that Set up named (a header row ending in blank
 * columns): their headers are written, or the next run would not find those columns and add them
 * again.
 */
function headersFilledIn(table: CsvTable, rows: readonly (readonly string[])[]): number[] {
  const header = table.rows[0] ?? [];
  return header.flatMap((text, column) =>
    text.trim() === '' && (rows[0]?.[column] ?? '') !== '' ? [column] : [],
  );
}

/** An .xlsx sheet ends at column XFD. */
const XLSX_COLUMNS = 16_384;

/**
 * Refuses, before anything is sent, an .xlsx whose sheet would need columns past XFD: a Tracker
 * reaching the last column has no room for the tool's.
 */
export function checkXlsxWidth(
  emulator: AppsScriptEmulator,
  opened: OpenedWorkbook,
  file: string,
): void {
  if (opened.kind !== 'xlsx') return;
  for (const sheet of emulator.spreadsheet.getSheets()) {
    const width = sheet.getLastColumn();
    if (width <= XLSX_COLUMNS) continue;
    throw new WorkbookError(
      `${path.basename(file)}: the ${sheet.getName()} sheet's columns reach past XFD, the last an .xlsx sheet has ` +
        `(the tool's columns would end at ${columnName(width - 1)}); delete unused columns at its right and run again.`,
    );
  }
}

export interface WorkbookFile {
  readonly file: string;
  readonly contents: string | Uint8Array;
}

/**
 * The files a run writes for the workbook, as `file` (the workbook's new path) names them: the
 * workbook itself and, for a .csv, its Reminder log and Settings beside it.
 */
export async function workbookFiles(
  emulator: AppsScriptEmulator,
  opened: OpenedWorkbook,
  file: string,
): Promise<WorkbookFile[]> {
  if (opened.kind === 'xlsx') {
    try {
      return [{ file, contents: await writeXlsx(opened.loaded, emulator) }];
    } catch (error) {
      throw new WorkbookError(
        `${file}: could not be written (${(error as Error).message}); nothing was written.`,
      );
    }
  }
  const cells = emulator.storedSheet('Tracker').cells;
  const tool = new Set(
    csvToolColumnsOf(emulator, opened).flatMap((header, index) => (header === '' ? [] : [index])),
  );
  const rows = cells.map((row) => row.map((cell) => csvText(cell)));
  const named = headersFilledIn(opened.table, rows);
  // Only the header of such a column is the tool's: its other cells go back as they were.
  const written = rows.map((row, index) =>
    index === 0
      ? row
      : row.map((text, column) =>
          named.includes(column) ? (opened.table.rows[index]?.[column] ?? '') : text,
        ),
  );
  return [
    { file, contents: writeCsvTable(opened.table, written, new Set([...tool, ...named])) },
    { file: csvLogPathOf(file), contents: csvSheet(emulator.storedSheet(REMINDER_LOG).cells) },
    { file: csvSettingsPathOf(file), contents: csvSheet(emulator.storedSheet('Settings').cells) },
  ];
}
