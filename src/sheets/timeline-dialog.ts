import { renderTimeline } from '../domain/timeline/render';
import { timelineRows } from '../domain/timeline/rows';
import { COMPUTED_COLUMNS } from '../domain/tracker/columns';
import { headerNotesWithMarks } from './column-marks';
import { spreadsheetDateCodec } from './dates';
import { readSettingsSheet, statusValue } from './settings-sheet';
import { SHEET_NAMES, UserError, readAll, requireSheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TimelinePage {
  readonly html: string;
  readonly authorities: number;
}

/**
 * The timeline of what Recalculate last wrote: one read of the Tracker (and of its header notes,
 * to know the tool's columns), whatever the number of rows; nothing is computed again.
 */
export function timelinePage(spreadsheet: Spreadsheet, now: Date): TimelinePage {
  const codec = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone());
  const sheet = requireSheet(spreadsheet, SHEET_NAMES.tracker);
  const values = readAll(sheet);
  const headers = (values[0] ?? []).map((cell) => String(cell ?? ''));
  const notes =
    headers.length > 0 ? (sheet.getRange(1, 1, 1, headers.length).getNotes()[0] ?? []) : [];
  const { rows, missingComputed } = timelineRows(
    values,
    codec.dateOfCell,
    headerNotesWithMarks(sheet, headers, notes),
  );
  if (rows.length > 0 && missingComputed.length === Object.keys(COMPUTED_COLUMNS).length) {
    throw new UserError(
      'The Tracker has none of the computed columns, so there is nothing to draw: run ILACS tracker > Set up tracker, then Recalculate now.',
    );
  }
  return {
    html: renderTimeline({
      rows,
      today: codec.dateOfCell(now),
      trackRecord: statusValue(readSettingsSheet(spreadsheet), 'trackRecord'),
    }),
    authorities: rows.length,
  };
}

/**
 * The timeline dialog's click on an authority: selects that row of the Tracker (its whole row),
 * bringing the Tracker to the front. `row` comes from the page, so it is checked: a whole number,
 * a row below the header that the Tracker has.
 */
export function selectRow(spreadsheet: Spreadsheet, row: unknown): void {
  const sheet = requireSheet(spreadsheet, SHEET_NAMES.tracker);
  const last = sheet.getLastRow();
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 2 || row > last) {
    throw new UserError(
      `There is no row ${String(row).slice(0, 40)} of authorities on the Tracker (rows 2 to ${last}): close the timeline and open it again.`,
    );
  }
  sheet.getRange(`${row}:${row}`).activate();
}
