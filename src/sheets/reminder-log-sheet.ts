import type { Cell } from '../domain/cells';
import { REMINDER_LOG_HEADERS } from '../domain/reminder-log';
import {
  type LoggedDecision,
  OUTCOMES,
  type Outcome,
  type PlannedReminder,
} from '../domain/reminders';
import { normalizeHeader } from '../domain/tracker-columns';
import type { DateCodec } from './dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const COLUMN = Object.fromEntries(
  REMINDER_LOG_HEADERS.map((header, index) => [header, index]),
) as Record<(typeof REMINDER_LOG_HEADERS)[number], number>;

/** The log's decisions, read from its values (header row first), by header so columns may move. */
export function loggedDecisions(values: readonly (readonly Cell[])[]): LoggedDecision[] {
  const [headers = [], ...rows] = values;
  const at = (header: (typeof REMINDER_LOG_HEADERS)[number]) => {
    const index = headers.findIndex(
      (cell) => normalizeHeader(String(cell)) === normalizeHeader(header),
    );
    return index >= 0 ? index : COLUMN[header];
  };
  const [key, outcome, detail] = [at('Key'), at('Outcome'), at('Detail')];
  return rows.flatMap((row) => {
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

export function logRow(line: LogLine, codec: DateCodec): Cell[] {
  const { reminder } = line;
  const row: Cell[] = new Array<Cell>(REMINDER_LOG_HEADERS.length).fill('');
  row[COLUMN.Time] = line.time;
  row[COLUMN.Authority] = reminder.authority;
  row[COLUMN.Kind] = reminder.kind;
  row[COLUMN['Event date']] = codec.toSheetDate(reminder.eventDate);
  row[COLUMN['Lead days']] = reminder.lead;
  row[COLUMN.Recipients] = line.recipients;
  row[COLUMN.Outcome] = line.outcome;
  row[COLUMN.Detail] = line.detail;
  row[COLUMN.Key] = reminder.key;
  return row;
}

/** Appends the run's lines below what was read: one write. */
export function appendLog(
  sheet: Sheet,
  valuesRead: readonly (readonly Cell[])[],
  rows: Cell[][],
): void {
  if (rows.length === 0) return;
  const first = Math.max(valuesRead.length, 1) + 1;
  const missing = first - 1 + rows.length - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(first, 1, rows.length, REMINDER_LOG_HEADERS.length).setValues(rows);
}
