import type { Cell } from '../domain/tracker/cells';
import { STATUS_ROWS, settingsRowIndex, settingsRowValue } from '../domain/tracker/settings-sheet';
import { cellText } from '../domain/text/cell-text';
import { SHEET_NAMES, readAll } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Settings sheet as read once: its values, header row first (none when there is no sheet). */
export interface SettingsSheet {
  readonly sheet: Sheet | null;
  readonly values: Cell[][];
}

export function readSettingsSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): SettingsSheet {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.settings);
  return { sheet, values: sheet ? readAll(sheet) : [] };
}

/**
 * Shows the tool's status on the Settings sheet (reminders on or off, the last run) in rows of its
 * own: each given one is written in its cell, found by name in the values read, or added at the
 * end. Only the given rows are written, so a run does not put back a value someone changed since.
 */
export function writeStatus(
  settingsSheet: SettingsSheet,
  status: Partial<Record<keyof typeof STATUS_ROWS, Cell>>,
): void {
  const { sheet, values } = settingsSheet;
  if (!sheet) return;
  const missing: Cell[][] = [];
  for (const key of Object.keys(status) as (keyof typeof STATUS_ROWS)[]) {
    const row = settingsRowIndex(values, STATUS_ROWS[key]);
    const value = status[key] ?? '';
    const cell = typeof value === 'string' ? cellText(value) : value;
    if (row >= 0) sheet.getRange(row + 1, 2).setValue(cell);
    else missing.push([STATUS_ROWS[key], cell]);
  }
  if (missing.length > 0)
    sheet.getRange(Math.max(values.length, 1) + 1, 1, missing.length, 2).setValues(missing);
}

/** What one of the tool's status rows says, as read (undefined when it has none or is blank). */
export function statusValue(
  settingsSheet: SettingsSheet,
  key: keyof typeof STATUS_ROWS,
): string | undefined {
  return settingsRowValue(settingsSheet.values, STATUS_ROWS[key]);
}
