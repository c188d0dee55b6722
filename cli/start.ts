/**
 * `npm start`: the same build/Code.js that ships to Apps Script, run on a workbook file. The
 * emulator's services stand in for Google's, backed by the file (.xlsx or .csv) and by real mail
 * (.eml files, or an SMTP server). It runs Set up, Recalculate and the daily reminder job, writes
 * the updated workbook into --out, and prints a summary. The input file is only read.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { AppsScriptEmulator, htmlFilesIn } from '../emulator';
import { type CivilDate, addDays, formatIso, parseIsoDate } from '../src/domain/rules/civil-date';
import { intlDateCodec } from '../src/sheets/dates';
import { type MailTarget, openOutbox } from './outbox';
import { WorkbookError, loadWorkbook, saveWorkbook, workbookKind } from './workbook';
import { writeTimeline } from './timeline';

const ROOT = path.join(__dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples', 'tracker.xlsx');
const TIME_ZONE = 'Europe/London';
/** Who "runs" the tool here: the sender's address, and where Test mode sends. */
const RUNNER = 'ilacs-tracker@example.org';
/** A Google Workspace account's daily recipients. */
const MAIL_QUOTA = 1500;
/** The daily trigger's hour. */
const RUN_HOUR = 7;
/** The summary lists this many overdue rows; the workbook has them all. */
const OVERDUE_SHOWN = 15;

const USAGE = `Usage: npm start -- [options]

Runs the tracker (build/Code.js) on a workbook file: Set up, Recalculate, then the daily reminders.
  --tracker FILE   .xlsx workbook, or .csv of the Tracker sheet (default: the example, 153 authorities)
  --today DATE     the day to run as, YYYY-MM-DD (default: today in Europe/London)
  --out DIR        where the updated workbook and the outbox go (default: out)
  --days N         run the daily reminders for N days from --today (default: 1)
  --settings FILE  .csv of Setting,Value rows, for a .csv tracker or in place of the workbook's
                   Settings sheet (a new tracker starts in Send mode Test: choose Live here)
  --national FILE  .csv of every authority's latest inspection, in the columns of
                   data/english-la-latest-inspections.csv, for the forecast (default: the
                   workbook's National data sheet, else the snapshot that ships with the tool)
  --smtp URL       deliver through an SMTP server (e.g. smtp://127.0.0.1:2525) instead of .eml files
  --help           this text`;

export class UsageError extends Error {}

/** Where the command writes: process.stdout and process.stderr, or a test's collector. */
export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface StartIo {
  readonly stdout: Output;
  readonly stderr: Output;
}

interface Options {
  readonly tracker: string;
  readonly today: CivilDate;
  readonly out: string;
  readonly days: number;
  readonly smtp?: string | undefined;
  readonly national?: string | undefined;
  readonly settings?: string | undefined;
}

function londonToday(): CivilDate {
  const today = parseIsoDate(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date()),
  );
  if (!today) throw new Error("Could not read today's date");
  return today;
}

function parseOptions(argv: readonly string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        tracker: { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string' },
        days: { type: 'string' },
        smtp: { type: 'string' },
        national: { type: 'string' },
        settings: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see --help)`);
  }
  if (values.help) return 'help';
  const today = values.today === undefined ? londonToday() : parseIsoDate(values.today);
  if (!today)
    throw new UsageError(`--today: expected a date such as 2026-11-22, found '${values.today}'.`);
  const days = values.days === undefined ? 1 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3660) {
    throw new UsageError(
      `--days: expected a whole number of days from 1 to 3660, found '${values.days}'.`,
    );
  }
  if (values.smtp !== undefined && !/^smtps?:\/\/[^/]+/.test(values.smtp)) {
    throw new UsageError(
      `--smtp: expected a URL such as smtp://127.0.0.1:2525, found '${values.smtp}'.`,
    );
  }
  const tracker = values.tracker ?? EXAMPLE;
  try {
    workbookKind(tracker);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const out = values.out ?? 'out';
  if (path.resolve(out) === path.dirname(path.resolve(tracker))) {
    throw new UsageError(
      `--out: ${out} holds the input file, which the output would overwrite; choose another folder.`,
    );
  }
  return {
    tracker,
    today,
    out,
    days,
    smtp: values.smtp,
    national: values.national,
    settings: values.settings,
  };
}

/** 07:00 in England on a day: when the daily trigger fires. */
function runTime(day: CivilDate): Date {
  const midnight = intlDateCodec(TIME_ZONE)?.toSheetDate(day);
  if (!midnight) throw new Error(`This Node.js has no time-zone data for ${TIME_ZONE}`);
  return new Date(midnight.getTime() + RUN_HOUR * 3_600_000);
}

function progress(stderr: Output, done: number, total: number): void {
  if (total < 2) return;
  if (stderr.isTTY) {
    const width = 30;
    const filled = Math.round((done / total) * width);
    stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} days`);
    if (done === total) stderr.write('\n');
  } else if (done === total || done % Math.ceil(total / 10) === 0) {
    stderr.write(`${done}/${total} days\n`);
  }
}

type Row = readonly unknown[];

function columnOf(rows: readonly Row[], header: string): (row: Row) => unknown {
  const index = (rows[0] ?? []).indexOf(header);
  return (row) => (index < 0 ? undefined : row[index]);
}

function isoDay(value: unknown): string {
  return value instanceof Date
    ? new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(value)
    : String(value ?? '');
}

function summary(
  emulator: AppsScriptEmulator,
  options: Options,
  logRowsBefore: number,
  files: readonly string[],
): string {
  const tracker = emulator.values('Tracker');
  const authority = columnOf(tracker, 'Authority');
  const from = columnOf(tracker, 'Expected from');
  const by = columnOf(tracker, 'Expected by');
  const kind = columnOf(tracker, 'Next inspection');
  const status = columnOf(tracker, 'Status');
  const rows = tracker.slice(1).filter((row) => String(authority(row) ?? '') !== '');
  const lastDay = formatIso(addDays(options.today, options.days - 1));
  const expected = rows
    .filter((row) => from(row) instanceof Date && by(row) instanceof Date)
    .sort(
      (a, b) =>
        (from(a) as Date).getTime() - (from(b) as Date).getTime() ||
        (by(a) as Date).getTime() - (by(b) as Date).getTime(),
    )
    .slice(0, 10)
    .map(
      (row) =>
        `  ${isoDay(from(row))} to ${isoDay(by(row))}  ${String(authority(row))}: ${String(kind(row))}`,
    );
  const overdue = rows
    .filter((row) => /overdue/i.test(String(status(row) ?? '')))
    .map(
      (row) => `  ${String(authority(row))}: ${String(status(row)).replace(/ \(as of .*\)$/, '')}`,
    );
  const log = emulator.values('Reminder log');
  const outcome = columnOf(log, 'Outcome');
  const counts = new Map<string, number>();
  for (const row of log.slice(Math.max(logRowsBefore, 1)))
    counts.set(String(outcome(row)), (counts.get(String(outcome(row))) ?? 0) + 1);
  const reminders = ['Sent', 'Test', 'Deferred', 'Failed', 'Skipped']
    .map((name) => `${counts.get(name) ?? 0} ${name.toLowerCase()}`)
    .join(', ');
  const period =
    options.days > 1 ? `${formatIso(options.today)} to ${lastDay}` : formatIso(options.today);
  const mail = options.smtp
    ? `through ${options.smtp}`
    : `as .eml files in ${path.join(options.out, 'outbox')}`;
  return [
    `ilacs-tracker on ${path.basename(options.tracker)}, ${period}: ${rows.length} authorities.`,
    '',
    'Next full inspections expected (forecast from the national queue; see Expected from and Expected by):',
    ...(expected.length > 0 ? expected : ['  none']),
    '',
    `Overdue (${overdue.length}):`,
    ...(overdue.length > 0 ? overdue.slice(0, OVERDUE_SHOWN) : ['  none']),
    ...(overdue.length > OVERDUE_SHOWN
      ? [`  ... and ${overdue.length - OVERDUE_SHOWN} more: see the Status column.`]
      : []),
    '',
    `Reminders: ${reminders}; emails ${mail}.`,
    `Written: ${files.join(', ')}`,
  ].join('\n');
}

async function readCsvOption(option: string, file: string): Promise<string[][]> {
  try {
    return parse(await readFile(file, 'utf8'), { skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    throw new UsageError(
      `--${option}: could not read ${file} as CSV (${(error as Error).message}).`,
    );
  }
}

/**
 * A sheet of the workbook replaced by rows from a file (--national, --settings), typed in as a
 * person would, or kept as text (a setting such as 6-18 is not a date).
 */
function replaceSheet(
  emulator: AppsScriptEmulator,
  name: string,
  rows: string[][],
  input: 'USER_ENTERED' | 'RAW' = 'USER_ENTERED',
): void {
  const book = emulator.globals.SpreadsheetApp.getActive();
  const existing = book.getSheetByName(name);
  if (existing) book.deleteSheet(existing);
  emulator.addSheet(name, rows, { input });
}

/** --national: the given snapshot on the National data sheet, in place of any the workbook has. */
async function replaceNationalData(emulator: AppsScriptEmulator, file: string): Promise<void> {
  const rows = await readCsvOption('national', file);
  const header = new Set((rows[0] ?? []).map((name) => name.trim().toLowerCase()));
  if (!header.has('la_name') || !header.has('start_date')) {
    throw new UsageError(
      `--national: ${file} has no la_name and start_date columns (see data/english-la-latest-inspections.csv).`,
    );
  }
  replaceSheet(emulator, 'National data', rows);
}

/** --settings: a Setting,Value CSV in place of the workbook's Settings sheet. */
async function replaceSettings(emulator: AppsScriptEmulator, file: string): Promise<void> {
  const rows = await readCsvOption('settings', file);
  const [setting, value] = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  if (setting !== 'setting' || value !== 'value') {
    throw new UsageError(`--settings: ${file} must start with a Setting,Value header row.`);
  }
  replaceSheet(emulator, 'Settings', rows, 'RAW');
}

async function run(options: Options, io: StartIo): Promise<number> {
  let code: string;
  try {
    code = await readFile(path.join(ROOT, 'build', 'Code.js'), 'utf8');
  } catch {
    throw new UsageError('build/Code.js is missing: run npm run build first (npm start does).');
  }
  await mkdir(options.out, { recursive: true });
  const target: MailTarget = options.smtp
    ? { kind: 'smtp', url: options.smtp }
    : { kind: 'eml', dir: path.join(options.out, 'outbox') };
  const outbox = openOutbox(target, RUNNER);
  try {
    const emulator = new AppsScriptEmulator({
      timeZone: TIME_ZONE,
      now: runTime(options.today),
      userEmail: RUNNER,
      mailQuota: MAIL_QUOTA,
      deliverMail: outbox.deliver,
      sheets: {},
      htmlFiles: htmlFilesIn(path.join(ROOT, 'build')),
    });
    await loadWorkbook(emulator, options.tracker);
    if (options.national) await replaceNationalData(emulator, options.national);
    if (options.settings) await replaceSettings(emulator, options.settings);
    const context = emulator.load(code);
    emulator.run(context, 'setUpTracker');
    emulator.run(context, 'recalculateNow');
    const logRowsBefore = emulator.values('Reminder log').length;
    emulator.setUiAvailable(false);
    for (let day = 0; day < options.days; day += 1) {
      emulator.setNow(runTime(addDays(options.today, day)));
      emulator.setMailQuota(MAIL_QUOTA);
      emulator.run(context, 'runDailyRemindersFromTrigger');
      progress(io.stderr, day + 1, options.days);
    }
    const files = await saveWorkbook(emulator, options.tracker, options.out);
    files.push(await writeTimeline(emulator, context, options.out));
    io.stdout.write(`${summary(emulator, options, logRowsBefore, files)}\n`);
    if (outbox.refused.length > 0) {
      io.stderr.write(
        `ilacs-tracker: ${outbox.refused.length} email${outbox.refused.length === 1 ? ' was' : 's were'} not delivered through ${options.smtp ?? target.kind} (${outbox.refused[0]}); ` +
          'they are logged Failed and go again on the next run.\n',
      );
      return 1;
    }
    return 0;
  } finally {
    await outbox.close();
  }
}

/**
 * The command without its process: runs on `argv` (the arguments after `npm start --`), writes to
 * `io`, and resolves to the exit code. A mistake in the arguments or the workbook, and mail that
 * could not be delivered, are one line on `io.stderr` and exit code 1; anything else (a bug) is a
 * rejection. It never exits the process or reads process.argv.
 */
export async function runStart(argv: readonly string[], io: StartIo): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await run(options, io);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof WorkbookError)) throw error;
    io.stderr.write(`ilacs-tracker: ${error.message}\n`);
    return 1;
  }
}

if (require.main === module) {
  runStart(process.argv.slice(2), process).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
