import type { Cell } from '../domain/tracker/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SHEET_NAMES = {
  tracker: 'Tracker',
  settings: 'Settings',
  reminderLog: 'Reminder log',
  nationalData: 'National data',
} as const;

/** A problem the person at the Sheet can fix; shown to them as it is, not as a script failure. */
export class UserError extends Error {}

export function requireSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet)
    throw new UserError(`There is no ${name} sheet: run ILACS tracker > Set up tracker first.`);
  return sheet;
}

/** Everything on a sheet from A1, in one read. */
export function readAll(sheet: Sheet): Cell[][] {
  return sheet.getDataRange().getValues() as Cell[][];
}

/** Runs of neighbouring columns (0-based), so that each run is read or written in one call. */
export function contiguousRuns(columns: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === column) last.count += 1;
    else runs.push({ first: column, count: 1 });
  }
  return runs;
}

/** `A`, `Z`, `AA` for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
