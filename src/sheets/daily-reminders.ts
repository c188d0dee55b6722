import { keyHash } from '../domain/reminders/ledger';
import { lettersWithinSize } from '../domain/reminders/letter-email';
import { type Letter, lettersFor } from '../domain/reminders/letters';
import { type Outcome, reminderKindOfKey } from '../domain/reminders/log';
import type { UnconfirmedSend } from '../domain/reminders/notices';
import { type PlannedReminder, planReminders } from '../domain/reminders/plan';
import { quotaRecipients } from '../domain/reminders/recipients';
import {
  busyRunText,
  busyText,
  lastRunText,
  notRecordedDetail,
  quotaGoneDetail,
  quotaShortDetail,
  refusedDetail,
  sentDetail,
  tooLargeDetail,
  unconfirmedDetail,
} from '../domain/reminders/run-words';
import { blockedNote, blockedReason } from '../domain/reminders/send-block';
import { sendFailure, storeRefused } from '../domain/reminders/send-errors';
import { spreadsheetDateCodec } from './dates';
import { type JournalEntry, ReminderStore } from './journal';
import { LOCK_WAIT_MS } from './lock';
import { deliverPendingNotice, recordUnconfirmed } from './pending-notice';
import { type TrackerState, readTracker, recalculate } from './recalculate';
import { addressLetter, sendMessages } from './reminder-mail';
import { appendLog, logLayout, loggedDecisions, repairedReminderLog } from './reminder-log-sheet';
import { RunLog, reconcileStoppedRuns } from './run-log';
import { readSettingsSheet, writeStatus } from './settings-sheet';
import { followUpWords, scheduleFollowUp } from './triggers';
import { SHEET_NAMES, readAll } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Apps Script stops a trigger at 6 minutes; no new email is started after this. */
export const SENDING_TIME_BUDGET_MS = 4.5 * 60 * 1000;

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

/**
 * The daily run: recalculate, plan today's reminders, send them, and log each decision. The
 * document lock keeps two runs from sending the same reminder; every email is journalled in
 * document properties just before it is sent, so that a run cut off before it writes the log is
 * completed, not repeated, by the next one.
 */
export function runDailyReminders(spreadsheet: Spreadsheet, now: Date): RunSummary {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return leaveToFollowUp(spreadsheet, now);
  try {
    return sendDueReminders(spreadsheet, now);
  } finally {
    lock.releaseLock();
  }
}

/**
 * The tracker is busy (a long Set up, a colleague's Recalculate, another run): the day's work goes
 * to a follow-up run minutes later, and the Settings sheet says so, rather than waiting for
 * tomorrow. Nothing here needs the lock: one cell of the tool's own status row is written.
 */
function leaveToFollowUp(spreadsheet: Spreadsheet, now: Date): RunSummary {
  const followUp = followUpWords(scheduleFollowUp(), 'the reminders');
  const today = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone()).dateOfCell(now);
  const gaveUp = busyText(followUp);
  console.warn(`ILACS tracker: ${gaveUp}`);
  writeStatus(readSettingsSheet(spreadsheet), { lastRun: busyRunText(today, gaveUp) });
  return { gaveUp, counts: {}, leftForNextRun: 0 };
}

/** A daily run while it sends: what it sends with, and what it has used up so far. */
interface RunInProgress {
  readonly state: TrackerState;
  readonly store: ReminderStore;
  readonly runLog: RunLog;
  readonly testTo: string | undefined;
  readonly sheetUrl: string;
  /** When the run started (ms), against its time budget. */
  readonly started: number;
  /** Sends of this run that threw in a way that does not say whether the message left. */
  readonly unconfirmed: JournalEntry[];
  /** Recipients the daily mail quota has left. */
  quota: number;
}

/** How a reminder's send counts in the ledger: a test send or a live one. */
const ledgerKind = (run: RunInProgress) => (run.testTo ? 'test' : 'live');

/** One letter's email, journalled first; false when the store has no room. */
function sendLetter(run: RunInProgress, letter: Letter): boolean {
  const { state, store, runLog, testTo } = run;
  const group = letter.reminders;
  if (group.length === 0) return true;
  const mail = addressLetter(run, letter);
  const needed = quotaRecipients(mail.messages);
  if (needed > run.quota) {
    for (const reminder of group) {
      runLog.record(reminder, 'Deferred', quotaShortDetail(run.quota, needed));
    }
    return true;
  }
  const outcome = testTo ? 'Test' : 'Sent';
  const time = new Date().toISOString();
  const entries: JournalEntry[] = group.map((reminder) => ({
    key: reminder.key,
    hash: keyHash(reminder.key),
    authority: reminder.authority,
    kind: reminder.kind,
    eventDate: reminder.eventDate,
    lead: reminder.lead,
    recipients: mail.recipients,
    outcome,
    time,
    pending: true,
  }));
  const recorded = recordOrSkip(run, group, () => store.recordPending(entries));
  if (recorded === 'skipped') return true;
  if (!recorded) return false;
  try {
    const { notSent } = sendMessages(mail);
    store.confirmPending();
    run.quota -= needed;
    for (const reminder of group) {
      store.ledger.add(reminder.key, reminder.kind, ledgerKind(run), state.today);
      const detail = sentDetail(group.length - 1, notSent, testTo);
      runLog.record(reminder, outcome, detail, mail.recipients);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failure = sendFailure(message);
    if (failure === 'unconfirmed') {
      sentUnconfirmed(run, group, entries, message);
      return true;
    }
    store.dropLast(group.length);
    if (failure === 'tooLarge') return sendRefusedAsTooLarge(run, letter, message);
    if (failure === 'quota') run.quota = 0;
    for (const reminder of group) {
      if (failure === 'quota') runLog.record(reminder, 'Deferred', quotaGoneDetail(message));
      else runLog.record(reminder, 'Failed', refusedDetail(message));
    }
  }
  return true;
}

/**
 * MailApp threw without saying it refused the message (a service error, a timeout on Google's
 * side): it may have left. Like a send a stopped run could not confirm, it is logged Unknown, kept
 * in the ledger, and told to the coordinators; its journal entries stay pending, so that a run
 * stopped before its commit leaves the same for the next.
 */
function sentUnconfirmed(
  run: RunInProgress,
  group: readonly PlannedReminder[],
  entries: readonly JournalEntry[],
  message: string,
): void {
  for (const reminder of group) {
    run.store.ledger.add(reminder.key, reminder.kind, ledgerKind(run), run.state.today);
    run.runLog.record(reminder, 'Unknown', unconfirmedDetail(message));
  }
  run.unconfirmed.push(...entries);
}

/**
 * Journals a group before its send. A store that refuses the write as too large sends nothing for
 * this group, which is logged Failed and tried again on the next run, and the run goes on. Any
 * other error is left to stop the run, as the time limit does: the journal is there for that.
 */
function recordOrSkip(
  run: RunInProgress,
  group: readonly PlannedReminder[],
  record: () => boolean,
): boolean | 'skipped' {
  try {
    return record();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!storeRefused(message)) throw error;
    run.store.dropLast(group.length);
    for (const reminder of group) {
      run.runLog.record(reminder, 'Failed', notRecordedDetail(message));
    }
    return 'skipped';
  }
}

/**
 * Gmail refused the email as too large, which sending it again cannot change: several reminders
 * are sent again in two halves; a single one is logged Failed with the reason and kept in the
 * ledger, so that it is not refused again every morning.
 */
function sendRefusedAsTooLarge(run: RunInProgress, letter: Letter, message: string): boolean {
  const group = letter.reminders;
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return (
      sendLetter(run, { ...letter, reminders: group.slice(0, half) }) &&
      sendLetter(run, { ...letter, reminders: group.slice(half) })
    );
  }
  for (const reminder of group) {
    run.store.ledger.add(reminder.key, reminder.kind, ledgerKind(run), run.state.today);
    run.runLog.record(reminder, 'Failed', tooLargeDetail(message));
  }
  return true;
}

/**
 * Sends the plan as letters, one a person (tracker.md: reminders for the same people go in one
 * email), until the time or the store runs out; returns how many reminders are left.
 */
function sendPlan(run: RunInProgress, plan: readonly PlannedReminder[]): number {
  const sendable: PlannedReminder[] = [];
  for (const reminder of plan) {
    if (reminder.skip) run.runLog.record(reminder, 'Skipped', reminder.skip);
    else sendable.push(reminder);
  }
  const { settings, today, tracker } = run.state;
  const { testTo, sheetUrl } = run;
  const context = { settings, today, rows: tracker.results, testTo, sheetUrl };
  const queue = lettersFor(sendable).flatMap((letter) => lettersWithinSize(context, letter));
  for (const [index, letter] of queue.entries()) {
    const outOfTime = Date.now() - run.started > SENDING_TIME_BUDGET_MS;
    if (outOfTime || !sendLetter(run, letter))
      return new Set(queue.slice(index).flatMap((left) => left.reminders)).size;
  }
  return 0;
}

function sendDueReminders(spreadsheet: Spreadsheet, now: Date): RunSummary {
  const started = Date.now();
  const { state } = recalculate(spreadsheet, now);
  const { settings, today, codec } = state;
  const { sheet: logSheet, values: logValues, repaired } = repairedReminderLog(spreadsheet);
  const layout = logLayout(logValues);
  const store = ReminderStore.open();
  const logged = loggedDecisions(logValues, layout);
  store.seedFromLog(logged, reminderKindOfKey, today);
  const runLog = new RunLog(codec, layout);
  if (repaired) runLog.note(repaired);
  const unknown = reconcileStoppedRuns(store, logged, runLog, today);
  const unconfirmed: JournalEntry[] = [];

  const testTo = settings.sendMode === 'Test' ? whoRuns() : undefined;
  const plan = planReminders({
    today,
    rows: state.tracker.results,
    settings,
    log: logged,
    sent: store.ledger,
  });
  const blocked = blockedReason(settings, testTo);
  let leftForNextRun = 0;
  if (blocked) {
    const note = blockedNote(settings, blocked, plan);
    if (note) runLog.note(note);
  } else {
    const quota = MailApp.getRemainingDailyQuota();
    const sheetUrl = spreadsheet.getUrl();
    leftForNextRun = sendPlan(
      { state, store, runLog, testTo, sheetUrl, started, quota, unconfirmed },
      plan,
    );
  }
  const summary = { counts: runLog.counts, leftForNextRun };
  // Kept before the commit, so that a run stopped after it loses none of the notice.
  const notice = recordUnconfirmed([...unknown, ...unconfirmed].map(unconfirmedSend));
  store.commit(today, settings.overdueRepeatDays, settings.overdueRepeatTimes);
  appendLog(logSheet, logValues, runLog.rows);
  store.clearJournals();
  const noticeWaits = deliverPendingNotice(
    notice,
    testTo ? [testTo] : settings.coordinatorEmails,
    blocked,
    settings.senderName,
  );
  const followUp = leftForNextRun > 0 ? followUpWords(scheduleFollowUp(), 'the rest') : undefined;
  writeStatus(state.settingsSheet, {
    lastRun: lastRunText({ today, ...summary, blocked, followUp, noticeWaits }),
  });
  return summary;
}

function unconfirmedSend(entry: JournalEntry): UnconfirmedSend {
  return {
    authority: entry.authority,
    kind: entry.kind,
    eventDate: entry.eventDate,
    recipients: entry.recipients,
  };
}

/** What the daily run would do today, sending nothing and writing nothing. */
export function previewReminders(spreadsheet: Spreadsheet, now: Date) {
  const state = readTracker(spreadsheet, now);
  const logSheet = spreadsheet.getSheetByName(SHEET_NAMES.reminderLog);
  const log = logSheet ? loggedDecisions(readAll(logSheet)) : [];
  // Read only: what the ledger holds, and for a tracker without one yet, what the log says.
  const store = ReminderStore.open();
  store.seedFromLog(log, reminderKindOfKey, state.today);
  for (const entry of store.leftOver)
    store.ledger.addHash(
      entry.hash,
      entry.kind,
      entry.outcome === 'Test' ? 'test' : 'live',
      state.today,
    );
  const plan = planReminders({
    today: state.today,
    rows: state.tracker.results,
    settings: state.settings,
    log,
    sent: store.ledger,
  });
  return { state, plan };
}
