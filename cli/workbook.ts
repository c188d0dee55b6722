/**
 * A workbook file read into the emulator's spreadsheet, and what names it: its kind, the files
 * kept beside it, a cell as CSV text. An .xlsx is read as Sheets reads an upload (cli/xlsx); a
 * .csv holds the Tracker sheet alone (cli/csv-text), its Reminder log and Settings .csv files
 * beside it. Reading never writes to the input; cli/workbook-files.ts writes the workbook again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppsScriptEmulator, StoredCell } from '../emulator';
import { CELL_CHARACTER_LIMIT, isDateFormat, wallOfSerial } from '../emulator/values';
import {
  COMPUTED_COLUMNS,
  INPUT_COLUMNS,
  locateColumns,
  normalizeHeader,
} from '../src/domain/tracker/columns';
import { CsvFormatError, type CsvTable, readCsvTable } from './csv-text';
import { WorkbookError } from './errors';
import { type LoadedWorkbook, columnName, readXlsx } from './xlsx/read';

export type WorkbookKind = 'xlsx' | 'csv';

export function workbookKind(file: string): WorkbookKind {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.csv') return 'csv';
  throw new WorkbookError(`${file}: expected a .xlsx workbook or a .csv of the Tracker sheet.`);
}

/** `<folder>/<name><suffix>` for `<folder>/<name>.<extension>`: a path beside the file. */
export function siblingPath(file: string, suffix: string): string {
  const extension = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, extension)}${suffix}`);
}

/** A .csv tracker's Reminder log: `<name>.reminder-log.csv` beside it. */
export function csvLogPathOf(tracker: string): string {
  return siblingPath(tracker, '.reminder-log.csv');
}

/** A .csv tracker's Settings, kept between runs: `<name>.settings.csv` beside it. */
export function csvSettingsPathOf(tracker: string): string {
  return siblingPath(tracker, '.settings.csv');
}

/**
 * What the tool keeps of the file it read, to write the same file back with its changes, and how
 * many rows the file's Reminder log had (those after them are new since).
 */
export type OpenedWorkbook = (
  | { readonly kind: 'xlsx'; readonly loaded: LoadedWorkbook }
  | { readonly kind: 'csv'; readonly table: CsvTable; readonly width: number }
) & { readonly logRowsOnDisk: number };

/** A Reminder log's rows a run recorded beside the workbook (see cli/run-record.ts). */
export type UnsavedLog = readonly (readonly StoredCell[])[];

export const REMINDER_LOG = 'Reminder log';

/** A cell as CSV text: dates ISO (date-times with their time), everything else as it reads. */
export function csvText(cell: StoredCell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'number' && isDateFormat(cell.numberFormat)) {
    const iso = new Date(wallOfSerial(cell.value)).toISOString();
    return cell.value % 1 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  return String(cell.value);
}

async function readBytes(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new WorkbookError(`${file}: cannot be read (${code ?? String(error)}).`);
  }
}

function readCsv(bytes: Uint8Array, file: string): CsvTable {
  let table: CsvTable;
  try {
    table = readCsvTable(bytes, path.basename(file));
  } catch (error) {
    if (error instanceof CsvFormatError) throw new WorkbookError(error.message);
    throw error;
  }
  checkCellSizes(table, path.basename(file));
  return table;
}

/** Sheets refuses a cell of more than 50,000 characters: said here, naming the cell. */
function checkCellSizes(table: CsvTable, name: string): void {
  for (const [index, row] of table.rows.entries()) {
    const column = row.findIndex((cell) => cell.length > CELL_CHARACTER_LIMIT);
    if (column < 0) continue;
    const header = table.rows[0]?.[column]?.trim();
    throw new WorkbookError(
      `${name}: row ${index + 1}, column ${columnName(column)}${header ? ` (${header})` : ''}, holds ` +
        `${(row[column] ?? '').length.toLocaleString('en-GB')} characters; a cell holds at most ` +
        `${CELL_CHARACTER_LIMIT.toLocaleString('en-GB')}, as in Google Sheets. Shorten it and run again.`,
    );
  }
}

/** A row's cells as the CSV writer writes them, trailing blanks left out: its identity. */
function rowIdentity(texts: readonly string[]): string {
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end -= 1;
  return texts.slice(0, end).join('\u001f');
}

/** How many rows there are up to the last that holds something. */
function filledRows(texts: readonly (readonly string[])[]): number {
  let end = texts.length;
  while (end > 0 && rowIdentity(texts[end - 1] ?? []) === '') end -= 1;
  return end;
}

/**
 * A Reminder log's rows with the unsaved ones after them (a run stopped after recording them,
 * before it wrote the workbook), each unless the log holds it already: then the workbook is the
 * one that run went on to write, or a later one.
 */
function withUnsaved<T>(
  rows: readonly (readonly T[])[],
  textOf: (cell: T) => string,
  unsaved: UnsavedLog,
  toRow: (row: readonly StoredCell[]) => T[],
): (readonly T[])[] {
  const texts = rows.map((row) => row.map(textOf));
  const end = filledRows(texts);
  const held = new Set(texts.slice(0, end).map(rowIdentity));
  const missing = unsaved.filter((row) => {
    const identity = rowIdentity(row.map(csvText));
    return identity !== '' && !held.has(identity);
  });
  return missing.length === 0 ? [...rows] : [...rows.slice(0, end), ...missing.map(toRow)];
}

/**
 * The columns of a .csv Tracker that are the tool's. A CSV holds no notes to mark them, so they are
 * those the last run recorded (`recorded`, headers by position); with no record, a file holding
 * every computed column is taken as one the tool wrote, and any other computed-looking header is
 * the coordinator's own, as a column without the tool's note is in Sheets.
 */
function csvToolColumns(
  header: readonly string[],
  recorded: readonly string[] | undefined,
): number[] {
  const normalized = header.map((cell) => normalizeHeader(cell));
  if (recorded) {
    return recorded.flatMap((name, index) =>
      name !== '' && normalized[index] === normalizeHeader(name) ? [index] : [],
    );
  }
  const computed = Object.values(COMPUTED_COLUMNS).map((column) => normalizeHeader(column.header));
  const positions = computed.map((name) => normalized.lastIndexOf(name));
  return positions.every((index) => index >= 0) ? positions : [];
}

/** A file the tool wrote (csvSheet), its text without the apostrophe that kept it from running. */
function ownRows(table: CsvTable): string[][] {
  return table.rows.map((row) =>
    row.map((cell) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)),
  );
}

async function loadCsv(
  emulator: AppsScriptEmulator,
  file: string,
  bytes: Uint8Array,
  recordedToolColumns: readonly string[] | undefined,
  unsaved: UnsavedLog,
): Promise<OpenedWorkbook> {
  const table = readCsv(bytes, file);
  // Typed in, as Sheets reads a CSV it imports; what goes back to the file is the file's own text.
  // A formula is read as the text it is: nothing here can work out what Sheets would make of it.
  const tracker = emulator.addSheet(
    'Tracker',
    table.rows.map((row) => row.map((cell) => (cell.startsWith('=') ? `'${cell}` : cell))),
  );
  const notes = new Map(
    Object.values(COMPUTED_COLUMNS).map((column) => [normalizeHeader(column.header), column.note]),
  );
  const header = table.rows[0] ?? [];
  for (const index of csvToolColumns(header, recordedToolColumns)) {
    const note = notes.get(normalizeHeader(header[index] ?? ''));
    if (note) tracker.getRange(1, index + 1).setNote(note);
  }
  const logFile = csvLogPathOf(file);
  const log = await readBytes(logFile);
  const logRows = log ? ownRows(readCsv(log, logFile)) : [];
  const rows = withUnsaved(
    logRows,
    (text) => text,
    unsaved,
    (row) => row.map(csvText),
  );
  if (log || rows.length > 0)
    emulator.addSheet(
      REMINDER_LOG,
      rows.map((row) => [...row]),
    );
  // As typed: a setting such as 6-18 is text, not a date.
  const settingsFile = csvSettingsPathOf(file);
  const settings = await readBytes(settingsFile);
  if (settings)
    emulator.addSheet('Settings', ownRows(readCsv(settings, settingsFile)), { input: 'RAW' });
  return {
    kind: 'csv',
    table,
    width: Math.max(0, ...table.rows.map((row) => row.length)),
    logRowsOnDisk: filledRows(logRows),
  };
}

const isLog = (name: string) => name.toLowerCase() === REMINDER_LOG.toLowerCase();

async function loadXlsx(
  emulator: AppsScriptEmulator,
  file: string,
  bytes: Uint8Array,
  unsaved: UnsavedLog,
): Promise<OpenedWorkbook> {
  let loaded: LoadedWorkbook;
  try {
    loaded = await readXlsx(bytes);
  } catch (error) {
    throw new WorkbookError(
      `${file}: not a readable .xlsx workbook (${(error as Error).message}).`,
    );
  }
  const addSheet = (name: string, cells: readonly (readonly StoredCell[])[], frozenRows: number) =>
    emulator.addStoredSheet(name, {
      cells,
      maxRows: Math.max(cells.length, 1000),
      maxColumns: Math.max(...cells.map((row) => row.length), 26),
      frozenRows,
    });
  // The unsaved rows go to the emulator's sheet only: `loaded` stays the file as it is, so that
  // writing the workbook writes them.
  for (const sheet of loaded.sheets) {
    const cells = isLog(sheet.entry.name)
      ? withUnsaved(sheet.cells, csvText, unsaved, (row) => [...row])
      : sheet.cells;
    addSheet(sheet.entry.name, cells, sheet.frozenRows);
  }
  const log = loaded.sheets.find((sheet) => isLog(sheet.entry.name));
  if (!log && unsaved.length > 0) addSheet(REMINDER_LOG, unsaved, 0);
  return {
    kind: 'xlsx',
    loaded,
    logRowsOnDisk: filledRows((log?.cells ?? []).map((row) => row.map(csvText))),
  };
}

/**
 * Loads a workbook file into the emulator's spreadsheet. `recordedToolColumns`: for a .csv, the
 * headers of the tool's columns as the last run left them (csvToolColumnsOf, in
 * cli/workbook-files.ts); `unsaved`: rows of the Reminder log a run recorded beside the workbook,
 * added unless the log has them.
 */
export async function loadWorkbook(
  emulator: AppsScriptEmulator,
  file: string,
  recordedToolColumns?: readonly string[],
  unsaved: UnsavedLog = [],
): Promise<OpenedWorkbook> {
  const kind = workbookKind(file);
  const bytes = await readBytes(file);
  if (!bytes) throw new WorkbookError(`${file}: cannot be read (no such file).`);
  const opened =
    kind === 'csv'
      ? await loadCsv(emulator, file, bytes, recordedToolColumns, unsaved)
      : await loadXlsx(emulator, file, bytes, unsaved);
  if (!emulator.spreadsheet.getSheetByName('Tracker')) {
    throw new WorkbookError(`${file}: there is no sheet named Tracker.`);
  }
  emulator.calls.reset();
  return opened;
}

/**
 * Refuses a Tracker whose data the tool could not read: rows below a first row that names no
 * Authority column (under any name the tool accepts), as a title row above the header would.
 */
export function checkTrackerHeader(emulator: AppsScriptEmulator, file: string): void {
  const [header = [], ...rows] = emulator.values('Tracker');
  const filled = rows.some((row) => row.some((cell) => String(cell ?? '').trim() !== ''));
  const names = header.map((cell) => String(cell ?? ''));
  if (!filled || locateColumns(names).input.authority !== undefined) return;
  const name = path.basename(file);
  if (names.some((cell) => cell.includes('\t'))) {
    throw new WorkbookError(
      `${name}: the Tracker looks tab-separated; save it as comma-separated CSV.`,
    );
  }
  const { header: authority, aliases } = INPUT_COLUMNS.authority;
  const found = names
    .filter((cell) => cell.trim() !== '')
    .slice(0, 6)
    .map((cell) => `'${cell}'`);
  throw new WorkbookError(
    `${name}: the Tracker's first row has no ${authority} column (found ${found.join(', ') || 'nothing'}); ` +
      `the header is read from row 1: name a column ${[authority, ...aliases].join(', ')}.`,
  );
}
