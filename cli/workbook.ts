/**
 * A workbook file as the emulator's spreadsheet, and the same file again with the tool's changes.
 * An .xlsx is patched in place (cli/xlsx): every part and cell the tool does not own comes back as
 * it was. A .csv holds the Tracker sheet alone and comes back byte for byte but for the tool's
 * columns (cli/csv-text); its Reminder log is a .csv beside it. Reading never writes to the input.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppsScriptEmulator, StoredCell } from '../emulator';
import { isDateFormat, wallOfSerial } from '../emulator/values';
import { COMPUTED_COLUMNS, isToolNote, normalizeHeader } from '../src/domain/tracker/columns';
import { CsvFormatError, type CsvTable, readCsvTable, writeCsvTable } from './csv-text';
import { type LoadedWorkbook, readXlsx } from './xlsx/read';
import { writeXlsx } from './xlsx/write';

export class WorkbookError extends Error {}

export type WorkbookKind = 'xlsx' | 'csv';

export function workbookKind(file: string): WorkbookKind {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.csv') return 'csv';
  throw new WorkbookError(`${file}: expected a .xlsx workbook or a .csv of the Tracker sheet.`);
}

/** A .csv tracker's Reminder log: `<name>.reminder-log.csv` beside it. */
export function csvLogPathOf(tracker: string): string {
  const extension = path.extname(tracker);
  return path.join(path.dirname(tracker), `${path.basename(tracker, extension)}.reminder-log.csv`);
}

/** A .csv tracker's Settings, kept between runs: `<name>.settings.csv` beside it. */
export function csvSettingsPathOf(tracker: string): string {
  const extension = path.extname(tracker);
  return path.join(path.dirname(tracker), `${path.basename(tracker, extension)}.settings.csv`);
}

/** What the tool keeps of the file it read, to write the same file back with its changes. */
export type OpenedWorkbook =
  | { readonly kind: 'xlsx'; readonly loaded: LoadedWorkbook }
  | { readonly kind: 'csv'; readonly table: CsvTable; readonly width: number };

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
  try {
    return readCsvTable(bytes, path.basename(file));
  } catch (error) {
    if (error instanceof CsvFormatError) throw new WorkbookError(error.message);
    throw error;
  }
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
  if (log) emulator.addSheet('Reminder log', ownRows(readCsv(log, logFile)));
  // As typed: a setting such as 6-18 is text, not a date.
  const settingsFile = csvSettingsPathOf(file);
  const settings = await readBytes(settingsFile);
  if (settings)
    emulator.addSheet('Settings', ownRows(readCsv(settings, settingsFile)), { input: 'RAW' });
  return { kind: 'csv', table, width: Math.max(0, ...table.rows.map((row) => row.length)) };
}

async function loadXlsx(
  emulator: AppsScriptEmulator,
  file: string,
  bytes: Uint8Array,
): Promise<OpenedWorkbook> {
  let loaded: LoadedWorkbook;
  try {
    loaded = await readXlsx(bytes);
  } catch (error) {
    throw new WorkbookError(
      `${file}: not a readable .xlsx workbook (${(error as Error).message}).`,
    );
  }
  for (const sheet of loaded.sheets) {
    emulator.addStoredSheet(sheet.entry.name, {
      cells: sheet.cells,
      maxRows: Math.max(sheet.cells.length, 1000),
      maxColumns: Math.max(...sheet.cells.map((row) => row.length), 26),
      frozenRows: sheet.frozenRows,
    });
  }
  return { kind: 'xlsx', loaded };
}

/**
 * Loads a workbook file into the emulator's spreadsheet. `recordedToolColumns`: for a .csv, the
 * headers of the tool's columns as the last run left them (see csvToolColumnsOf).
 */
export async function loadWorkbook(
  emulator: AppsScriptEmulator,
  file: string,
  recordedToolColumns?: readonly string[],
): Promise<OpenedWorkbook> {
  const kind = workbookKind(file);
  const bytes = await readBytes(file);
  if (!bytes) throw new WorkbookError(`${file}: cannot be read (no such file).`);
  const opened =
    kind === 'csv'
      ? await loadCsv(emulator, file, bytes, recordedToolColumns)
      : await loadXlsx(emulator, file, bytes);
  if (!emulator.spreadsheet.getSheetByName('Tracker')) {
    throw new WorkbookError(`${file}: there is no sheet named Tracker.`);
  }
  emulator.calls.reset();
  return opened;
}

// --- writing ------------------------------------------------------------------------------------

/** A cell as CSV text: dates ISO (date-times with their time), everything else as it reads. */
function csvText(cell: StoredCell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'number' && isDateFormat(cell.numberFormat)) {
    const iso = new Date(wallOfSerial(cell.value)).toISOString();
    return cell.value % 1 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  return String(cell.value);
}

/** A sheet the tool owns as a CSV of its own, its text kept from running as formulas. */
function csvSheet(cells: readonly (readonly StoredCell[])[]): Uint8Array {
  const rows = cells.map((row) => row.map((cell) => csvText(cell)));
  const every = new Set(
    Array.from({ length: Math.max(0, ...rows.map((row) => row.length)) }, (_, index) => index),
  );
  return writeCsvTable(readCsvTable(new Uint8Array(), 'new'), rows, every);
}

/** The .csv Tracker's columns that are the tool's after a run: its notes, and what it added. */
export function csvToolColumnsOf(emulator: AppsScriptEmulator, opened: OpenedWorkbook): string[] {
  if (opened.kind !== 'csv') return [];
  const [header = []] = emulator.storedSheet('Tracker').cells;
  return header.map((cell, index) =>
    isToolNote(cell.note ?? '') || (index >= opened.width && cell.value !== null)
      ? String(cell.value ?? '')
      : '',
  );
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
  return [
    { file, contents: writeCsvTable(opened.table, rows, tool) },
    { file: csvLogPathOf(file), contents: csvSheet(emulator.storedSheet('Reminder log').cells) },
    { file: csvSettingsPathOf(file), contents: csvSheet(emulator.storedSheet('Settings').cells) },
  ];
}
