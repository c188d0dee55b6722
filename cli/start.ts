/**
 * `npm start`: the same build/Code.js that ships to Apps Script, run on a workbook file. The
 * emulator's services stand in for Google's, backed by the file (.xlsx or .csv) and by real mail
 * (.eml files, or an SMTP server). It runs Set up, Recalculate and the daily reminder job, writes
 * the updated workbook into --out, and prints a summary. The input file is only read.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import {
  AppsScriptEmulator,
  type MailDelivery,
  type SentMail,
  htmlFilesIn,
  oauthScopesIn,
} from '../emulator';
import { type CivilDate, addDays, formatIso, parseIsoDate } from '../src/domain/rules/civil-date';
import { intlDateCodec } from '../src/sheets/dates';
import type { Cell } from '../src/domain/tracker/cells';
import {
  type ComputedColumnKey,
  INPUT_COLUMNS,
  locateColumns,
  normalizeHeader,
  rowCells,
} from '../src/domain/tracker/columns';
import { problemColumn, trackerLayout } from '../src/domain/tracker/compute-tracker';
import { parseNationalFile } from '../src/domain/tracker/national-file';
import { type NationalRecord, nationalTable } from '../src/domain/tracker/national-record';
import { readToolFormat } from '../src/domain/tracker/national-tool-format';
import { nationalSheetRows } from '../src/domain/tracker/national-sheet';
import { parseSettings } from '../src/domain/reminders/settings';
import { STATUS_ROWS } from '../src/domain/tracker/settings-sheet';
import { countOf } from '../src/domain/text/words';
import { type Disk, DiskError, ensureFolder, localDisk, replaceFile } from './disk';
import { type MailTarget, type Outbox, openOutbox } from './outbox';
import { RunRecord } from './run-record';
import {
  type RunState,
  backupPattern,
  lockPathOf,
  lockRun,
  openElsewhere,
  readState,
  statePathOf,
  writeState,
} from './state';
import { inert } from './terminal';
import { TIMELINE_FILE, timelineHtml } from './timeline';
import {
  type OpenedWorkbook,
  WorkbookError,
  checkXlsxWidth,
  csvLogPathOf,
  csvSettingsPathOf,
  csvToolColumnsOf,
  loadWorkbook,
  logRowsAfter,
  workbookFiles,
  workbookKind,
} from './workbook';

const ROOT = path.join(__dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples', 'tracker.xlsx');
const NATIONAL_SNAPSHOT = path.join(ROOT, 'data', 'english-la-latest-inspections.csv');
const TIME_ZONE = 'Europe/London';
/**
 * Who "runs" the tool here unless --from says: the sender's address, and where Test mode sends.
 * Only for .eml files: a relay refuses it, or marks it as spoofed, so --smtp asks for --from.
 */
const RUNNER = 'ilacs-tracker@example.org';
/** A Google Workspace account's daily recipients. */
const MAIL_QUOTA = 1500;
/** The daily trigger's hour. */
const RUN_HOUR = 7;
/** How long Apps Script takes to run a follow-up trigger set for 5 minutes on. */
const FOLLOW_UP_WAIT_MS = 10 * 60_000;
/** The summary lists this many overdue rows; the workbook has them all. */
const OVERDUE_SHOWN = 15;

const USAGE = `Usage: npm start -- [options]

Runs the tracker (build/Code.js) on a workbook file: Set up, Recalculate, then the daily reminders.
  --tracker FILE   .xlsx workbook, or .csv of the Tracker sheet (default: the example, 153 authorities)
  --today DATE     the day to run as, YYYY-MM-DD (default: today in Europe/London)
  --out DIR        where the updated workbook, the outbox and timeline.html go (default: out;
                   with --in-place, <name>-out beside the workbook)
  --in-place       update the workbook itself, after a dated backup beside it
  --days N         run the daily reminders for N days from --today (default: 1)
  --settings FILE  .csv of Setting,Value rows, laid over the workbook's Settings (the rows it
                   names take its values; a new tracker starts in Send mode Test: choose Live here)
  --national FILE  the National data for the forecast, in either format the Sheet's Update
                   national data takes: the columns of data/english-la-latest-inspections.csv,
                   or the ofsted-ilacs-scrape-tool history file (ofsted_csc_ilacs_history.csv);
                   all 153 authorities, or nothing is replaced (default: the workbook's National
                   data sheet, else the snapshot that ships with the tool)
  --smtp URL       deliver through an SMTP server (e.g. smtp://127.0.0.1:2525) instead of .eml
                   files, in Send mode Live; needs --from
  --from SENDER    who the emails are from, "Name <address>" or an address: the account the
                   tool runs as (Test mode sends to it; the name is used over the Settings'
                   Sender name); an address your relay accepts from you
  --sheet-url URL  the tracker's address, for the link in every email (default: no link)
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
  /** Where files are written: the local file system unless a test gives one that fails. */
  readonly disk?: Disk;
}

interface Options {
  readonly tracker: string;
  readonly today: CivilDate;
  readonly out: string;
  readonly days: number;
  readonly smtp?: string | undefined;
  readonly from: Sender;
  readonly sheetUrl: string;
  readonly national?: string | undefined;
  readonly settings?: string | undefined;
  readonly inPlace: boolean;
}

/** Who the emails are from: the From header's name (if given) and address. */
interface Sender {
  readonly name?: string | undefined;
  readonly address: string;
}

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

/** "Name <address>", "<address>" or a bare address. */
function parseSender(text: string): Sender | undefined {
  const named = /^\s*(?:"?([^"<>]*?)"?\s*)?<([^<>]+)>\s*$/.exec(text);
  const name = named?.[1]?.trim();
  const address = (named ? (named[2] ?? '') : text).trim();
  if (!ADDRESS.test(address)) return undefined;
  return { ...(name ? { name } : {}), address };
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
        from: { type: 'string' },
        'sheet-url': { type: 'string' },
        national: { type: 'string' },
        settings: { type: 'string' },
        'in-place': { type: 'boolean' },
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
  const from = values.from === undefined ? { address: RUNNER } : parseSender(values.from);
  if (!from) {
    throw new UsageError(
      `--from: expected "Name <address>" or an address such as coordinator@council.gov.uk, found '${values.from}'.`,
    );
  }
  if (values.smtp !== undefined && values.from === undefined) {
    throw new UsageError(
      `--smtp: say who the emails are from with --from "Name <address>", an address ${values.smtp} accepts from you (mail from ${RUNNER} is refused or marked as spoofed).`,
    );
  }
  const sheetUrl = values['sheet-url'] ?? '';
  if (sheetUrl !== '' && !/^https:\/\/[^\s/]+\/\S*$/.test(sheetUrl)) {
    throw new UsageError(
      `--sheet-url: expected the Sheet's address, such as https://docs.google.com/spreadsheets/d/.../edit, found '${sheetUrl}'.`,
    );
  }
  const inPlace = values['in-place'] === true;
  if (inPlace && values.tracker === undefined) {
    throw new UsageError('--in-place: name the workbook to update with --tracker FILE.');
  }
  const tracker = values.tracker ?? EXAMPLE;
  try {
    workbookKind(tracker);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    tracker,
    today,
    // In place, the emails and the timeline go beside the workbook, so that two trackers run from
    // the same folder (a cron job's) keep apart.
    out: values.out ?? (inPlace ? outBeside(tracker) : 'out'),
    days,
    inPlace,
    smtp: values.smtp,
    from,
    sheetUrl,
    national: values.national,
    settings: values.settings,
  };
}

/** `<folder>/<name>-out` for `<folder>/<name>.xlsx`. */
function outBeside(tracker: string): string {
  const extension = path.extname(tracker);
  return path.join(path.dirname(tracker), `${path.basename(tracker, extension)}-out`);
}

/** A path as the file system sees it, symbolic links followed (for a path not there yet, its folder's). */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    const parent = path.dirname(path.resolve(file));
    return parent === path.resolve(file)
      ? parent
      : path.join(realPath(parent), path.basename(file));
  }
}

/** Refuses an --out that is a file, or that would put an output on the input (by real path). */
function checkOut(options: Options): void {
  let isFolder = true;
  try {
    isFolder = statSync(options.out).isDirectory();
  } catch {
    // Not there yet: the run makes it.
  }
  if (!isFolder)
    throw new UsageError(`--out: ${options.out} is a file; name a folder for the output.`);
  if (
    !options.inPlace &&
    realPath(options.out) === realPath(path.dirname(path.resolve(options.tracker)))
  ) {
    throw new UsageError(
      `--out: ${options.out} holds the input file, which the output would overwrite; choose another folder, or use --in-place.`,
    );
  }
}

/** Refuses a run whose outputs would land on the input or on each other. */
function checkClashes(inputs: readonly string[], outputs: readonly string[]): void {
  const seen = new Map<string, string>(
    inputs.map((input) => [realPath(input), `the input ${input}`]),
  );
  for (const output of outputs) {
    const real = realPath(output);
    const other = seen.get(real);
    if (other)
      throw new UsageError(
        `${output}: would be written over ${other}; choose another --out or rename the file.`,
      );
    seen.set(real, output);
  }
}

/** What a run in place writes beside the workbook, with what each is. */
function besideWorkbook(tracker: string): [string, string][] {
  return [
    [tracker, 'the workbook itself'],
    [statePathOf(tracker), 'the state the tool keeps beside the workbook'],
    [lockPathOf(tracker), "the run's lock"],
    ...(workbookKind(tracker) === 'csv'
      ? ([
          [csvLogPathOf(tracker), 'the Reminder log kept beside the workbook'],
          [csvSettingsPathOf(tracker), 'the Settings kept beside the workbook'],
        ] as [string, string][])
      : []),
  ];
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** What a file that a run in place writes or removes is, or undefined for any other file. */
function writtenInPlace(options: Options, timeline: string, real: string): string | undefined {
  const beside = [...besideWorkbook(options.tracker), [timeline, 'the timeline']];
  const named = beside.find(([file = '']) => realPath(file) === real)?.[1];
  if (named) return named;
  const folder = realPath(path.dirname(path.resolve(options.tracker)));
  if (path.dirname(real) === folder && backupPattern(options.tracker).test(path.basename(real)))
    return 'named as a dated backup of the workbook, which the run removes when it is old';
  if (isInside(real, realPath(path.join(options.out, 'outbox')))) return "in the run's outbox";
  return undefined;
}

/**
 * In place, refuses a --settings or --national that names a file the run writes or removes: the
 * workbook, the files beside it, a dated backup (the oldest are removed), the timeline, the outbox.
 */
function checkInPlaceInputs(options: Options, timeline: string): void {
  const inputs = [
    ['settings', options.settings],
    ['national', options.national],
  ] as const;
  for (const [option, file] of inputs) {
    const what = file === undefined ? undefined : writtenInPlace(options, timeline, realPath(file));
    if (what) {
      throw new UsageError(
        `--${option}: ${file} is ${what}; the run writes it with --in-place, so name another file.`,
      );
    }
  }
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

/** The Tracker's rows and columns, found as the tool finds them (aliases; its own by their notes). */
function trackerColumns(emulator: AppsScriptEmulator) {
  const rows = emulator.values('Tracker') as Cell[][];
  const [header = []] = emulator.storedSheet('Tracker').cells;
  const layout = trackerLayout(
    rows,
    header.map((cell) => cell.note ?? ''),
  );
  return { rows, cells: (row: readonly Cell[]) => rowCells(layout, row) };
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

interface RunReport {
  readonly period: string;
  readonly logRowsBefore: number;
  readonly mail: string;
  readonly sent: readonly SentMail[];
  readonly notes: readonly string[];
  readonly files: readonly string[];
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
  const row = emulator
    .values('Settings')
    .find(
      ([name]) => normalizeHeader(String(name ?? '')) === normalizeHeader(STATUS_ROWS.trackRecord),
    );
  const text = String(row?.[1] ?? '').trim();
  return text === '' ? [] : [text];
}

function summary(emulator: AppsScriptEmulator, options: Options, report: RunReport): string {
  const { rows, cells } = trackerColumns(emulator);
  const computed = (key: ComputedColumnKey) => (row: readonly Cell[]) => cells(row).computed(key);
  const authority = (row: readonly Cell[]) => cells(row).input('authority');
  const from = computed('expectedFrom');
  const by = computed('expectedBy');
  const kind = computed('nextInspection');
  const status = computed('status');
  const problems = computed('problems');
  const named = rows
    .map((row, index) => ({ row, sheetRow: index + 1 }))
    .slice(1)
    .filter(({ row }) => String(authority(row) ?? '').trim() !== '');
  const expected = named
    .map(({ row }) => row)
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
  const overdue = named
    .filter(({ row }) => /overdue/i.test(String(status(row) ?? '')))
    .map(
      ({ row }) =>
        `  ${String(authority(row))}: ${String(status(row)).replace(/ \(as of .*\)$/, '')}`,
    );
  const problemLines = named.flatMap(({ row, sheetRow }) =>
    String(problems(row) ?? '')
      .split('\n')
      .filter((message) => message.trim() !== '')
      .map((message) => {
        const column = problemColumn(message);
        const text = column ? message.slice(column.length).replace(/^:?\s*/, '') : message;
        return `  Row ${sheetRow} (${String(authority(row))})${column ? `, ${column}` : ''}: ${text}`;
      }),
  );
  const log = emulator.values('Reminder log');
  const header = (log[0] ?? []).map((cell) => String(cell));
  const outcomeAt = header.indexOf('Outcome');
  const detailAt = header.indexOf('Detail');
  const added = log.slice(Math.max(report.logRowsBefore, 1));
  const outcomes = countBy(added.map((row) => String(row[outcomeAt] ?? '')));
  const reminders = ['Sent', 'Test', 'Deferred', 'Failed', 'Skipped', 'Unknown']
    .map(
      (name) => `${outcomes.find(([outcome]) => outcome === name)?.[1] ?? 0} ${name.toLowerCase()}`,
    )
    .join(', ');
  const sentCount = added.filter(
    (row) => row[outcomeAt] === 'Sent' || row[outcomeAt] === 'Test',
  ).length;
  const skipped = countBy(
    added
      .filter((row) => row[outcomeAt] === 'Skipped' || row[outcomeAt] === 'Deferred')
      .map(
        (row) =>
          `${String(row[outcomeAt])}: ${String(row[detailAt] ?? '').split(/(?<=\.) /)[0] ?? ''}`,
      ),
  ).map(([reason, count]) => `  ${String(count).padStart(4)}  ${reason}`);
  const settingsProblems = settingsProblemLines(emulator);
  const unknown = outcomes.find(([outcome]) => outcome === 'Unknown')?.[1] ?? 0;
  const emails = report.sent.map(
    (mail) =>
      `  ${isoDay(mail.sentAt)} to ${[...mail.to, ...mail.cc.map((cc) => `cc ${cc}`)].join(', ')}: ${mail.subject}`,
  );
  return [
    `ilacs-tracker on ${path.basename(options.tracker)}, ${report.period}: ${countOf(named.length, 'authority', 'authorities')}.`,
    '',
    'Next full inspections expected (forecast from the national queue; see Expected from and Expected by):',
    ...listed(expected, 10, 'the Tracker'),
    ...trackRecordLine(emulator),
    '',
    `Overdue (${overdue.length}):`,
    ...listed(overdue, OVERDUE_SHOWN, 'the Status column'),
    '',
    `Settings with problems (${settingsProblems.length}):`,
    ...listed(settingsProblems, OVERDUE_SHOWN, 'the Settings sheet'),
    '',
    `Rows with problems (${problemLines.length}):`,
    ...listed(problemLines, OVERDUE_SHOWN, 'the Problems column'),
    '',
    `Reminders: ${reminders}.`,
    ...(unknown > 0
      ? [
          `Unknown: a run stopped while sending ${unknown === 1 ? 'this reminder, so it may or may not have gone out; it is' : `these ${unknown} reminders, so they may or may not have gone out; they are`} not sent again, and the coordinators are told (see the Reminder log).`,
        ]
      : []),
    ...(skipped.length > 0 ? ['Not sent, by reason (see the Reminder log):', ...skipped] : []),
    '',
    ...(emails.length === 0
      ? ['Emails: none.']
      : [
          `Emails: ${emails.length}, holding the ${countOf(sentCount, 'reminder')} sent, ${report.mail}:`,
          ...listed(emails, 30, 'the outbox'),
        ]),
    ...report.notes.map((note) => `Note: ${note}`),
    '',
    `Written: ${report.files.join(', ')}`,
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

/** A sheet of the workbook replaced by rows from a file (--national), typed in as a person would. */
function replaceSheet(emulator: AppsScriptEmulator, name: string, rows: string[][]): void {
  const book = emulator.globals.SpreadsheetApp.getActive();
  const existing = book.getSheetByName(name);
  if (existing) book.deleteSheet(existing);
  emulator.addSheet(name, rows);
}

/**
 * The National data the tool holds before --national replaces it: the workbook's sheet, else the
 * snapshot that ships with the tool (Set up would fill the sheet from it). The history file leaves
 * some start dates blank; these fill them.
 */
function heldNational(emulator: AppsScriptEmulator): NationalRecord[] {
  const codec = intlDateCodec(TIME_ZONE);
  if (!codec) return [];
  const sheet = emulator.spreadsheet.getSheetByName('National data');
  if (sheet)
    return readToolFormat(emulator.values('National data') as Cell[][], codec.dateOfCell).records;
  const shipped = parse(readFileSync(NATIONAL_SNAPSHOT, 'utf8'), { bom: true }) as string[][];
  return readToolFormat(shipped, codec.dateOfCell).records;
}

/**
 * --national: a file in either format the Sheet's Update national data accepts (the tool's own
 * National data CSV, or the ofsted-ilacs-scrape-tool history file), validated as it validates
 * them, on the National data sheet in place of what the workbook has. A bad or partial file is one
 * line and changes nothing.
 */
async function replaceNationalData(emulator: AppsScriptEmulator, file: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--national: could not read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  const result = parseNationalFile(text, heldNational(emulator));
  if (!result.ok) {
    const [first = 'not a National data file', ...rest] = result.problems;
    throw new UsageError(
      `--national: ${file}: ${first}${rest.length > 0 ? ` (and ${countOf(rest.length, 'more problem')})` : ''}; nothing was replaced.`,
    );
  }
  replaceSheet(
    emulator,
    'National data',
    nationalSheetRows(nationalTable(result.rows), result.asOf),
  );
}

/**
 * --settings: a Setting,Value CSV laid over the workbook's Settings: each setting it names takes
 * its value (as text: 6-18 is not a date), a setting the sheet lacks is added, and every other row
 * of the sheet stays as it was.
 */
async function overlaySettings(emulator: AppsScriptEmulator, file: string): Promise<void> {
  const rows = await readCsvOption('settings', file);
  const [setting, value] = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  if (setting !== 'setting' || value !== 'value') {
    throw new UsageError(`--settings: ${file} must start with a Setting,Value header row.`);
  }
  const sheet = emulator.globals.SpreadsheetApp.getActive().getSheetByName('Settings');
  if (!sheet) {
    emulator.addSheet('Settings', rows, { input: 'RAW' });
    return;
  }
  const names = emulator.values('Settings').map((cells) => normalizeHeader(String(cells[0] ?? '')));
  for (const [name = '', text = ''] of rows.slice(1)) {
    if (name.trim() === '') continue;
    let row = names.indexOf(normalizeHeader(name)) + 1;
    if (row === 0) {
      names.push(normalizeHeader(name));
      row = names.length;
      sheet.getRange(row, 1).setValue(name);
    }
    sheet.getRange(row, 2).setNumberFormat('@').setValue(text);
  }
}

/**
 * Refuses a Tracker whose data the tool could not read: rows below a first row that names no
 * Authority column (under any name the tool accepts), as a title row above the header would.
 */
function checkTrackerHeader(emulator: AppsScriptEmulator, file: string): void {
  const [header = [], ...rows] = emulator.values('Tracker');
  const filled = rows.some((row) => row.some((cell) => String(cell ?? '').trim() !== ''));
  const names = header.map((cell) => String(cell ?? ''));
  if (!filled || locateColumns(names).input.authority !== undefined) return;
  const name = path.basename(file);
  if (names.some((cell) => cell.includes('\t'))) {
    throw new WorkbookError(
      `${name}: the Tracker looks tab-separated; save it as comma-separated CSV.`,
    );
  }
  const { header: authority, aliases } = INPUT_COLUMNS.authority;
  const found = names
    .filter((cell) => cell.trim() !== '')
    .slice(0, 6)
    .map((cell) => `'${cell}'`);
  throw new WorkbookError(
    `${name}: the Tracker's first row has no ${authority} column (found ${found.join(', ') || 'nothing'}); ` +
      `the header is read from row 1: name a column ${[authority, ...aliases].join(', ')}.`,
  );
}

/** The Settings sheet's Send mode, as typed (blank when there is none). */
function sendMode(emulator: AppsScriptEmulator): string {
  const row = emulator.values('Settings').find(
    (cells) =>
      String(cells[0] ?? '')
        .trim()
        .toLowerCase() === 'send mode',
  );
  return String(row?.[1] ?? '').trim();
}

/** A folder of its own for this run's emails: outbox/<day>, or outbox/<day>-2 and on. */
function runOutbox(out: string, today: CivilDate): string {
  const base = path.join(out, 'outbox', formatIso(today));
  let folder = base;
  for (let n = 2; existsSync(folder); n += 1) folder = `${base}-${n}`;
  return folder;
}

const DAILY_HANDLER = 'runDailyRemindersFromTrigger';

/** Where a run writes: the workbook's new path, this run's outbox folder, the timeline. */
interface Destinations {
  readonly written: string;
  readonly folder: string;
  readonly timeline: string;
}

/** Refuses outputs that would land on an input or on each other, before anything is touched. */
function destinations(options: Options): Destinations {
  checkOut(options);
  const input = options.tracker;
  const written = options.inPlace ? input : path.join(options.out, path.basename(input));
  // Where this run's .eml files go: unless --smtp delivers them all, Send mode permitting.
  const folder = runOutbox(options.out, options.today);
  const timeline = path.join(options.out, TIMELINE_FILE);
  const kind = workbookKind(input);
  checkClashes(
    [input, ...[options.settings, options.national].filter((file) => file !== undefined)],
    [
      // In place, the workbook and the files beside it are the input's own, written over on purpose.
      ...(options.inPlace
        ? []
        : [
            written,
            statePathOf(written),
            ...(kind === 'csv' ? [csvLogPathOf(written), csvSettingsPathOf(written)] : []),
          ]),
      timeline,
      folder,
    ],
  );
  if (options.inPlace) checkInPlaceInputs(options, timeline);
  return { written, folder, timeline };
}

/** Refuses to update a workbook that Excel or LibreOffice has open. */
async function checkNotOpen(input: string): Promise<void> {
  const holder = await openElsewhere(input);
  if (holder) {
    throw new WorkbookError(
      `${input}: is open in ${holder.by} (${holder.lockFile}); close it there and run again, or delete that file if it is not open.`,
    );
  }
}

/**
 * A file that could not be written, in one line that says what became of the run's emails: in
 * place, once the record of what is sent cannot be written, no email goes; otherwise every file is
 * whole, and what went out is recorded for the next run.
 */
function diskFailure(error: DiskError, record: RunRecord | undefined, delivered: number): string {
  const emails = countOf(delivered, 'email');
  const refusal = record?.refusal;
  if (refusal) {
    const none = delivered === 0 ? 'none was sent' : `none was sent after the first ${emails}`;
    return `${refusal.message}; each email is recorded there before it is sent, so ${none}. The workbook is as it was: make room and run again.`;
  }
  const sent = !record
    ? ''
    : delivered === 0
      ? ', and no email was sent'
      : `, and the ${emails} this run sent ${delivered === 1 ? 'is' : 'are'} recorded in ${record.stateFile}`;
  return `${error.message}. No file is half-written${sent}: make room and run again.`;
}

/**
 * Writes the updated workbook's files and the state: in place through the run's record (a backup
 * first), otherwise into --out. Returns what it wrote, for the summary.
 */
async function writeWorkbook(
  disk: Disk,
  record: RunRecord | undefined,
  emulator: AppsScriptEmulator,
  opened: OpenedWorkbook,
  options: Options,
  written: string,
): Promise<string[]> {
  const files = await workbookFiles(emulator, opened, written);
  const names = files.map((file) => file.file);
  if (record) {
    const backup = record.save(files, formatIso(options.today));
    return [`${backup} (backup)`, ...names, record.stateFile];
  }
  ensureFolder(options.out);
  for (const file of files) replaceFile(disk, file.file, file.contents);
  // For the next run into the same --out: the log rows the input lacks, and which input it was.
  const state = writeState(disk, written, {
    saved: emulator.savedState,
    csvToolColumns: csvToolColumnsOf(emulator, opened),
    unsavedLog: logRowsAfter(emulator, opened.logRowsOnDisk),
    source: realPath(options.tracker),
  });
  return [...names, state];
}

/** A state to start from, and the words for the summary when it is an earlier run's in --out. */
interface StartingState {
  readonly state: RunState | undefined;
  readonly note?: string;
}

function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * What the tool knows of earlier runs on the workbook. In place, the state beside it. Otherwise, a
 * run into an --out that an earlier run on the same workbook wrote goes on from the state that run
 * left there (newer than any beside the workbook): the Reminder log rows it added, and the record
 * of what it sent, which is not sent again. An --out holding another workbook's output is refused.
 */
async function startingState(options: Options, written: string): Promise<StartingState> {
  const beside = await readState(options.tracker);
  if (options.inPlace) return { state: beside };
  const earlier = await readState(written);
  if (!earlier) return { state: beside };
  const source = realPath(options.tracker);
  if (earlier.source !== undefined && earlier.source !== source) {
    throw new UsageError(
      `--out: ${options.out} holds the output of ${earlier.source}, not of ${options.tracker}; choose another --out.`,
    );
  }
  if (beside && modified(statePathOf(options.tracker)) > modified(statePathOf(written)))
    return { state: beside };
  return {
    // A .csv's tool columns are the input's own, as recorded beside it.
    state: { ...earlier, csvToolColumns: beside?.csvToolColumns },
    note: `went on from the earlier run into ${options.out} (${statePathOf(written)}): what it sent is not sent again; delete that folder to start afresh.`,
  };
}

/** 2026-11-22, or 2026-11-22 to 2026-12-01 for several days. */
function periodOf(options: Options): string {
  return options.days > 1
    ? `${formatIso(options.today)} to ${formatIso(addDays(options.today, options.days - 1))}`
    : formatIso(options.today);
}

async function run(options: Options, io: StartIo): Promise<number> {
  let code: string;
  try {
    code = await readFile(path.join(ROOT, 'build', 'Code.js'), 'utf8');
  } catch {
    throw new UsageError('build/Code.js is missing: run npm run build first (npm start does).');
  }
  const { written, folder, timeline } = destinations(options);
  const input = options.tracker;
  const disk = io.disk ?? localDisk;
  if (options.inPlace) await checkNotOpen(input);
  const lock = options.inPlace ? lockRun(disk, input) : undefined;
  let mailer: Outbox | undefined;
  let record: RunRecord | undefined;
  try {
    const { state, note: stateNote } = await startingState(options, written);
    let deliver: MailDelivery = () => {
      throw new Error('no mail is sent before Set up');
    };
    const emulator = new AppsScriptEmulator({
      timeZone: TIME_ZONE,
      now: runTime(options.today),
      userEmail: options.from.address,
      spreadsheetUrl: options.sheetUrl,
      mailQuota: MAIL_QUOTA,
      deliverMail: (mail) => deliver(mail),
      sheets: {},
      htmlFiles: htmlFilesIn(path.join(ROOT, 'build')),
      oauthScopes: oauthScopesIn(path.join(ROOT, 'build')),
    });
    if (state) emulator.restoreState(state.saved);
    const opened = await loadWorkbook(emulator, input, state?.csvToolColumns, state?.unsavedLog);
    if (lock) record = new RunRecord(disk, input, emulator, opened, lock);
    if (options.national) await replaceNationalData(emulator, options.national);
    if (options.settings) await overlaySettings(emulator, options.settings);
    checkTrackerHeader(emulator, input);
    const context = emulator.load(code);
    emulator.run(context, 'setUpTracker');
    checkXlsxWidth(emulator, opened, input);
    emulator.run(context, 'recalculateNow');
    const notes: string[] = stateNote ? [stateNote] : [];
    // npm start stands for the daily trigger: on a workbook's first run it turns the trigger on,
    // as a coordinator does from the menu; after that the switch is whatever was left.
    if (!state) emulator.run(context, 'turnOnDailyReminders');
    const dailyOn = emulator.triggers.some((trigger) => trigger.functionName === DAILY_HANDLER);
    if (!dailyOn) notes.push('daily reminders are off for this workbook, so none were sent.');
    const live = sendMode(emulator).toLowerCase() === 'live';
    const smtp = options.smtp !== undefined && live ? options.smtp : undefined;
    if (options.smtp !== undefined && !live) {
      notes.push(
        `Send mode is not Live, so nothing went to ${options.smtp}: the emails are .eml files.`,
      );
    }
    const target: MailTarget = smtp ? { kind: 'smtp', url: smtp } : { kind: 'eml', dir: folder };
    const outbox = openOutbox(target, options.from);
    mailer = outbox;
    // In place, what is about to be sent is on disk before it goes (cli/run-record.ts).
    deliver = (mail) => {
      record?.beforeSend();
      outbox.deliver(mail);
    };
    const logRowsBefore = emulator.values('Reminder log').length;
    const mailBefore = emulator.mail.length;
    emulator.setUiAvailable(false);
    for (let day = 0; day < options.days && dailyOn && !record?.refusal; day += 1) {
      emulator.setNow(runTime(addDays(options.today, day)));
      emulator.setMailQuota(MAIL_QUOTA);
      emulator.run(context, DAILY_HANDLER);
      record?.afterExecution();
      // A run cut short leaves a one-off trigger to finish; Apps Script would run it minutes later.
      emulator.advance(FOLLOW_UP_WAIT_MS);
      emulator.runDueTriggers(context);
      record?.afterExecution();
      progress(io.stderr, day + 1, options.days);
    }
    if (record?.refusal) throw record.refusal;
    const files = await writeWorkbook(disk, record, emulator, opened, options, written);
    ensureFolder(options.out);
    replaceFile(disk, timeline, timelineHtml(emulator, context));
    const report: RunReport = {
      period: periodOf(options),
      logRowsBefore,
      mail: smtp ? `through ${smtp}` : `as .eml files in ${folder}`,
      sent: emulator.mail.slice(mailBefore),
      notes,
      files: [...files, timeline],
    };
    io.stdout.write(`${inert(summary(emulator, options, report), { keepNewlines: true })}\n`);
    if (outbox.refused.length > 0) {
      io.stderr.write(
        `ilacs-tracker: ${inert(
          `${outbox.refused.length} email${outbox.refused.length === 1 ? ' was' : 's were'} not delivered through ${smtp ?? 'the outbox'} (${outbox.refused[0]}); ` +
            'they are logged Failed and go again on the next run.',
        )}\n`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof DiskError)
      throw new WorkbookError(diskFailure(error, record, mailer?.delivered ?? 0));
    throw error;
  } finally {
    await mailer?.close();
    lock?.release();
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
    io.stderr.write(`ilacs-tracker: ${inert(error.message)}\n`);
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
