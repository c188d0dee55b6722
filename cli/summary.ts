/**
 * The summary `npm start` prints after a run: the next inspections expected, what is overdue, the
 * Settings' and the rows' problems, the reminders by outcome and why some were not sent, each email
 * sent, the notes and the files written. The Tracker's columns are found as the tool finds them.
 */
import path from 'node:path';
import type { AppsScriptEmulator, SentMail } from '../emulator';
import { parseSettings } from '../src/domain/reminders/settings';
import type { Cell } from '../src/domain/tracker/cells';
import { normalizeHeader, rowCells } from '../src/domain/tracker/columns';
import { problemColumn, trackerLayout } from '../src/domain/tracker/compute-tracker';
import { STATUS_ROWS, settingsRowValue } from '../src/domain/tracker/settings-sheet';
import { countOf } from '../src/domain/text/words';
import { intlDateCodec } from '../src/sheets/dates';
import { type Options, TIME_ZONE } from './options';

/** How many lines of what is overdue, and of each list of problems, the summary shows. */
const LINES_LISTED = 15;

/** What the run did, beside what the workbook holds after it. */
export interface RunReport {
  /** 2026-11-22, or 2026-11-22 to 2026-12-01 for several days. */
  readonly period: string;
  /** The Reminder log's length before the daily runs: the rows after it are theirs. */
  readonly logRowsBefore: number;
  /** How the emails went: `as .eml files in out/outbox/2026-12-01`, or through an SMTP server. */
  readonly mail: string;
  readonly sent: readonly SentMail[];
  readonly notes: readonly string[];
  readonly files: readonly string[];
}

/** A Tracker row that names an authority, with the cells the summary reads. */
interface AuthorityRow {
  /** Its row on the sheet (the header is row 1). */
  readonly sheetRow: number;
  readonly authority: Cell | undefined;
  readonly expectedFrom: Cell | undefined;
  readonly expectedBy: Cell | undefined;
  readonly nextInspection: Cell | undefined;
  readonly status: Cell | undefined;
  readonly problems: Cell | undefined;
}

/**
 * The Tracker's rows that name an authority, its columns found as the tool finds them (aliases;
 * its own by their notes).
 */
function authorityRows(emulator: AppsScriptEmulator): AuthorityRow[] {
  const rows = emulator.values('Tracker') as Cell[][];
  const [header = []] = emulator.storedSheet('Tracker').cells;
  const layout = trackerLayout(
    rows,
    header.map((cell) => cell.note ?? ''),
  );
  return rows.slice(1).flatMap((row, index) => {
    const cells = rowCells(layout, row);
    const authority = cells.input('authority');
    if (String(authority ?? '').trim() === '') return [];
    return [
      {
        sheetRow: index + 2,
        authority,
        expectedFrom: cells.computed('expectedFrom'),
        expectedBy: cells.computed('expectedBy'),
        nextInspection: cells.computed('nextInspection'),
        status: cells.computed('status'),
        problems: cells.computed('problems'),
      },
    ];
  });
}

function isoDay(value: unknown): string {
  return value instanceof Date
    ? new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(value)
    : String(value ?? '');
}

/** At most `shown` lines of a list, then how many more and where to see them. */
function listed(lines: readonly string[], shown: number, where: string): string[] {
  if (lines.length === 0) return ['  none'];
  return [
    ...lines.slice(0, shown),
    ...(lines.length > shown ? [`  ... and ${lines.length - shown} more: see ${where}.`] : []),
  ];
}

function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The Settings sheet's problems, as Check for problems lists them: its row, the setting, and what
 * is wrong (a problem of the sheet as a whole has no row).
 */
function settingsProblemLines(emulator: AppsScriptEmulator): string[] {
  const rows = emulator.values('Settings') as Cell[][];
  const codec = intlDateCodec(TIME_ZONE);
  if (!codec) return [];
  return parseSettings(rows, codec.dateOfCell).problems.map(({ row, message }) => {
    if (row === 0) return `  ${message}`;
    const name = String(rows[row - 1]?.[0] ?? '').trim();
    const named = normalizeHeader(message.split(': ')[0] ?? '') === normalizeHeader(name);
    return `  Row ${row}, ${name}: ${named ? message.slice(message.indexOf(': ') + 2) : message}`;
  });
}

/** The Settings sheet's `Forecast track record`, as Recalculate wrote it (it begins with those words). */
function trackRecordLine(emulator: AppsScriptEmulator): string[] {
  const text = settingsRowValue(emulator.values('Settings') as Cell[][], STATUS_ROWS.trackRecord);
  return text === undefined ? [] : [text];
}

/** The first ten expected full inspections, by Expected from and then Expected by. */
function expectedLines(rows: readonly AuthorityRow[]): string[] {
  const dated = rows.flatMap(({ expectedFrom: from, expectedBy: by, ...row }) =>
    from instanceof Date && by instanceof Date ? [{ ...row, from, by }] : [],
  );
  return dated
    .sort((a, b) => a.from.getTime() - b.from.getTime() || a.by.getTime() - b.by.getTime())
    .slice(0, 10)
    .map(
      (row) =>
        `  ${isoDay(row.from)} to ${isoDay(row.by)}  ${String(row.authority)}: ${String(row.nextInspection)}`,
    );
}

/** Each row whose Status says overdue, the Status without its `(as of ...)`. */
function overdueLines(rows: readonly AuthorityRow[]): string[] {
  return rows
    .filter((row) => /overdue/i.test(String(row.status ?? '')))
    .map(
      (row) => `  ${String(row.authority)}: ${String(row.status).replace(/ \(as of .*\)$/, '')}`,
    );
}

/** Each message of each row's Problems cell: its row, the authority, the column it names. */
function rowProblemLines(rows: readonly AuthorityRow[]): string[] {
  return rows.flatMap((row) =>
    String(row.problems ?? '')
      .split('\n')
      .filter((message) => message.trim() !== '')
      .map((message) => {
        const column = problemColumn(message);
        const text = column ? message.slice(column.length).replace(/^:?\s*/, '') : message;
        return `  Row ${row.sheetRow} (${String(row.authority)})${column ? `, ${column}` : ''}: ${text}`;
      }),
  );
}

/** The Reminder log's rows the run added, by outcome, and why those not sent were not. */
interface ReminderCounts {
  /** `3 sent, 0 test, 1 deferred, ...`, every outcome named. */
  readonly byOutcome: string;
  /** The reminders logged Sent or Test. */
  readonly sent: number;
  readonly unknown: number;
  /** Skipped and Deferred rows counted by the first sentence of their Detail, commonest first. */
  readonly notSentLines: readonly string[];
}

function reminderCounts(emulator: AppsScriptEmulator, logRowsBefore: number): ReminderCounts {
  const log = emulator.values('Reminder log');
  const header = (log[0] ?? []).map((cell) => String(cell));
  const outcomeAt = header.indexOf('Outcome');
  const detailAt = header.indexOf('Detail');
  const added = log.slice(Math.max(logRowsBefore, 1));
  const outcomes = countBy(added.map((row) => String(row[outcomeAt] ?? '')));
  const countOfOutcome = (name: string) => outcomes.find(([outcome]) => outcome === name)?.[1] ?? 0;
  return {
    byOutcome: ['Sent', 'Test', 'Deferred', 'Failed', 'Skipped', 'Unknown']
      .map((name) => `${countOfOutcome(name)} ${name.toLowerCase()}`)
      .join(', '),
    sent: added.filter((row) => row[outcomeAt] === 'Sent' || row[outcomeAt] === 'Test').length,
    unknown: countOfOutcome('Unknown'),
    notSentLines: countBy(
      added
        .filter((row) => row[outcomeAt] === 'Skipped' || row[outcomeAt] === 'Deferred')
        .map(
          (row) =>
            `${String(row[outcomeAt])}: ${String(row[detailAt] ?? '').split(/(?<=\.) /)[0] ?? ''}`,
        ),
    ).map(([reason, count]) => `  ${String(count).padStart(4)}  ${reason}`),
  };
}

/** What the Unknown rows mean, when there are any. */
function unknownLines(unknown: number): string[] {
  if (unknown === 0) return [];
  return [
    `Unknown: a run stopped while sending ${unknown === 1 ? 'this reminder, so it may or may not have gone out; it is' : `these ${unknown} reminders, so they may or may not have gone out; they are`} not sent again, and the coordinators are told (see the Reminder log).`,
  ];
}

/** Each email sent: the day, to whom (and in copy), the subject. */
function emailLines(report: RunReport, sentReminders: number): string[] {
  const emails = report.sent.map(
    (mail) =>
      `  ${isoDay(mail.sentAt)} to ${[...mail.to, ...mail.cc.map((cc) => `cc ${cc}`)].join(', ')}: ${mail.subject}`,
  );
  if (emails.length === 0) return ['Emails: none.'];
  return [
    `Emails: ${emails.length}, holding the ${countOf(sentReminders, 'reminder')} sent, ${report.mail}:`,
    ...listed(emails, 30, 'the outbox'),
  ];
}

/** The summary's text, as the workbook stands after the run; the caller prints it inert. */
export function summary(emulator: AppsScriptEmulator, options: Options, report: RunReport): string {
  const rows = authorityRows(emulator);
  const overdue = overdueLines(rows);
  const settingsProblems = settingsProblemLines(emulator);
  const rowProblems = rowProblemLines(rows);
  const reminders = reminderCounts(emulator, report.logRowsBefore);
  return [
    `ilacs-tracker on ${path.basename(options.tracker)}, ${report.period}: ${countOf(rows.length, 'authority', 'authorities')}.`,
    '',
    'Next full inspections expected (forecast from the national queue; see Expected from and Expected by):',
    ...listed(expectedLines(rows), 10, 'the Tracker'),
    ...trackRecordLine(emulator),
    '',
    `Overdue (${overdue.length}):`,
    ...listed(overdue, LINES_LISTED, 'the Status column'),
    '',
    `Settings with problems (${settingsProblems.length}):`,
    ...listed(settingsProblems, LINES_LISTED, 'the Settings sheet'),
    '',
    `Rows with problems (${rowProblems.length}):`,
    ...listed(rowProblems, LINES_LISTED, 'the Problems column'),
    '',
    `Reminders: ${reminders.byOutcome}.`,
    ...unknownLines(reminders.unknown),
    ...(reminders.notSentLines.length > 0
      ? ['Not sent, by reason (see the Reminder log):', ...reminders.notSentLines]
      : []),
    '',
    ...emailLines(report, reminders.sent),
    ...report.notes.map((note) => `Note: ${note}`),
    '',
    `Written: ${report.files.join(', ')}`,
  ].join('\n');
}
