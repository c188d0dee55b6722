import type { Cell } from '../domain/tracker/cells';
import { REMINDER_LOG_HEADERS } from '../domain/reminders/log';
import { type LoggedDecision, OUTCOMES, type Outcome } from '../domain/reminders/log';
import type { PlannedReminder } from '../domain/reminders/plan';
import { normalizeHeader } from '../domain/tracker/columns';
import type { DateCodec } from './dates';
import { cellText } from '../domain/text/cell-text';
import { UserError } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type LogHeader = (typeof REMINDER_LOG_HEADERS)[number];

/** Where each of the log's columns is, from its header row: columns may be moved or added. */
export interface LogLayout {
  readonly column: Readonly<Record<LogHeader, number>>;
  readonly width: number;
  /** 0-based row of the headers: someone may have put a title or a blank row above them. */
  readonly headerRow: number;
}

/** The header row wherever it is among the first rows: the one naming Key and Outcome. */
function findHeaderRow(values: readonly (readonly Cell[])[]): number {
  const wanted = ['Key', 'Outcome'].map(normalizeHeader);
  const found = values.slice(0, 20).findIndex((row) => {
    const names = row.map((cell) => normalizeHeader(String(cell ?? '')));
    return wanted.every((name) => names.includes(name));
  });
  return Math.max(found, 0);
}

export function logLayout(values: readonly (readonly Cell[])[]): LogLayout {
  const headerRow = findHeaderRow(values);
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

/** The log's decisions, read from its values (header row first). */
export function loggedDecisions(
  values: readonly (readonly Cell[])[],
  layout: LogLayout = logLayout(values),
): LoggedDecision[] {
  const { Key: key, Outcome: outcome, Detail: detail } = layout.column;
  return values.slice(layout.headerRow + 1).flatMap((row) => {
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
