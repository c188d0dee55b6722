/**
 * One run of `npm start` on a workbook file, its options read: the build loaded into the
 * emulator, whose services stand in for Google's, backed by the workbook (and the state an earlier
 * run left) and by real mail; Set up, Recalculate and the daily reminder job for each day; then the
 * updated workbook, the state and timeline.html written, and the summary printed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type vm from 'node:vm';
import { AppsScriptEmulator, type MailDelivery, htmlFilesIn, oauthScopesIn } from '../emulator';
import { type CivilDate, addDays, formatIso } from '../src/domain/rules/civil-date';
import { countOf } from '../src/domain/text/words';
import type { Cell } from '../src/domain/tracker/cells';
import { settingsRowValue } from '../src/domain/tracker/settings-sheet';
import { intlDateCodec } from '../src/sheets/dates';
import { type Disk, DiskError, ensureFolder, localDisk, replaceFile } from './disk';
import { UsageError, WorkbookError } from './errors';
import { checkNotOpen, lockRun } from './lock';
import { type Options, ROOT, TIME_ZONE } from './options';
import { type MailTarget, type Outbox, openOutbox } from './outbox';
import { overlaySettings, replaceNationalData } from './overlays';
import { destinations, realPath, startingState } from './paths';
import { RunRecord } from './run-record';
import { writeState } from './state';
import { type RunReport, summary } from './summary';
import { inert } from './terminal';
import { timelineHtml } from './timeline';
import { type OpenedWorkbook, checkTrackerHeader, loadWorkbook } from './workbook';
import { checkXlsxWidth, csvToolColumnsOf, logRowsAfter, workbookFiles } from './workbook-files';

/** A Google Workspace account's daily recipients. */
const MAIL_QUOTA = 1500;
/** The daily trigger's hour. */
const RUN_HOUR = 7;
/** How long Apps Script takes to run a follow-up trigger set for 5 minutes on. */
const FOLLOW_UP_WAIT_MS = 10 * 60_000;
/** The function the daily trigger runs. */
const DAILY_HANDLER = 'runDailyRemindersFromTrigger';

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

/** The Settings sheet's Send mode, as typed (blank when there is none). */
function sendMode(emulator: AppsScriptEmulator): string {
  return settingsRowValue(emulator.values('Settings') as Cell[][], 'Send mode') ?? '';
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
  workbook: string,
): Promise<string[]> {
  const files = await workbookFiles(emulator, opened, workbook);
  const names = files.map((file) => file.file);
  if (record) {
    const backup = record.save(files, formatIso(options.today));
    return [`${backup} (backup)`, ...names, record.stateFile];
  }
  ensureFolder(options.out);
  for (const file of files) replaceFile(disk, file.file, file.contents);
  // For the next run into the same --out: the log rows the input lacks, and which input it was.
  const state = writeState(disk, workbook, {
    saved: emulator.savedState,
    csvToolColumns: csvToolColumnsOf(emulator, opened),
    unsavedLog: logRowsAfter(emulator, opened.logRowsOnDisk),
    source: realPath(options.tracker),
  });
  return [...names, state];
}

/** 2026-11-22, or 2026-11-22 to 2026-12-01 for several days. */
function periodOf(options: Options): string {
  return options.days > 1
    ? `${formatIso(options.today)} to ${formatIso(addDays(options.today, options.days - 1))}`
    : formatIso(options.today);
}

/** build/Code.js, the bundle that ships to Apps Script. */
async function readBundle(): Promise<string> {
  try {
    return await readFile(path.join(ROOT, 'build', 'Code.js'), 'utf8');
  } catch {
    throw new UsageError('build/Code.js is missing: run npm run build first (npm start does).');
  }
}

/** The emulator as the Sheet would be at 07:00 on --today, for the account --from names. */
function newEmulator(options: Options, deliverMail: MailDelivery): AppsScriptEmulator {
  return new AppsScriptEmulator({
    timeZone: TIME_ZONE,
    now: runTime(options.today),
    userEmail: options.from.address,
    spreadsheetUrl: options.sheetUrl,
    mailQuota: MAIL_QUOTA,
    deliverMail,
    sheets: {},
    htmlFiles: htmlFilesIn(path.join(ROOT, 'build')),
    oauthScopes: oauthScopesIn(path.join(ROOT, 'build')),
  });
}

/**
 * Where the emails go: through --smtp only in Send mode Live (with a note when it is not), else
 * .eml files in the run's outbox folder.
 */
function mailRoute(
  emulator: AppsScriptEmulator,
  options: Options,
  outboxFolder: string,
): { readonly target: MailTarget; readonly smtp?: string; readonly note?: string } {
  const live = sendMode(emulator).toLowerCase() === 'live';
  if (options.smtp !== undefined && live)
    return { target: { kind: 'smtp', url: options.smtp }, smtp: options.smtp };
  return {
    target: { kind: 'eml', dir: outboxFolder },
    ...(options.smtp !== undefined
      ? {
          note: `Send mode is not Live, so nothing went to ${options.smtp}: the emails are .eml files.`,
        }
      : {}),
  };
}

/** The daily job on each day of the run as its trigger runs it, with any follow-up it leaves. */
function runDays(
  emulator: AppsScriptEmulator,
  context: vm.Context,
  options: Options,
  record: RunRecord | undefined,
  stderr: Output,
): void {
  for (let day = 0; day < options.days && !record?.refusal; day += 1) {
    emulator.setNow(runTime(addDays(options.today, day)));
    emulator.setMailQuota(MAIL_QUOTA);
    emulator.run(context, DAILY_HANDLER);
    record?.afterExecution();
    // A run cut short leaves a one-off trigger to finish; Apps Script would run it minutes later.
    emulator.advance(FOLLOW_UP_WAIT_MS);
    emulator.runDueTriggers(context);
    record?.afterExecution();
    progress(stderr, day + 1, options.days);
  }
}

/** The emails the outbox or the SMTP server refused, in one line. */
function refusedLine(refused: readonly string[], smtp: string | undefined): string {
  return (
    `${refused.length} email${refused.length === 1 ? ' was' : 's were'} not delivered through ${smtp ?? 'the outbox'} (${refused[0]}); ` +
    'they are logged Failed and go again on the next run.'
  );
}

/**
 * Runs the tool on the workbook the options name and prints the summary. Resolves to the exit
 * code: 1 when an email was refused. A mistake in the options or the workbook is a UsageError or a
 * WorkbookError (a file that could not be written, one that says what became of the emails).
 */
export async function run(options: Options, io: StartIo): Promise<number> {
  const bundle = await readBundle();
  const { workbook, outboxFolder, timeline } = destinations(options);
  const input = options.tracker;
  const disk = io.disk ?? localDisk;
  if (options.inPlace) await checkNotOpen(input);
  const lock = options.inPlace ? lockRun(disk, input) : undefined;
  let mailer: Outbox | undefined;
  let record: RunRecord | undefined;
  try {
    const { state, note: stateNote } = await startingState(options, workbook);
    let deliver: MailDelivery = () => {
      throw new Error('no mail is sent before Set up');
    };
    const emulator = newEmulator(options, (mail) => deliver(mail));
    if (state) emulator.restoreState(state.saved);
    const opened = await loadWorkbook(emulator, input, state?.csvToolColumns, state?.unsavedLog);
    if (lock) record = new RunRecord(disk, input, emulator, opened, lock);
    if (options.national) await replaceNationalData(emulator, options.national);
    if (options.settings) await overlaySettings(emulator, options.settings);
    checkTrackerHeader(emulator, input);
    const context = emulator.load(bundle);
    emulator.run(context, 'setUpTracker');
    checkXlsxWidth(emulator, opened, input);
    emulator.run(context, 'recalculateNow');
    const notes: string[] = stateNote ? [stateNote] : [];
    // npm start stands for the daily trigger: on a workbook's first run it turns the trigger on,
    // as a coordinator does from the menu; after that the switch is whatever was left.
    if (!state) emulator.run(context, 'turnOnDailyReminders');
    const dailyOn = emulator.triggers.some((trigger) => trigger.functionName === DAILY_HANDLER);
    if (!dailyOn) notes.push('daily reminders are off for this workbook, so none were sent.');
    const route = mailRoute(emulator, options, outboxFolder);
    if (route.note) notes.push(route.note);
    const outbox = openOutbox(route.target, options.from);
    mailer = outbox;
    // In place, what is about to be sent is on disk before it goes (cli/run-record.ts).
    deliver = (mail) => {
      record?.beforeSend();
      outbox.deliver(mail);
    };
    const logRowsBefore = emulator.values('Reminder log').length;
    const mailBefore = emulator.mail.length;
    emulator.setUiAvailable(false);
    if (dailyOn) runDays(emulator, context, options, record, io.stderr);
    if (record?.refusal) throw record.refusal;
    const files = await writeWorkbook(disk, record, emulator, opened, options, workbook);
    ensureFolder(options.out);
    replaceFile(disk, timeline, timelineHtml(emulator, context));
    const report: RunReport = {
      period: periodOf(options),
      logRowsBefore,
      mail: route.smtp ? `through ${route.smtp}` : `as .eml files in ${outboxFolder}`,
      sent: emulator.mail.slice(mailBefore),
      notes,
      files: [...files, timeline],
    };
    io.stdout.write(`${inert(summary(emulator, options, report), { keepNewlines: true })}\n`);
    if (outbox.refused.length === 0) return 0;
    io.stderr.write(`ilacs-tracker: ${inert(refusedLine(outbox.refused, route.smtp))}\n`);
    return 1;
  } catch (error) {
    if (error instanceof DiskError)
      throw new WorkbookError(diskFailure(error, record, mailer?.delivered ?? 0));
    throw error;
  } finally {
    await mailer?.close();
    lock?.release();
  }
}
