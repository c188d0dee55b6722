import type { Cell, DateOfCell } from '../domain/tracker/cells';
import { type NationalData, parseNationalData } from '../domain/tracker/national-data';
import type { NationalRecord } from '../domain/tracker/national-record';
import { nationalSheetRows } from '../domain/tracker/national-sheet';
import { readToolFormat } from '../domain/tracker/national-tool-format';
import { SHEET_NAMES, readAll } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The project file (release/national-data.html) holding the snapshot that ships with the tool. */
export const SNAPSHOT_FILE = 'national-data';

/**
 * The shipped snapshot's rows, header first, as text; none when the script project lacks the file
 * (a coordinator who pasted only Code.js), since HtmlService then throws.
 */
export function shippedSnapshot(): string[][] | undefined {
  let content: string;
  try {
    content = HtmlService.createHtmlOutputFromFile(SNAPSHOT_FILE).getContent();
  } catch {
    return undefined;
  }
  return JSON.parse(content) as string[][];
}

/** The banner (row 1) and the header (row 2) stay in view. */
const FROZEN_ROWS = 2;

/** Sheets' number format for plain text: what is written there stays as written. */
const PLAIN_TEXT = '@';

/** What Set up did with the National data sheet. */
export type NationalDataSetUp = 'filled' | 'kept' | 'noSnapshotFile';

/**
 * Set up: a missing or empty National data sheet is filled from the shipped snapshot, in one write;
 * one with anything in it is the coordinator's and is left as it is. Without the snapshot file no
 * sheet is made, so that a later Set up, once the file is added, still fills it.
 */
export function setUpNationalData(
  spreadsheet: Spreadsheet,
  dateOfCell: DateOfCell,
): NationalDataSetUp {
  const existing = spreadsheet.getSheetByName(SHEET_NAMES.nationalData);
  if (existing && existing.getLastRow() > 0) return 'kept';
  const snapshot = shippedSnapshot();
  if (!snapshot) return 'noSnapshotFile';
  const sheet = existing ?? spreadsheet.insertSheet(SHEET_NAMES.nationalData);
  const rows = nationalSheetRows(snapshot, parseNationalData(snapshot, dateOfCell).asOf);
  sheet.getRange(1, 1, rows.length, rows[0]?.length ?? 1).setValues(rows);
  sheet.setFrozenRows(FROZEN_ROWS);
  return 'filled';
}

/** The National data sheet, read in one call; none at all leaves the forecast to the Tracker's rows. */
export function readNationalData(spreadsheet: Spreadsheet, dateOfCell: DateOfCell): NationalData {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.nationalData);
  return sheet ? parseNationalData(readAll(sheet), dateOfCell) : { rows: [], problems: [] };
}

/** The National data sheet, if there is one, and its values (one read). */
export interface HeldNationalData {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  readonly values: Cell[][];
  /** Its rows in the tool's format, as a National data file is compared with them. */
  readonly records: readonly NationalRecord[];
}

export function readHeldNationalData(
  spreadsheet: Spreadsheet,
  dateOfCell: DateOfCell,
): HeldNationalData {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.nationalData);
  const values = sheet ? readAll(sheet) : [];
  return { sheet, values, records: readToolFormat(values, dateOfCell).records };
}

/**
 * Replaces everything on the National data sheet with `rows` (the banner, the header, one row per
 * authority): its content cleared in one call, so that no row of a longer table stays below, then
 * the rows in one write, as plain text, so that Sheets turns no code into a number and no ISO date
 * into a date cell (the tool reads `2024-03-11` the same in every locale). The banner and header
 * stay frozen. The sheet is made if it is missing.
 */
export function writeNationalSheet(
  spreadsheet: Spreadsheet,
  existing: GoogleAppsScript.Spreadsheet.Sheet | null,
  rows: readonly (readonly string[])[],
): void {
  const sheet = existing ?? spreadsheet.insertSheet(SHEET_NAMES.nationalData);
  if (existing) sheet.clearContents();
  const width = rows[0]?.length ?? 1;
  sheet
    .getRange(1, 1, rows.length, width)
    .setNumberFormat(PLAIN_TEXT)
    .setValues(rows.map((row) => [...row]));
  sheet.setFrozenRows(FROZEN_ROWS);
}
