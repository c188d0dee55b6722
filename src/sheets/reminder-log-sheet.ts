import type { Cell } from '../domain/tracker/cells';
import { REMINDER_LOG_HEADERS } from '../domain/reminders/log';
import { type LoggedDecision, OUTCOMES, type Outcome } from '../domain/reminders/log';
import type { PlannedReminder } from '../domain/reminders/plan';
import { normalizeHeader } from '../domain/tracker/columns';
import type { DateCodec } from './dates';
import { UserError } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type LogHeader = (typeof REMINDER_LOG_HEADERS)[number];

/** Where each of the log's columns is, from its header row: columns may be moved or added. */
export interface LogLayout {
  readonly column: Readonly<Record<LogHeader, number>>;
  readonly width: number;
}

export function logLayout(values: readonly (readonly Cell[])[]): LogLayout {
  const headers = (values[0] ?? []).map((cell) => normalizeHeader(String(cell ?? '')));
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
  return { column, width: headers.length };
}

/** The log's decisions, read from its values (header row first). */
export function loggedDecisions(
  values: readonly (readonly Cell[])[],
  layout: LogLayout = logLayout(values),
): LoggedDecision[] {
  const { Key: key, Outcome: outcome, Detail: detail } = layout.column;
  return values.slice(1).flatMap((row) => {
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

export function logRow(line: LogLine, codec: DateCodec, layout: LogLayout): Cell[] {
  const { reminder } = line;
  const { column } = layout;
  const row: Cell[] = new Array<Cell>(layout.width).fill('');
  row[column.Time] = line.time;
  row[column.Authority] = reminder.authority;
  row[column.Kind] = reminder.kind;
  row[column['Event date']] = codec.toSheetDate(reminder.eventDate);
  row[column['Lead days']] = reminder.lead;
  row[column.Recipients] = line.recipients;
  row[column.Outcome] = line.outcome;
  row[column.Detail] = line.detail;
  row[column.Key] = reminder.key;
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
