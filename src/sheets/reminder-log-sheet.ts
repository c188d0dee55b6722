import type { Cell } from '../domain/tracker/cells';
import { REMINDER_LOG_HEADERS } from '../domain/reminders/log';
import { type LoggedDecision, OUTCOMES, type Outcome } from '../domain/reminders/log';
import type { PlannedReminder } from '../domain/reminders/plan';
import { normalizeHeader } from '../domain/tracker/columns';
import { DATE_FORMAT, DATE_TIME_FORMAT, type DateCodec } from './dates';
import { cellText } from '../domain/text/cell-text';
import { SHEET_NAMES, UserError, readAll } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type LogHeader = (typeof REMINDER_LOG_HEADERS)[number];

/** Where each of the log's columns is, from its header row: columns may be moved or added. */
export interface LogLayout {
  readonly column: Readonly<Record<LogHeader, number>>;
  readonly width: number;
  /** 0-based row of the headers: someone may have put a title or a blank row above them. */
  readonly headerRow: number;
}

/**
 * The header row wherever it is, the first naming Key and Outcome: someone may have put a title
 * above it, or sorted the log with its header in it; -1 when there is none.
 */
function findHeaderRow(values: readonly (readonly Cell[])[]): number {
  const wanted = ['Key', 'Outcome'].map(normalizeHeader);
  return values.findIndex((row) => {
    const names = row.map((cell) => normalizeHeader(String(cell ?? '')));
    return wanted.every((name) => names.includes(name));
  });
}

const isBlankRow = (row: readonly Cell[] | undefined) =>
  (row ?? []).every((cell) => String(cell ?? '').trim() === '');

/**
 * The Reminder log as a run or Set up needs it, repaired if people broke it: made anew if it was
 * deleted, its header row put back at the top if it was deleted, missing headers added at the end
 * of the header row wherever it is. Returns the sheet, its values as they now are, what was
 * repaired, to be said in the log, and whether the sheet is new (its date columns are then
 * formatted already). The ledger, not the log, stops repeats, so nothing is sent twice whatever
 * was lost.
 */
export function repairedReminderLog(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  readonly sheet: Sheet;
  readonly values: Cell[][];
  readonly repaired?: string;
  readonly created?: true;
} {
  const existing = spreadsheet.getSheetByName(SHEET_NAMES.reminderLog);
  const sheet = existing ?? spreadsheet.insertSheet(SHEET_NAMES.reminderLog);
  let values = readAll(sheet);
  const headerRow = findHeaderRow(values);
  let repaired: string | undefined;
  if (headerRow < 0) {
    const blank = values.every((row) => isBlankRow(row));
    if (!blank) sheet.insertRowBefore(1);
    sheet.getRange(1, 1, 1, REMINDER_LOG_HEADERS.length).setValues([[...REMINDER_LOG_HEADERS]]);
    if (!existing) repaired = 'The Reminder log was missing, so a new one was started.';
    else if (!blank)
      repaired = 'The Reminder log had lost its header row, so it was put back at the top.';
    if (!existing) {
      // A log a run makes anew shows its dates as Set up's does, not in Sheets' own formats.
      values = readAll(sheet);
      formatLogDates(sheet, logLayout(values));
      return { sheet, values, ...(repaired ? { repaired } : {}), created: true };
    }
  } else {
    const row = values[headerRow] ?? [];
    const present = new Set(row.map((cell) => normalizeHeader(String(cell ?? ''))));
    const missing = REMINDER_LOG_HEADERS.filter((header) => !present.has(normalizeHeader(header)));
    if (missing.length === 0) return { sheet, values };
    const width = row.length - [...row].reverse().findIndex((cell) => String(cell ?? '') !== '');
    const room = width + missing.length - sheet.getMaxColumns();
    if (room > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), room);
    sheet.getRange(headerRow + 1, width + 1, 1, missing.length).setValues([missing]);
    repaired = `The Reminder log had no ${missing.join(', ')} column, so it was added.`;
  }
  values = readAll(sheet);
  return { sheet, values, ...(repaired ? { repaired } : {}) };
}

export function logLayout(values: readonly (readonly Cell[])[]): LogLayout {
  const headerRow = Math.max(findHeaderRow(values), 0);
  const headers = (values[headerRow] ?? []).map((cell) => normalizeHeader(String(cell ?? '')));
  const column = {} as Record<LogHeader, number>;
  const missing: string[] = [];
  for (const header of REMINDER_LOG_HEADERS) {
    column[header] = headers.indexOf(normalizeHeader(header));
    if (column[header] < 0) missing.push(header);
  }
  if (missing.length > 0) {
    throw new UserError(
      `The Reminder log has no ${missing.join(', ')} column: run ILACS tracker > Set up tracker.`,
    );
  }
  return { column, width: headers.length, headerRow };
}

/**
 * The Time and Event date columns below the header, whole, in the tool's date formats: Set up's,
 * once, so that each row a run appends shows them (rows inserted later take the row above's).
 */
export function formatLogDates(sheet: Sheet, layout: LogLayout): void {
  const rows = sheet.getMaxRows() - layout.headerRow - 1;
  if (rows < 1) return;
  const below = (column: number) => sheet.getRange(layout.headerRow + 2, column + 1, rows, 1);
  below(layout.column.Time).setNumberFormat(DATE_TIME_FORMAT);
  below(layout.column['Event date']).setNumberFormat(DATE_FORMAT);
}

/** The log's decisions, read from its values (header row first). */
export function loggedDecisions(
  values: readonly (readonly Cell[])[],
  layout: LogLayout = logLayout(values),
): LoggedDecision[] {
  const { Key: key, Outcome: outcome, Detail: detail } = layout.column;
  // Every row but the header's: a log sorted with its header has decisions above it too.
  return values.flatMap((row, index) => {
    if (index === layout.headerRow) return [];
    const logged = String(row[outcome] ?? '') as Outcome;
    return OUTCOMES.includes(logged) && String(row[key] ?? '') !== ''
      ? [{ key: String(row[key]), outcome: logged, detail: String(row[detail] ?? '') }]
      : [];
  });
}

export interface LogLine {
  readonly time: Date;
  readonly reminder: PlannedReminder;
  readonly recipients: string;
  readonly outcome: Outcome;
  readonly detail: string;
}

/**
 * One decision as a row of the log, in its columns wherever they are. Text goes in as text: an
 * authority or key that starts with `=` stays as typed, and no cell passes Sheets' limit.
 */
export function logRow(line: LogLine, codec: DateCodec, layout: LogLayout): Cell[] {
  const { reminder } = line;
  const { column } = layout;
  const row: Cell[] = new Array<Cell>(layout.width).fill('');
  row[column.Time] = line.time;
  row[column.Authority] = cellText(reminder.authority);
  row[column.Kind] = reminder.kind;
  row[column['Event date']] = codec.toSheetDate(reminder.eventDate);
  row[column['Lead days']] = cellText(reminder.lead);
  row[column.Recipients] = cellText(line.recipients);
  row[column.Outcome] = line.outcome;
  row[column.Detail] = cellText(line.detail);
  row[column.Key] = cellText(reminder.key);
  return row;
}

/** A line about a run itself: its time and what happened, with no key (it stands for no send). */
export function runNoteRow(time: Date, detail: string, layout: LogLayout): Cell[] {
  const row: Cell[] = new Array<Cell>(layout.width).fill('');
  row[layout.column.Time] = time;
  row[layout.column.Outcome] = 'Skipped';
  row[layout.column.Detail] = cellText(detail);
  return row;
}

/** Appends the run's lines below what was read: one write. */
export function appendLog(
  sheet: Sheet,
  valuesRead: readonly (readonly Cell[])[],
  rows: Cell[][],
): void {
  const [first] = rows;
  if (!first) return;
  const start = Math.max(valuesRead.length, 1) + 1;
  const missing = start - 1 + rows.length - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(start, 1, rows.length, first.length).setValues(rows);
}
