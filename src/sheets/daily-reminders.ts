import type { Cell } from '../domain/tracker/cells';
import { formatIso } from '../domain/rules/civil-date';
import { composeEmail } from '../domain/reminders/email';
import type { LoggedDecision, Outcome } from '../domain/reminders/log';
import { type PlannedReminder, planReminders } from '../domain/reminders/plan';
import { digestLines } from '../domain/reminders/digest';
import {
  JOURNAL_BUDGET_BYTES,
  JOURNAL_PREFIX,
  type JournalEntry,
  journalProperty,
  propertyBytes,
  readJournal,
  reminderOfKey,
} from './journal';
import type { DateCodec } from './dates';
import {
  type LogLayout,
  appendLog,
  logLayout,
  logRow,
  loggedDecisions,
} from './reminder-log-sheet';
import { type TrackerState, readTracker, recalculate } from './recalculate';
import { writeStatus } from './settings-sheet';
import { SHEET_NAMES, readAll, requireSheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Apps Script stops a trigger at 6 minutes; no new email is started after this. */
export const SENDING_TIME_BUDGET_MS = 4.5 * 60 * 1000;
/** How long a run waits for another run's lock before giving up. */
const LOCK_WAIT_MS = 10 * 1000;
/** MailApp takes at most this many recipients (to and cc) in one message. */
export const MAX_RECIPIENTS = 50;
const QUOTA_ERROR = /too many times|quota/i;

export interface Message {
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

/** Recipients split so that no message has more than `MAX_RECIPIENTS`. */
export function splitRecipients(to: readonly string[], cc: readonly string[]): Message[] {
  const everyone = [
    ...to.map((address) => ({ address, cc: false })),
    ...cc.map((address) => ({ address, cc: true })),
  ];
  const messages: Message[] = [];
  for (let first = 0; first < everyone.length; first += MAX_RECIPIENTS) {
    const part = everyone.slice(first, first + MAX_RECIPIENTS);
    const toPart = part.filter((recipient) => !recipient.cc).map((recipient) => recipient.address);
    const ccPart = part.filter((recipient) => recipient.cc).map((recipient) => recipient.address);
    messages.push(
      toPart.length > 0
        ? { to: toPart, cc: ccPart }
        : { to: ccPart.slice(0, 1), cc: ccPart.slice(1) },
    );
  }
  return messages;
}

export interface RunSummary {
  readonly gaveUp?: string;
  readonly counts: Partial<Record<Outcome, number>>;
  /** Reminders left for the next run because the time budget ran out. */
  readonly leftForNextRun: number;
}

/** The person running the tool (for a trigger, its owner); '' when the script cannot see them. */
export function whoRuns(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
}

export interface SendOptions {
  readonly state: TrackerState;
  readonly reminder: PlannedReminder;
  readonly testTo?: string | undefined;
}

/** A reminder's email, addressed: as many messages as its recipients need. */
export interface Outgoing {
  readonly messages: readonly GoogleAppsScript.Mail.MailAdvancedParameters[];
  /** Who it goes to, as the log shows it. */
  readonly recipients: string;
}

export function prepareReminder({ state, reminder, testTo }: SendOptions): Outgoing {
  const { settings, today, tracker } = state;
  const email = composeEmail(
    reminder,
    settings.templates[reminder.kind],
    today,
    settings.senderName,
    reminder.kind === 'Weekly digest' ? digestLines(tracker.results, today) : [],
  );
  const addressed = testTo
    ? [{ to: [testTo], cc: [] }]
    : splitRecipients(reminder.recipients.to, reminder.recipients.cc);
  const intended = [...reminder.recipients.to, ...reminder.recipients.cc].join(', ');
  return {
    recipients: addressed.map((message) => [...message.to, ...message.cc].join(', ')).join('; '),
    messages: addressed.map((message) => ({
      to: message.to.join(','),
      cc: message.cc.join(','),
      subject: testTo ? `[TEST] ${email.subject}` : email.subject,
      body: testTo ? `(Test: this would go to ${intended})\n\n${email.text}` : email.text,
      htmlBody: email.html,
      name: settings.senderName,
      ...(settings.replyTo ? { replyTo: settings.replyTo } : {}),
    })),
  };
}

/**
 * Sends the messages in turn. When a later message of several fails, the earlier ones are out:
 * the reminder counts as sent (not repeated to those already reached) and the error is returned.
 */
export function deliver(outgoing: Outgoing): string | undefined {
  for (const [index, message] of outgoing.messages.entries()) {
    try {
      MailApp.sendEmail(message);
    } catch (error) {
      if (index === 0) throw error;
      const why = error instanceof Error ? error.message : String(error);
      return `Message ${index + 1} of ${outgoing.messages.length} (${String(message.to)}, ${String(message.cc)}) was not sent: ${why}`;
    }
  }
  return undefined;
}

function recipientCount(reminder: PlannedReminder, testTo: string | undefined): number {
  return testTo ? 1 : reminder.recipients.to.length + reminder.recipients.cc.length;
}

/**
 * The daily run: recalculate, plan today's reminders, send them, and log each decision. The
 * document lock keeps two runs from sending the same reminder; every email sent is journalled in
 * document properties at once, so that a run cut off before it writes the log is completed, not
 * repeated, by the next one.
 */
export function runDailyReminders(spreadsheet: Spreadsheet, now: Date): RunSummary {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    console.warn('ILACS tracker: another reminder run holds the lock; this run gives up.');
    return { gaveUp: 'Another run holds the lock.', counts: {}, leftForNextRun: 0 };
  }
  try {
    return sendDueReminders(spreadsheet, now);
  } finally {
    lock.releaseLock();
  }
}

/** The Reminder log's new rows and the count of each outcome, as a run decides them. */
class RunLog {
  readonly rows: Cell[][] = [];
  readonly counts: Partial<Record<Outcome, number>> = {};

  constructor(
    private readonly codec: DateCodec,
    private readonly layout: LogLayout,
  ) {}

  record(reminder: PlannedReminder, outcome: Outcome, detail: string, recipients = ''): void {
    this.counts[outcome] = (this.counts[outcome] ?? 0) + 1;
    this.rows.push(
      logRow({ time: new Date(), reminder, recipients, outcome, detail }, this.codec, this.layout),
    );
  }

  /** A journalled send that a run cut off before logging: logged now, never sent again. */
  recordJournalled(entry: JournalEntry): void {
    const reminder = reminderOfKey(entry.key);
    if (!reminder) return;
    const detail =
      'A run stopped after starting this send, before logging it; it is not sent again.';
    this.rows.push(
      logRow(
        {
          time: new Date(entry.time),
          reminder,
          recipients: entry.recipients,
          outcome: entry.outcome,
          detail,
        },
        this.codec,
        this.layout,
      ),
    );
  }
}

/** The document properties' send journal and how much of its budget it uses. */
interface Journal {
  readonly properties: GoogleAppsScript.Properties.Properties;
  readonly stored: Readonly<Record<string, string>>;
  readonly entries: readonly JournalEntry[];
  bytes: number;
}

function openJournal(): Journal {
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  const bytes = Object.entries(stored)
    .filter(([name]) => name.startsWith(JOURNAL_PREFIX))
    .reduce((sum, property) => sum + propertyBytes(property), 0);
  return { properties, stored, entries: readJournal(stored), bytes };
}

/** Logs the journal's sends that the Reminder log does not have yet (a run cut off mid-way). */
function reconcileJournal(
  journal: Journal,
  logged: readonly LoggedDecision[],
  runLog: RunLog,
): void {
  const alreadyLogged = new Set(
    logged
      .filter((entry) => entry.outcome === 'Sent' || entry.outcome === 'Test')
      .map((entry) => entry.key),
  );
  for (const entry of journal.entries) {
    if (!alreadyLogged.has(entry.key)) runLog.recordJournalled(entry);
  }
}

interface Sending {
  readonly state: TrackerState;
  readonly journal: Journal;
  readonly runLog: RunLog;
  readonly testTo: string | undefined;
  readonly started: number;
  quota: number;
}

/** Sends one reminder, journalled first; false when the journal has no room left for it. */
function sendOne(sending: Sending, reminder: PlannedReminder): boolean {
  const { state, journal, runLog, testTo } = sending;
  const needed = recipientCount(reminder, testTo);
  if (needed > sending.quota) {
    runLog.record(
      reminder,
      'Deferred',
      `The daily mail quota has ${sending.quota} recipients left; this needs ${needed}. It goes first on the next run.`,
    );
    return true;
  }
  const outgoing = prepareReminder({ state, reminder, testTo });
  const outcome: Outcome = testTo ? 'Test' : 'Sent';
  const property = journalProperty({
    key: reminder.key,
    outcome,
    time: new Date().toISOString(),
    recipients: outgoing.recipients,
  });
  if (journal.bytes + propertyBytes(property) > JOURNAL_BUDGET_BYTES) return false;
  // Journalled before it is sent: a run cut off after the send is completed, not repeated.
  journal.properties.setProperty(...property);
  journal.bytes += propertyBytes(property);
  try {
    const partly = deliver(outgoing);
    sending.quota -= needed;
    runLog.record(
      reminder,
      outcome,
      partly ?? (testTo ? `Test mode: sent to ${testTo} instead.` : ''),
      outgoing.recipients,
    );
  } catch (error) {
    journal.properties.deleteProperty(JOURNAL_PREFIX + reminder.key);
    const message = error instanceof Error ? error.message : String(error);
    if (QUOTA_ERROR.test(message)) {
      sending.quota = 0;
      runLog.record(reminder, 'Deferred', `${message} It goes first on the next run.`);
    } else {
      runLog.record(reminder, 'Failed', `${message} It is tried again on the next run.`);
    }
  }
  return true;
}

/** Sends the plan in order until the time budget runs out; returns how many are left. */
function sendPlan(sending: Sending, plan: readonly PlannedReminder[]): number {
  for (const [index, reminder] of plan.entries()) {
    if (reminder.skip) {
      sending.runLog.record(reminder, 'Skipped', reminder.skip);
      continue;
    }
    const outOfTime = Date.now() - sending.started > SENDING_TIME_BUDGET_MS;
    if (outOfTime || !sendOne(sending, reminder)) return plan.length - index;
  }
  return 0;
}

function sendDueReminders(spreadsheet: Spreadsheet, now: Date): RunSummary {
  const started = Date.now();
  const { state } = recalculate(spreadsheet, now);
  const { settings, today, codec } = state;
  const logSheet = requireSheet(spreadsheet, SHEET_NAMES.reminderLog);
  const logValues = readAll(logSheet);
  const layout = logLayout(logValues);
  const journal = openJournal();
  const logged = loggedDecisions(logValues, layout);
  const runLog = new RunLog(codec, layout);
  reconcileJournal(journal, logged, runLog);

  const testTo = settings.sendMode === 'Test' ? whoRuns() : undefined;
  // Test mode that cannot tell who runs it would have nowhere safe to send: it sends nothing.
  const blocked = settings.sendMode === 'Paused' || testTo === '';
  let leftForNextRun = 0;
  if (!blocked) {
    const journalled = journal.entries.map(({ key, outcome }) => ({ key, outcome, detail: '' }));
    const plan = planReminders({
      today,
      rows: state.tracker.results,
      settings,
      log: [...logged, ...journalled],
    });
    const quota = MailApp.getRemainingDailyQuota();
    leftForNextRun = sendPlan({ state, journal, runLog, testTo, started, quota }, plan);
  }
  const summary = { counts: runLog.counts, leftForNextRun };
  finishRun({ state, logSheet, logValues, journal, runLog }, summary, testTo === '');
  return summary;
}

/** Writes the run's log rows, clears the journal they now record, and notes the run on Settings. */
function finishRun(
  run: {
    readonly state: TrackerState;
    readonly logSheet: GoogleAppsScript.Spreadsheet.Sheet;
    readonly logValues: Cell[][];
    readonly journal: Journal;
    readonly runLog: RunLog;
  },
  summary: RunSummary,
  unseenTestUser: boolean,
): void {
  const { state, logSheet, logValues, journal, runLog } = run;
  appendLog(logSheet, logValues, runLog.rows);
  const kept = Object.fromEntries(
    Object.entries(journal.stored).filter(([name]) => !name.startsWith(JOURNAL_PREFIX)),
  );
  // Logged now: the journal's work is done.
  if (journal.entries.length > 0 || (summary.counts.Sent ?? 0) + (summary.counts.Test ?? 0) > 0)
    journal.properties.setProperties(kept, true);
  const note = unseenTestUser
    ? ' (Test mode, but the script cannot see who runs it: nothing sent)'
    : '';
  writeStatus(state.settingsSheet, {
    lastRun: `${formatIso(state.today)}: ${runText(summary)}${note}`,
  });
}

export function runText(summary: Pick<RunSummary, 'counts' | 'leftForNextRun'>): string {
  const parts = (['Sent', 'Test', 'Deferred', 'Failed', 'Skipped'] as const).map(
    (outcome) => `${summary.counts[outcome] ?? 0} ${outcome.toLowerCase()}`,
  );
  const left =
    summary.leftForNextRun > 0 ? `, ${summary.leftForNextRun} left for the next run` : '';
  return `${parts.join(', ')}${left}`;
}

/** What the daily run would do today, sending nothing and writing nothing. */
export function previewReminders(spreadsheet: Spreadsheet, now: Date) {
  const state = readTracker(spreadsheet, now);
  const logSheet = spreadsheet.getSheetByName(SHEET_NAMES.reminderLog);
  const log = logSheet ? loggedDecisions(readAll(logSheet)) : [];
  const plan = planReminders({
    today: state.today,
    rows: state.tracker.results,
    settings: state.settings,
    log,
  });
  return { state, plan };
}
