import type { Cell } from '../domain/cells';
import { STATUS_ROWS } from '../domain/tracker-settings';
import { normalizeHeader } from '../domain/tracker-columns';
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
 * Shows the tool's status on the Settings sheet (reminders on or off, the last run) in two rows of
 * its own, found by name in the values already read, else added at the end: one write.
 */
export function writeStatus(
  settingsSheet: SettingsSheet,
  status: Partial<Record<keyof typeof STATUS_ROWS, Cell>>,
): void {
  const { sheet, values } = settingsSheet;
  if (!sheet) return;
  const nameAt = (row: number) => normalizeHeader(String(values[row]?.[0] ?? ''));
  let found = -1;
  values.forEach((_, row) => {
    if (nameAt(row) === normalizeHeader(STATUS_ROWS.dailyReminders)) found = row;
  });
  const nextFree =
    found >= 0 && ['', normalizeHeader(STATUS_ROWS.lastRun)].includes(nameAt(found + 1));
  const start = nextFree ? found : Math.max(values.length, 1);
  const current = (offset: number) => (nextFree ? (values[start + offset]?.[1] ?? '') : '');
  sheet.getRange(start + 1, 1, 2, 2).setValues([
    [STATUS_ROWS.dailyReminders, status.dailyReminders ?? current(0)],
    [STATUS_ROWS.lastRun, status.lastRun ?? current(1)],
  ]);
}
