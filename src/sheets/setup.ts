import { EXPECTED } from '../domain/tracker/cells';
import { GRADES } from '../domain/rules/grades';
import { INSPECTION_TYPES } from '../domain/rules/inspection';
import {
  COMPUTED_COLUMNS,
  type CellKind,
  type ColumnLayout,
  type ComputedColumnKey,
  INPUT_COLUMNS,
  type InputColumnKey,
  locateColumns,
} from '../domain/tracker/columns';
import { namedSettings, parseSettings, settingDefinitions } from '../domain/reminders/settings';
import { DATE_FORMAT, spreadsheetDateCodec } from './dates';
import { readSettingsSheet, writeStatus } from './settings-sheet';
import { FRAMEWORK_UPDATE_NOTE, FRAMEWORK_VERSION } from '../domain/rules/framework';
import {
  type NationalDataSetUp,
  SNAPSHOT_FILE,
  readNationalData,
  setUpNationalData,
} from './national-data-sheet';
import { reliabilityText } from '../domain/forecast/describe';
import { firstStepsText } from '../domain/reminders/first-steps';
import { markComputedColumns, headerNotesWithMarks } from './column-marks';
import { formatLogDates, logLayout, repairedReminderLog } from './reminder-log-sheet';
import { SHEET_NAMES, columnLetter, contiguousRuns, readAll } from './workbook';
import { nationalReliability, toolColumns } from '../domain/tracker/compute-tracker';
import { MARKED_FORMULA, TOOL_MARK } from '../domain/tracker/tool-marks';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const PROTECTION_DESCRIPTION = `${TOOL_MARK}: computed columns, overwritten by Recalculate`;
const LOG_PROTECTION = `${TOOL_MARK}: the record of reminders sent; editing it does not change what is sent`;
const RED = '#f4c7c3';
const AMBER = '#fce8b2';
const AMBER_DAYS = 30;

const COMPUTED_DATE_COLUMNS: readonly ComputedColumnKey[] = [
  'due',
  'windowOpens',
  'windowCloses',
  'expectedFrom',
  'expectedBy',
  'nextMonitoringVisit',
  'nextEngagementMeeting',
  'selfEvaluationDue',
];
/** Dates that call for attention when they come within 30 days. */
const SOON_DATE_COLUMNS: readonly ComputedColumnKey[] = [
  'expectedFrom',
  'nextMonitoringVisit',
  'nextEngagementMeeting',
  'selfEvaluationDue',
];

function getOrInsertSheet(
  spreadsheet: Spreadsheet,
  name: string,
): { sheet: Sheet; created: boolean } {
  const sheet = spreadsheet.getSheetByName(name);
  return sheet
    ? { sheet, created: false }
    : { sheet: spreadsheet.insertSheet(name), created: true };
}

/** Columns from `first` (0-based), making room at the right edge when the sheet is too narrow. */
function appendColumnsRange(sheet: Sheet, first: number, count: number) {
  const missing = first + count - sheet.getMaxColumns();
  if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
  return sheet.getRange(1, first + 1, 1, count);
}

function validationFor(kind: CellKind): DataValidation | undefined {
  const builder = SpreadsheetApp.newDataValidation()
    .setAllowInvalid(true)
    .setHelpText(`Expected ${EXPECTED[kind]}.`);
  switch (kind) {
    case 'date':
      return builder.requireDate().build();
    case 'grade':
      return builder.requireValueInList([...GRADES], true).build();
    case 'inspectionType':
      return builder.requireValueInList([...INSPECTION_TYPES], true).build();
    case 'count':
      return builder.requireNumberGreaterThanOrEqualTo(0).build();
    case 'yesNo':
      return builder.requireValueInList(['Yes', 'No'], true).build();
    case 'email':
      return builder.requireTextIsEmail().build();
    case 'reminders':
      return builder.requireValueInList(['On', 'Paused'], true).build();
    default:
      return undefined;
  }
}

/** Adds the headers the Tracker lacks at its right end; returns the layout after that. */
function ensureTrackerHeaders(sheet: Sheet): { layout: ColumnLayout; added: string[] } {
  const values = readAll(sheet);
  // An empty sheet's data range is A1 alone: its width is 0.
  const width = sheet.getLastColumn();
  const headers = (values[0] ?? []).slice(0, width).map((cell) => String(cell));
  const notes = width > 0 ? (sheet.getRange(1, 1, 1, width).getNotes()[0] ?? []) : [];
  const mayCompute = toolColumns(values, headerNotesWithMarks(sheet, headers, notes));
  const layout = locateColumns(headers, mayCompute);
  const added = [
    ...(Object.keys(INPUT_COLUMNS) as InputColumnKey[])
      .filter((key) => layout.input[key] === undefined)
      .map((key) => INPUT_COLUMNS[key].header),
    ...(Object.keys(COMPUTED_COLUMNS) as ComputedColumnKey[])
      .filter((key) => layout.computed[key] === undefined)
      .map((key) => COMPUTED_COLUMNS[key].header),
  ];
  if (added.length === 0) return { layout, added };
  // After the last column holding anything, so that no coordinator cell gets a header it did not have.
  appendColumnsRange(sheet, width, added.length).setValues([added]);
  const all = [...headers, ...added];
  return { layout: locateColumns(all, (index) => index >= width || mayCompute(index)), added };
}

function formatTracker(sheet: Sheet, layout: ColumnLayout): void {
  const rows = sheet.getMaxRows() - 1;
  const columnRange = (column: number) => sheet.getRange(2, column + 1, rows, 1);
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, sheet.getLastColumn()).setFontWeight('bold');

  for (const [key, column] of Object.entries(layout.input) as [InputColumnKey, number][]) {
    const kind = INPUT_COLUMNS[key].kind;
    const validation = validationFor(kind);
    if (validation) columnRange(column).setDataValidation(validation);
    if (kind === 'date') columnRange(column).setNumberFormat(DATE_FORMAT);
  }
  for (const key of COMPUTED_DATE_COLUMNS) {
    const column = layout.computed[key];
    if (column !== undefined) columnRange(column).setNumberFormat(DATE_FORMAT);
  }

  const computedAt = new Map(
    (Object.entries(layout.computed) as [ComputedColumnKey, number][]).map(([key, column]) => [
      column,
      key,
    ]),
  );
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (protection.getDescription() === PROTECTION_DESCRIPTION) protection.remove();
  }
  for (const run of contiguousRuns([...computedAt.keys()])) {
    const notes = Array.from(
      { length: run.count },
      (_, offset) => COMPUTED_COLUMNS[computedAt.get(run.first + offset) as ComputedColumnKey].note,
    );
    sheet.getRange(1, run.first + 1, 1, run.count).setNotes([notes]);
    sheet
      .getRange(1, run.first + 1, rows + 1, run.count)
      .protect()
      .setDescription(PROTECTION_DESCRIPTION)
      .setWarningOnly(true);
  }
  setConditionalFormats(sheet, layout, rows);
}

/** Overdue red, the forecast's window open or a date within 30 days amber; the coordinator's own rules stay. */
function setConditionalFormats(sheet: Sheet, layout: ColumnLayout, rows: number): void {
  const theirs = sheet
    .getConditionalFormatRules()
    .filter(
      (rule) =>
        !String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '').includes(MARKED_FORMULA),
    );
  const ours: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const rule = (column: number, condition: (cell: string) => string, colour: string) => {
    const cell = `$${columnLetter(column)}2`;
    ours.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=AND(${MARKED_FORMULA}, ${condition(cell)})`)
        .setBackground(colour)
        .setRanges([sheet.getRange(2, column + 1, rows, 1)])
        .build(),
    );
  };
  const { status, expectedFrom, expectedBy } = layout.computed;
  if (status !== undefined) {
    // SEARCH ignores case and works in Sheets, Excel and LibreOffice alike.
    rule(status, (cell) => `ISNUMBER(SEARCH("overdue", ${cell}))`, RED);
    // Amber while the forecast's window is open: from the row's own dates, not the Status's words.
    if (expectedFrom !== undefined && expectedBy !== undefined) {
      const from = `$${columnLetter(expectedFrom)}2`;
      const by = `$${columnLetter(expectedBy)}2`;
      rule(status, () => `ISNUMBER(${from}), ${from}<=TODAY(), TODAY()<=${by}`, AMBER);
    }
  }
  for (const key of SOON_DATE_COLUMNS) {
    const column = layout.computed[key];
    if (column === undefined) continue;
    rule(
      column,
      (cell) => `ISNUMBER(${cell}), ${cell}>=TODAY(), ${cell}<=TODAY()+${AMBER_DAYS}`,
      AMBER,
    );
  }
  sheet.setConditionalFormatRules([...theirs, ...ours]);
}

const rowIsBlank = (row: readonly unknown[] | undefined) =>
  (row ?? []).every((cell) => String(cell ?? '').trim() === '');

function setUpSettings(spreadsheet: Spreadsheet): number {
  const { sheet } = getOrInsertSheet(spreadsheet, SHEET_NAMES.settings);
  // Values are read as text, "6-18" must not become a date: so before any default is written.
  sheet.getRange(2, 2, sheet.getMaxRows() - 1, 1).setNumberFormat('@');
  const rows = readAll(sheet);
  if (rowIsBlank(rows[0])) sheet.getRange(1, 1, 1, 2).setValues([['Setting', 'Value']]);
  const named = namedSettings(rows);
  const missing = settingDefinitions().filter((definition) => !named.has(definition.id));
  const firstEmpty = Math.max(rows.length, 1) + 1;
  if (missing.length > 0) {
    const needed = firstEmpty - 1 + missing.length - sheet.getMaxRows();
    if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
    sheet
      .getRange(firstEmpty, 1, missing.length, 2)
      .setValues(missing.map((definition) => [definition.name, definition.defaultValue]));
    sheet
      .getRange(firstEmpty, 1, missing.length, 1)
      .setNotes(missing.map((definition) => [definition.about]));
  }
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
  return missing.length;
}

/**
 * The log with its headers (repaired as a run repairs it), a warning-only protection, bold
 * headers, and its Time and Event date columns in the tool's date formats.
 */
function setUpReminderLog(spreadsheet: Spreadsheet): void {
  const { sheet, values, created } = repairedReminderLog(spreadsheet);
  // The human record: people are warned before editing it (the ledger, not the log, stops repeats).
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (!protections.some((protection) => protection.getDescription() === LOG_PROTECTION)) {
    sheet.protect().setDescription(LOG_PROTECTION).setWarningOnly(true);
  }
  const layout = logLayout(values);
  const { headerRow, width } = layout;
  if (headerRow === 0) sheet.setFrozenRows(1);
  sheet.getRange(headerRow + 1, 1, 1, width).setFontWeight('bold');
  if (!created) formatLogDates(sheet, layout);
}

export interface SetUpSummary {
  readonly addedColumns: readonly string[];
  readonly addedSettings: number;
  readonly nationalData: NationalDataSetUp;
}

/**
 * Set up tracker: creates the Tracker, Settings and Reminder log, or repairs what is broken,
 * without changing any value a coordinator typed. Running it again changes nothing more. `now`:
 * the day the forecast's track record on the Settings sheet is as of.
 */
export function setUpTracker(spreadsheet: Spreadsheet, now: Date): SetUpSummary {
  const { sheet } = getOrInsertSheet(spreadsheet, SHEET_NAMES.tracker);
  const { layout, added } = ensureTrackerHeaders(sheet);
  formatTracker(sheet, layout);
  markComputedColumns(sheet, layout.computed);
  const addedSettings = setUpSettings(spreadsheet);
  setUpReminderLog(spreadsheet);
  const codec = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone());
  const nationalData = setUpNationalData(spreadsheet, codec.dateOfCell);
  const settingsSheet = readSettingsSheet(spreadsheet);
  const national = readNationalData(spreadsheet, codec.dateOfCell);
  const { pauses } = parseSettings(settingsSheet.values, codec.dateOfCell).settings;
  writeStatus(settingsSheet, {
    framework: `${FRAMEWORK_VERSION} ${FRAMEWORK_UPDATE_NOTE}`,
    firstSteps: firstStepsText(),
    // As Recalculate words it, so that its first run has nothing to change.
    trackRecord: reliabilityText(nationalReliability(national, codec.dateOfCell(now), pauses)),
  });
  return { addedColumns: added, addedSettings, nationalData };
}

export function setUpSummaryText(summary: SetUpSummary): string {
  const columns =
    summary.addedColumns.length > 0
      ? `Added columns: ${summary.addedColumns.join(', ')}.`
      : 'All columns present.';
  const settings =
    summary.addedSettings > 0
      ? ` Added ${summary.addedSettings} settings with their defaults.`
      : '';
  return `Tracker set up. ${columns}${settings}${NATIONAL_DATA_WORDS[summary.nationalData]}`;
}

const NATIONAL_DATA_WORDS: Record<NationalDataSetUp, string> = {
  filled: ' National data filled from the snapshot that ships with the tool.',
  kept: '',
  noSnapshotFile:
    ` National data not filled: the script has no HTML file named ${SNAPSHOT_FILE}, so the ` +
    "forecast uses the Tracker's rows alone. To add it, in Extensions > Apps Script add an HTML " +
    `file named ${SNAPSHOT_FILE}, paste in release/${SNAPSHOT_FILE}.html, save, and run Set up again.`,
};
