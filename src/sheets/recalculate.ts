import { type Cell, isBlank } from '../domain/tracker/cells';
import type { CivilDate } from '../domain/rules/civil-date';
import type { ComputedValue } from '../domain/tracker/computed-columns';
import type { SettingsProblem } from '../domain/tracker/settings-sheet';
import { type TrackerSettings, parseSettings } from '../domain/reminders/settings';
import { type ComputedTracker, computeTracker } from '../domain/tracker/compute-tracker';
import { COMPUTED_COLUMNS, type ComputedColumnKey } from '../domain/tracker/columns';
import { type DateCodec, spreadsheetDateCodec } from './dates';
import { spreadsheetLocale } from './locale';
import { cellText } from '../domain/text/cell-text';
import { countOf } from '../domain/text/words';
import { headerNotesWithMarks } from './column-marks';
import { readNationalData } from './national-data-sheet';
import { type SettingsSheet, readSettingsSheet, statusValue, writeStatus } from './settings-sheet';
import { reliabilityText } from '../domain/forecast/describe';
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
  /** The spreadsheet's locale, as Sheets names it (`en_GB`). */
  readonly locale: string;
}

/**
 * Reads the Settings, the Tracker (values and header notes) and the National data, once each, and
 * computes every row as of `now`.
 */
export function readTracker(spreadsheet: Spreadsheet, now: Date): TrackerState {
  const { locale, slashOrder } = spreadsheetLocale(spreadsheet);
  const codec = { ...spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone()), slashOrder };
  const today = codec.dateOfCell(now);
  const settingsSheet = readSettingsSheet(spreadsheet);
  const { settings, problems } = parseSettings(settingsSheet.values, codec.dateOfCell);
  const sheet = requireSheet(spreadsheet, SHEET_NAMES.tracker);
  const values = readAll(sheet);
  const width = values[0]?.length ?? 0;
  const notes = width > 0 ? (sheet.getRange(1, 1, 1, width).getNotes()[0] ?? []) : [];
  const headerNotes = headerNotesWithMarks(
    sheet,
    (values[0] ?? []).map((cell) => String(cell ?? '')),
    notes,
  );
  const national = readNationalData(spreadsheet, codec.dateOfCell);
  const tracker = computeTracker(
    values,
    today,
    settings,
    codec.dateOfCell,
    headerNotes,
    national,
    codec.slashOrder,
  );
  return {
    sheet,
    tracker,
    values,
    settings,
    settingsSheet,
    settingsProblems: problems,
    today,
    codec,
    locale,
  };
}

function sheetValue(value: ComputedValue, codec: DateCodec): Cell {
  return typeof value === 'string' ? cellText(value) : codec.toSheetDate(value);
}

/** Whether the header row still reads as it did: a column inserted or moved since shifts them. */
function headersUnchanged(sheet: Sheet, headers: readonly Cell[]): boolean {
  const width = Math.max(sheet.getLastColumn(), headers.length, 1);
  const now = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  return Array.from({ length: width }, (_, index) => index).every(
    (index) => String(now[index] ?? '') === String(headers[index] ?? ''),
  );
}

/**
 * Rows of a run of computed columns that may be written in one call: each row with an Authority,
 * and each row without one that holds nothing there, not even a formula. A row without an
 * Authority that has something in these columns (a heading, a total, a note) splits the write and
 * is not touched.
 */
function writableSpans(
  state: TrackerState,
  run: { first: number; count: number },
): { first: number; rows: number }[] {
  const computedRows = new Set(state.tracker.results.map((result) => result.rowNumber));
  const bodyRows = state.values.length - 1;
  // A formula whose result is blank reads as blank: formulas are read only where that matters.
  const formulas =
    computedRows.size < bodyRows
      ? state.sheet.getRange(2, run.first + 1, bodyRows, run.count).getFormulas()
      : [];
  const spans: { first: number; rows: number }[] = [];
  state.values.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    const holdsNothing =
      cells.slice(run.first, run.first + run.count).every((cell) => isBlank(cell)) &&
      (formulas[index] ?? []).every((formula) => formula === '');
    if (!computedRows.has(rowNumber) && !holdsNothing) return;
    const last = spans[spans.length - 1];
    if (last && last.first + last.rows === rowNumber) last.rows += 1;
    else spans.push({ first: rowNumber, rows: 1 });
  });
  return spans;
}

/**
 * Writes the computed columns of the rows that have an Authority, and nothing else. The computed
 * columns sit side by side after Set up, so that is one write; a coordinator's cells in them on a
 * row without an Authority stay exactly as typed (they are not written back). Before writing, the
 * header row is read again: if a column was inserted or moved meanwhile nothing is written, so no
 * value lands in a coordinator's column. Returns whether it wrote.
 */
function writeComputed(state: TrackerState): boolean {
  const { sheet, tracker, values, codec } = state;
  if (values.length < 2) return true;
  if (!headersUnchanged(sheet, values[0] ?? [])) return false;
  const keyAt = new Map(
    (Object.entries(tracker.layout.computed) as [ComputedColumnKey, number][]).map(
      ([key, column]) => [column, key],
    ),
  );
  const resultAt = new Map(tracker.results.map((result) => [result.rowNumber, result]));
  for (const run of contiguousRuns([...keyAt.keys()])) {
    for (const span of writableSpans(state, run)) {
      const grid = Array.from({ length: span.rows }, (_, offset) => {
        const result = resultAt.get(span.first + offset);
        return Array.from({ length: run.count }, (_, column) =>
          result
            ? sheetValue(result.computed[keyAt.get(run.first + column) as ComputedColumnKey], codec)
            : '',
        );
      });
      sheet.getRange(span.first, run.first + 1, span.rows, run.count).setValues(grid);
    }
  }
  return true;
}

export interface RecalculateSummary {
  /** Computed columns the Tracker lacks, which were not written. */
  readonly missingColumns: readonly string[];
  /** The Tracker's columns moved while it was being computed, so nothing was written. */
  readonly columnsMoved: boolean;
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
  if (summary.columnsMoved) {
    return "The Tracker's columns changed while it was being recalculated, so nothing was written: run Recalculate now again.";
  }
  return `${countOf(summary.rows, 'row')} computed, ${summary.rowsWithProblems} with problems.${settings}${missing}`;
}

/**
 * Recalculate now: the reads of readTracker, the Tracker's header read again just before writing,
 * one write of the computed columns, and the Settings' Forecast track record when it changed.
 */
export function recalculate(
  spreadsheet: Spreadsheet,
  now: Date,
): RecalculateSummary & { state: TrackerState } {
  const state = readTracker(spreadsheet, now);
  const { missingComputed, results } = state.tracker;
  if (state.tracker.layout.input.authority === undefined) {
    throw new UserError(
      'The Tracker has no Authority column (or LA, Local authority), so no row can be computed: add one, then run Recalculate now.',
    );
  }
  if (missingComputed.length === Object.keys(COMPUTED_COLUMNS).length) {
    throw new UserError(
      'The Tracker has none of the computed columns: run ILACS tracker > Set up tracker.',
    );
  }
  const written = writeComputed(state);
  // Written when it changes (the National data does), so a daily run's Recalculate leaves it be.
  const trackRecord = reliabilityText(state.tracker.reliability);
  if (statusValue(state.settingsSheet, 'trackRecord') !== trackRecord)
    writeStatus(state.settingsSheet, { trackRecord });
  return {
    missingColumns: missingComputed.map((key) => COMPUTED_COLUMNS[key].header),
    columnsMoved: !written,
    rows: results.length,
    rowsWithProblems: results.filter((result) => result.problems.length > 0).length,
    settingsProblems: state.settingsProblems.length,
    today: state.today,
    state,
  };
}
