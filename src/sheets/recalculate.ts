import { type Cell, isBlank } from '../domain/tracker/cells';
import type { CivilDate } from '../domain/rules/civil-date';
import type { ComputedValue } from '../domain/tracker/computed-columns';
import type { SettingsProblem } from '../domain/tracker/settings-sheet';
import { type TrackerSettings, parseSettings } from '../domain/reminders/settings';
import { type ComputedTracker, computeTracker } from '../domain/tracker/compute-tracker';
import { COMPUTED_COLUMNS, type ComputedColumnKey } from '../domain/tracker/columns';
import { type DateCodec, spreadsheetDateCodec } from './dates';
import { readNationalData } from './national-data-sheet';
import { type SettingsSheet, readSettingsSheet } from './settings-sheet';
import { SHEET_NAMES, UserError, contiguousRuns, readAll, requireSheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TrackerState {
  readonly sheet: Sheet;
  readonly tracker: ComputedTracker;
  readonly values: Cell[][];
  readonly settings: TrackerSettings;
  readonly settingsSheet: SettingsSheet;
  readonly settingsProblems: readonly SettingsProblem[];
  readonly today: CivilDate;
  readonly codec: DateCodec;
}

/** Reads the Settings and the Tracker (one read each) and computes every row as of `now`. */
export function readTracker(spreadsheet: Spreadsheet, now: Date): TrackerState {
  const codec = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone());
  const today = codec.dateOfCell(now);
  const settingsSheet = readSettingsSheet(spreadsheet);
  const { settings, problems } = parseSettings(settingsSheet.values, codec.dateOfCell);
  const sheet = requireSheet(spreadsheet, SHEET_NAMES.tracker);
  const values = readAll(sheet);
  const width = values[0]?.length ?? 0;
  const headerNotes = width > 0 ? (sheet.getRange(1, 1, 1, width).getNotes()[0] ?? []) : [];
  const national = readNationalData(spreadsheet, codec.dateOfCell);
  const tracker = computeTracker(values, today, settings, codec.dateOfCell, headerNotes, national);
  return {
    sheet,
    tracker,
    values,
    settings,
    settingsSheet,
    settingsProblems: problems,
    today,
    codec,
  };
}

function sheetValue(value: ComputedValue, codec: DateCodec): Cell {
  return typeof value === 'string' ? value : codec.toSheetDate(value);
}

/**
 * Writes the computed columns of the rows that have an Authority, and nothing else: every other
 * cell of those columns is written back as it was, its formula if it has one (a totals row, a
 * heading). The computed columns sit side by side after Set up, so that is one write (and a read
 * of formulas only when such a row holds something); columns a coordinator has moved apart take
 * one of each per run.
 */
function writeComputed(state: TrackerState): void {
  const { sheet, tracker, values, codec } = state;
  const bodyRows = values.length - 1;
  if (bodyRows < 1) return;
  const keyAt = new Map(
    (Object.entries(tracker.layout.computed) as [ComputedColumnKey, number][]).map(
      ([key, column]) => [column, key],
    ),
  );
  const resultAt = new Map(tracker.results.map((result) => [result.rowNumber, result]));
  for (const run of contiguousRuns([...keyAt.keys()])) {
    const range = sheet.getRange(2, run.first + 1, bodyRows, run.count);
    // Only a row without an Authority that has something in these columns can hold a formula.
    const keepsSomething = values
      .slice(1)
      .some(
        (cells, index) =>
          !resultAt.has(index + 2) &&
          cells.slice(run.first, run.first + run.count).some((cell) => !isBlank(cell)),
      );
    const formulas = keepsSomething ? range.getFormulas() : [];
    const grid = values.slice(1).map((cells, index) => {
      const result = resultAt.get(index + 2);
      return Array.from({ length: run.count }, (_, offset) => {
        const column = run.first + offset;
        if (result)
          return sheetValue(result.computed[keyAt.get(column) as ComputedColumnKey], codec);
        return formulas[index]?.[offset] || (cells[column] ?? '');
      });
    });
    range.setValues(grid);
  }
}

export interface RecalculateSummary {
  /** Computed columns the Tracker lacks, which were not written. */
  readonly missingColumns: readonly string[];
  readonly rows: number;
  readonly rowsWithProblems: number;
  readonly settingsProblems: number;
  readonly today: CivilDate;
}

export function summaryText(summary: RecalculateSummary): string {
  const settings =
    summary.settingsProblems > 0
      ? ` Settings: ${summary.settingsProblems} with problems, defaults used.`
      : '';
  const missing =
    summary.missingColumns.length > 0
      ? ` No ${summary.missingColumns.join(', ')} column: Set up tracker adds it.`
      : '';
  return `${summary.rows} rows computed, ${summary.rowsWithProblems} with problems.${settings}${missing}`;
}

/** Recalculate now: one read of Settings and Tracker, one write of the computed columns. */
export function recalculate(
  spreadsheet: Spreadsheet,
  now: Date,
): RecalculateSummary & { state: TrackerState } {
  const state = readTracker(spreadsheet, now);
  const { missingComputed, results } = state.tracker;
  if (missingComputed.length === Object.keys(COMPUTED_COLUMNS).length) {
    throw new UserError(
      'The Tracker has none of the computed columns: run ILACS tracker > Set up tracker.',
    );
  }
  writeComputed(state);
  return {
    missingColumns: missingComputed.map((key) => COMPUTED_COLUMNS[key].header),
    rows: results.length,
    rowsWithProblems: results.filter((result) => result.problems.length > 0).length,
    settingsProblems: state.settingsProblems.length,
    today: state.today,
    state,
  };
}
