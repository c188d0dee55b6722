import { formatIso } from '../domain/rules/civil-date';
import type { Cell, DateOfCell } from '../domain/tracker/cells';
import { type NationalData, parseNationalData } from '../domain/tracker/national-data';
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

/** What Set up did with the National data sheet. */
export type NationalDataSetUp = 'filled' | 'kept' | 'noSnapshotFile';

function banner(asOf: string): string {
  return (
    `Every authority's latest full Ofsted inspection, as of ${asOf} (the latest date in it), for ` +
    "the forecast. The Tracker's own rows win for their authorities. To update it, replace the " +
    'rows below with a newer copy of the same columns.'
  );
}

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
  const width = snapshot[0]?.length ?? 1;
  const asOf = parseNationalData(snapshot, dateOfCell).asOf;
  const rows: Cell[][] = [
    [banner(asOf ? formatIso(asOf) : 'an unknown date'), ...Array<Cell>(width - 1).fill('')],
    ...snapshot,
  ];
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  sheet.setFrozenRows(2);
  return 'filled';
}

/** The National data sheet, read in one call; none at all leaves the forecast to the Tracker's rows. */
export function readNationalData(spreadsheet: Spreadsheet, dateOfCell: DateOfCell): NationalData {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.nationalData);
  return sheet ? parseNationalData(readAll(sheet), dateOfCell) : { rows: [], problems: [] };
}
