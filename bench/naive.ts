/**
 * The baseline: the same work done the way most hand-written Apps Script does it, one cell at a
 * time. Written for the benchmark only, to count its service calls against the tool's.
 */
import type { AppsScriptGlobals } from '../emulator';
import { type Cell, parseCell } from '../src/domain/tracker/cells';
import { civil } from '../src/domain/rules/civil-date';
import { computedValues } from '../src/domain/tracker/computed-columns';
import type { TrackerRow } from '../src/domain/tracker/row';
import { computeSchedule } from '../src/domain/rules/schedule';
import {
  COMPUTED_COLUMNS,
  type ComputedColumnKey,
  INPUT_COLUMNS,
  type InputColumnKey,
  locateColumns,
} from '../src/domain/tracker/columns';

const noDates = () => civil('2000-01-01');

function tracker(globals: AppsScriptGlobals) {
  const sheet = globals.SpreadsheetApp.getActive().getSheetByName('Tracker');
  if (!sheet) throw new Error('no Tracker');
  const width = sheet.getLastColumn();
  const headers: string[] = [];
  for (let column = 1; column <= width; column += 1)
    headers.push(String(sheet.getRange(1, column).getValue()));
  return { sheet, headers, layout: locateColumns(headers), rows: sheet.getLastRow() };
}

/** Headers, then a validation and a format set cell by cell. */
export function naiveSetUp(globals: AppsScriptGlobals): void {
  const { sheet, headers, layout, rows } = tracker(globals);
  const computed = Object.values(COMPUTED_COLUMNS);
  sheet.insertColumnsAfter(sheet.getMaxColumns(), computed.length);
  computed.forEach((column, index) =>
    sheet.getRange(1, headers.length + index + 1).setValue(column.header),
  );
  const rule = globals.SpreadsheetApp.newDataValidation()
    .requireValueInList(['outstanding', 'good', 'requires improvement', 'inadequate'])
    .build();
  for (let row = 2; row <= rows; row += 1) {
    for (const key of [
      'overall',
      'leaders',
      'helpAndProtection',
      'childrenInCare',
      'careLeavers',
    ] as const) {
      const column = layout.input[key];
      if (column !== undefined) sheet.getRange(row, column + 1).setDataValidation(rule);
    }
    const start = layout.input.lastInspection;
    if (start !== undefined) sheet.getRange(row, start + 1).setNumberFormat('yyyy-mm-dd');
  }
}

/** Each input cell read, each computed cell written, row by row. */
export function naiveRecalculate(globals: AppsScriptGlobals, now: Date): void {
  const { sheet, layout, rows } = tracker(globals);
  const today = civil(now.toISOString().slice(0, 10));
  for (let row = 2; row <= rows; row += 1) {
    const parsed: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(layout.input) as [InputColumnKey, number][]) {
      const result = parseCell(
        INPUT_COLUMNS[key].kind,
        sheet.getRange(row, column + 1).getValue() as Cell,
        key,
        noDates,
      );
      if (result.ok && result.value !== undefined) parsed[key] = result.value;
    }
    const parsedRow = { authority: '', ...parsed } as TrackerRow;
    const values = computedValues(
      { row: parsedRow, schedule: computeSchedule(parsedRow, today) },
      [],
      today,
    );
    for (const [key, column] of Object.entries(layout.computed) as [ComputedColumnKey, number][]) {
      const value = values[key];
      sheet.getRange(row, column + 1).setValue(typeof value === 'string' ? value : '');
    }
  }
}

/** The recalculation, then for each row its dates read, the whole log read to check, a row appended. */
export function naiveDailyJob(globals: AppsScriptGlobals, now: Date): void {
  naiveRecalculate(globals, now);
  const spreadsheet = globals.SpreadsheetApp.getActive();
  const log = spreadsheet.getSheetByName('Reminder log') ?? spreadsheet.insertSheet('Reminder log');
  const { sheet, layout, rows } = tracker(globals);
  const meeting = layout.input.lastEngagementMeeting;
  for (let row = 2; row <= rows; row += 1) {
    const authority = sheet.getRange(row, (layout.input.authority ?? 0) + 1).getValue();
    if (meeting !== undefined) sheet.getRange(row, meeting + 1).getValue();
    const logged = log
      .getDataRange()
      .getValues()
      .some((entry) => entry[0] === authority);
    if (!logged) log.appendRow([authority, 'checked']);
  }
}
