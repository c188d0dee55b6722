import type { Cell } from '../domain/tracker/cells';
import { cellText } from '../domain/text/cell-text';
import { type CivilDate, formatIso } from '../domain/rules/civil-date';
import { calendarFile, reminderCalendarEvent } from '../domain/reminders/calendar';
import { type Email, authorityLetter } from '../domain/reminders/email';
import { EMAIL_BYTE_LIMIT, emailBytes, partsWithin } from '../domain/reminders/email-size';
import { reminderKindOfKey } from '../domain/reminders/log';
import { keyHash } from '../domain/reminders/ledger';
import { type UnconfirmedSend, refusedBeforeSending } from '../domain/reminders/notices';
import { deliverPendingNotice, recordUnconfirmed } from './pending-notice';
import type { TrackerSettings } from '../domain/reminders/settings';
import type { LoggedDecision, Outcome } from '../domain/reminders/log';
import { type PlannedReminder, planReminders } from '../domain/reminders/plan';
import { type DigestLine, digestLines } from '../domain/reminders/digest';
import { type Letter, lettersFor } from '../domain/reminders/letters';
import { isOneAuthorityLetter, summaryLetter } from '../domain/reminders/summary-letter';
import { type JournalEntry, ReminderStore, reminderOfEntry } from './journal';
import { LOCK_WAIT_MS } from './lock';
import { followUpWords, scheduleFollowUp } from './triggers';
import { type DateCodec, spreadsheetDateCodec } from './dates';
import {
  type LogLayout,
  appendLog,
  logLayout,
  logRow,
  loggedDecisions,
  repairedReminderLog,
  runNoteRow,
} from './reminder-log-sheet';
import { type TrackerState, readTracker, recalculate } from './recalculate';
import { readSettingsSheet, writeStatus } from './settings-sheet';
import { SHEET_NAMES, readAll } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Apps Script stops a trigger at 6 minutes; no new email is started after this. */
export const SENDING_TIME_BUDGET_MS = 4.5 * 60 * 1000;
/** MailApp takes at most this many recipients (to and cc) in one message. */
export const MAX_RECIPIENTS = 50;
const QUOTA_ERROR = /too many times|quota/i;
/** MailApp's refusal of a message over its size ("Limit Exceeded: Email Body Size."). */
const TOO_LARGE_ERROR = /body size|too large/i;

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
  /** The Sheet's address, for the coordinators' emails. */
  readonly sheetUrl?: string | undefined;
}

/** A reminder's email, addressed: as many messages as its recipients need. */
export interface Outgoing {
  readonly messages: readonly GoogleAppsScript.Mail.MailAdvancedParameters[];
  /** Who it goes to, as the log shows it. */
  readonly recipients: string;
}

/** `20261201T070000Z`: now, in UTC, as a calendar file's DTSTAMP. */
function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A meeting or self-evaluation reminder carries its event as a calendar file. */
function calendarAttachments(
  reminder: PlannedReminder,
  today: CivilDate,
): GoogleAppsScript.Base.BlobSource[] {
  const event = reminderCalendarEvent(reminder, today, utcStamp(new Date()));
  if (!event) return [];
  const name =
    reminder.kind === 'Engagement meeting' ? 'engagement-meeting.ics' : 'self-evaluation.ics';
  return [Utilities.newBlob(calendarFile(event), 'text/calendar', name)];
}

export function prepareReminder(options: SendOptions): Outgoing {
  const { reminder } = options;
  return prepareLetter({
    ...options,
    letter: { to: reminder.recipients.to, cc: reminder.recipients.cc, reminders: [reminder] },
  });
}

type Preparing = Omit<SendOptions, 'reminder'> & { readonly letter: Letter };

/**
 * The words of a letter (a digest with these lines, if given): one authority's own reminders read
 * as a letter to it from the templates; anything wider (the coordinators' day) is the summary.
 */
function letterFor(
  { state, letter, testTo, sheetUrl }: Preparing,
  digest?: readonly DigestLine[],
): Email {
  const { settings, today, tracker } = state;
  const { reminders } = letter;
  const digestOf = () => digest ?? digestLines(tracker.results, today);
  const email = isOneAuthorityLetter(reminders)
    ? authorityLetter(reminders, settings.templates, today, settings.senderName, sheetUrl)
    : summaryLetter({
        reminders,
        today,
        senderName: settings.senderName,
        sheetUrl: sheetUrl ?? '',
        digest: reminders.some((each) => each.kind === 'Weekly digest') ? digestOf() : [],
      });
  if (!testTo) return email;
  return {
    ...email,
    subject: `[TEST] ${email.subject}`,
    text: `(Test: this would go to ${[...letter.to, ...letter.cc].join(', ')})\n\n${email.text}`,
  };
}

/**
 * The emails of a letter: one, or, for a weekly digest too large for one email, the digest's lines
 * in parts, each a whole letter marked "part 1 of 2" (every line in exactly one part).
 */
function emailsOf(preparing: Preparing): Email[] {
  const email = letterFor(preparing);
  const [only, ...others] = preparing.letter.reminders;
  if (emailBytes(email) <= EMAIL_BYTE_LIMIT || !only || others.length > 0) return [email];
  if (only.kind !== 'Weekly digest') return [email];
  const parts = partsWithin(
    digestLines(preparing.state.tracker.results, preparing.state.today),
    (lines) => letterFor(preparing, lines),
  );
  return parts.map((lines, index) => {
    const part = letterFor(preparing, lines);
    return { ...part, subject: `${part.subject} (part ${index + 1} of ${parts.length})` };
  });
}

/** A letter addressed: its emails, each in as many messages as its recipients need. */
function prepareLetter(preparing: Preparing): Outgoing {
  const { state, letter, testTo } = preparing;
  const addressed = testTo ? [{ to: [testTo], cc: [] }] : splitRecipients(letter.to, letter.cc);
  const attachments = letter.reminders.flatMap((each) => calendarAttachments(each, state.today));
  return {
    recipients: addressed.map((message) => [...message.to, ...message.cc].join(', ')).join('; '),
    messages: emailsOf(preparing).flatMap((email) =>
      addressed.map((message) => ({
        to: message.to.join(','),
        cc: message.cc.join(','),
        subject: email.subject,
        body: email.text,
        htmlBody: email.html,
        name: state.settings.senderName,
        ...(state.settings.replyTo ? { replyTo: state.settings.replyTo } : {}),
        ...(attachments.length > 0 ? { attachments } : {}),
      })),
    ),
  };
}

/** A letter in parts whose one email each stays within Gmail's size, to the same people. */
function sizedParts(preparing: Omit<Preparing, 'letter'>, letter: Letter): Letter[] {
  return partsWithin(letter.reminders, (reminders) =>
    letterFor({ ...preparing, letter: { ...letter, reminders } }),
  ).map((reminders) => ({ ...letter, reminders }));
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

/** Recipients the messages take from the daily quota: each address of each message counts. */
function recipientCount(outgoing: Outgoing): number {
  return outgoing.messages.reduce(
    (sum, message) =>
      sum +
      [message.to, message.cc]
        .join(',')
        .split(',')
        .filter((address) => address !== '').length,
    0,
  );
}

/**
 * The daily run: recalculate, plan today's reminders, send them, and log each decision. The
 * document lock keeps two runs from sending the same reminder; every email sent is journalled in
 * document properties at once, so that a run cut off before it writes the log is completed, not
 * repeated, by the next one.
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
  const gaveUp = `The tracker was busy with another run, so nothing was sent yet; ${followUp}.`;
  console.warn(`ILACS tracker: ${gaveUp}`);
  writeStatus(readSettingsSheet(spreadsheet), { lastRun: `${formatIso(today)}: ${gaveUp}` });
  return { gaveUp, counts: {}, leftForNextRun: 0 };
}

/** The Reminder log's new rows and the count of each outcome, as a run decides them. */
class RunLog {
  readonly rows: Cell[][] = [];
  readonly counts: Partial<Record<Outcome, number>> = {};

  constructor(
    private readonly codec: DateCodec,
    private readonly layout: LogLayout,
  ) {}

  /** The row of each reminder sent this run: one in two letters (a chase) is one row. */
  private readonly sentRows = new Map<string, { row: Cell[]; recipients: string }>();

  record(
    reminder: PlannedReminder,
    outcome: Outcome,
    detail: string,
    recipients = '',
    time = new Date(),
  ): void {
    const sent = outcome === 'Sent' || outcome === 'Test';
    const earlier = sent ? this.sentRows.get(reminder.key) : undefined;
    if (earlier) {
      earlier.recipients = `${earlier.recipients}, ${recipients}`;
      earlier.row[this.layout.column.Recipients] = cellText(earlier.recipients);
      return;
    }
    this.counts[outcome] = (this.counts[outcome] ?? 0) + 1;
    const row = logRow({ time, reminder, recipients, outcome, detail }, this.codec, this.layout);
    this.rows.push(row);
    if (sent) this.sentRows.set(reminder.key, { row, recipients });
  }

  /** A line about the run itself (nothing sent, and why): no key, so it never stands for a send. */
  note(detail: string): void {
    this.rows.push(runNoteRow(new Date(), detail, this.layout));
  }
}

const UNKNOWN_DETAIL =
  'A run stopped while sending this: it may or may not have gone out, so it is not sent again. ' +
  'The coordinators were told; check with the recipients.';
const LOGGED_LATE_DETAIL =
  'Sent by a run that stopped before logging it; logged now, and not sent again.';

/**
 * The sends of runs that stopped before finishing: each confirmed one is logged if the log lacks
 * it, each unconfirmed one is logged Unknown; all go into the ledger, so none is sent again.
 */
function reconcile(
  store: ReminderStore,
  logged: readonly LoggedDecision[],
  runLog: RunLog,
  today: CivilDate,
): JournalEntry[] {
  // A send is logged when the log has it with its own outcome: a Test row of the same key is not
  // the record of the live send.
  const inLog = new Set(
    logged
      .filter((entry) => entry.outcome === 'Sent' || entry.outcome === 'Test')
      .map((entry) => `${entry.outcome}|${keyHash(entry.key)}`),
  );
  const unknown: JournalEntry[] = [];
  for (const entry of store.leftOver) {
    const sendKind = entry.outcome === 'Test' ? 'test' : 'live';
    store.ledger.addHash(entry.hash, entry.kind, sendKind, today);
    const time = new Date(entry.time);
    if (entry.pending) {
      unknown.push(entry);
      runLog.record(reminderOfEntry(entry), 'Unknown', UNKNOWN_DETAIL, entry.recipients, time);
    } else if (!inLog.has(`${entry.outcome}|${entry.hash}`)) {
      runLog.record(
        reminderOfEntry(entry),
        entry.outcome,
        LOGGED_LATE_DETAIL,
        entry.recipients,
        time,
      );
    }
  }
  return unknown;
}

interface Sending {
  readonly state: TrackerState;
  readonly store: ReminderStore;
  readonly runLog: RunLog;
  readonly testTo: string | undefined;
  readonly sheetUrl: string;
  readonly started: number;
  readonly unconfirmed: JournalEntry[];
  quota: number;
}

/** One letter's email, journalled first; false when the store has no room. */
function sendLetter(sending: Sending, letter: Letter): boolean {
  const { state, store, runLog, testTo, sheetUrl } = sending;
  const group = letter.reminders;
  if (group.length === 0) return true;
  const outgoing = prepareLetter({ state, letter, testTo, sheetUrl });
  const needed = recipientCount(outgoing);
  if (needed > sending.quota) {
    for (const reminder of group) {
      runLog.record(
        reminder,
        'Deferred',
        `The daily mail quota has ${sending.quota} recipients left; this needs ${needed}. It goes first on the next run.`,
      );
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
    recipients: outgoing.recipients,
    outcome,
    time,
    pending: true,
  }));
  const recorded = recordOrSkip(sending, group, () => store.recordPending(entries));
  if (recorded === 'skipped') return true;
  if (!recorded) return false;
  const others = group.length - 1;
  const together =
    others > 0 ? `In one email with ${others} other reminder${others > 1 ? 's' : ''}.` : '';
  try {
    const partly = deliver(outgoing);
    store.confirmPending();
    sending.quota -= needed;
    for (const reminder of group) {
      store.ledger.add(reminder.key, reminder.kind, testTo ? 'test' : 'live', state.today);
      const detail = partly ?? (testTo ? `Test mode: sent to ${testTo} instead.` : '');
      runLog.record(
        reminder,
        outcome,
        [together, detail].filter(Boolean).join(' '),
        outgoing.recipients,
      );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!refusedBeforeSending(message)) {
      sentUnconfirmed(sending, group, entries, message);
      return true;
    }
    store.dropLast(group.length);
    if (TOO_LARGE_ERROR.test(message)) return sendRefusedAsTooLarge(sending, letter, message);
    const quotaGone = QUOTA_ERROR.test(message);
    if (quotaGone) sending.quota = 0;
    for (const reminder of group) {
      if (quotaGone)
        runLog.record(reminder, 'Deferred', `${message} It goes first on the next run.`);
      else runLog.record(reminder, 'Failed', `${message} It is tried again on the next run.`);
    }
  }
  return true;
}

const UNCONFIRMED_DETAIL =
  'it may have gone out all the same, so it is not sent again, to be sure no one gets it twice; ' +
  'the coordinators are told, to check with the recipients.';

/**
 * MailApp threw without saying it refused the message (a service error, a timeout on Google's
 * side): it may have left. Like a send a stopped run could not confirm, it is logged Unknown, kept
 * in the ledger, and told to the coordinators; its journal entries stay pending, so that a run
 * stopped before its commit leaves the same for the next.
 */
function sentUnconfirmed(
  sending: Sending,
  group: readonly PlannedReminder[],
  entries: readonly JournalEntry[],
  message: string,
): void {
  const sendKind = sending.testTo ? 'test' : 'live';
  for (const reminder of group) {
    sending.store.ledger.add(reminder.key, reminder.kind, sendKind, sending.state.today);
    sending.runLog.record(reminder, 'Unknown', `MailApp said "${message}": ${UNCONFIRMED_DETAIL}`);
  }
  sending.unconfirmed.push(...entries);
}

/** PropertiesService refusing a value or the store as too large ("Argument too large: value"). */
const STORE_REFUSED_ERROR = /argument too large|property storage quota/i;

/**
 * Journals a group before its send. A store that refuses the write as too large sends nothing for
 * this group, which is logged Failed and tried again on the next run, and the run goes on. Any
 * other error is left to stop the run, as the time limit does: the journal is there for that.
 */
function recordOrSkip(
  sending: Sending,
  group: readonly PlannedReminder[],
  record: () => boolean,
): boolean | 'skipped' {
  try {
    return record();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!STORE_REFUSED_ERROR.test(message)) throw error;
    sending.store.dropLast(group.length);
    for (const reminder of group) {
      sending.runLog.record(
        reminder,
        'Failed',
        `It could not be recorded before sending (${message}), so it was not sent; it is tried again on the next run.`,
      );
    }
    return 'skipped';
  }
}

/**
 * Gmail refused the email as too large, which sending it again cannot change: several reminders
 * are sent again in two halves; a single one is logged Failed with the reason and kept in the
 * ledger, so that it is not refused again every morning.
 */
function sendRefusedAsTooLarge(sending: Sending, letter: Letter, message: string): boolean {
  const group = letter.reminders;
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return (
      sendLetter(sending, { ...letter, reminders: group.slice(0, half) }) &&
      sendLetter(sending, { ...letter, reminders: group.slice(half) })
    );
  }
  for (const reminder of group) {
    const sendKind = sending.testTo ? 'test' : 'live';
    sending.store.ledger.add(reminder.key, reminder.kind, sendKind, sending.state.today);
    sending.runLog.record(
      reminder,
      'Failed',
      `${message} Gmail refused this email as too large, so it is not tried again: shorten the row's long cells, or send it by hand.`,
    );
  }
  return true;
}

/**
 * Sends the plan as letters, one a person (tracker.md: reminders for the same people go in one
 * email), until the time or the store runs out; returns how many reminders are left.
 */
function sendPlan(sending: Sending, plan: readonly PlannedReminder[]): number {
  const sendable: PlannedReminder[] = [];
  for (const reminder of plan) {
    if (reminder.skip) sending.runLog.record(reminder, 'Skipped', reminder.skip);
    else sendable.push(reminder);
  }
  const queue = lettersFor(sendable).flatMap((letter) => sizedParts(sending, letter));
  for (const [index, letter] of queue.entries()) {
    const outOfTime = Date.now() - sending.started > SENDING_TIME_BUDGET_MS;
    if (outOfTime || !sendLetter(sending, letter))
      return new Set(queue.slice(index).flatMap((left) => left.reminders)).size;
  }
  return 0;
}

/** Why nothing is sent today, if nothing may be: a mode that is not Live or Test, or no one to test. */
function blockedReason(settings: TrackerSettings, testTo: string | undefined): string | undefined {
  if (settings.sendMode === 'Paused') return settings.sendModeNote ?? 'Send mode is Paused';
  if (testTo === '')
    return 'Send mode is Test, but the script cannot see who runs it, so there is nowhere safe to send.';
  return undefined;
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
  const unknown = reconcile(store, logged, runLog, today);
  /** Sends of this run that threw in a way that does not say whether the message left. */
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
    // Paused by choice sends nothing quietly; a mode nobody chose, or Test with nowhere to send, says so.
    const chosenPause = settings.sendMode === 'Paused' && settings.sendModeNote === undefined;
    const due = plan.filter((reminder) => !reminder.skip).length;
    if (!chosenPause && due > 0)
      runLog.note(`${due} reminder${due === 1 ? '' : 's'} due today not sent: ${blocked}`);
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
  const followUp = leftForNextRun > 0 ? `; ${followUpWords(scheduleFollowUp(), 'the rest')}` : '';
  const note = blocked ? ` (nothing sent: ${blocked})` : '';
  writeStatus(state.settingsSheet, {
    lastRun: `${formatIso(today)}: ${runText(summary)}${note}${followUp}${noticeWaits ? ` ${noticeWaits}` : ''}`,
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

export function runText(summary: Pick<RunSummary, 'counts' | 'leftForNextRun'>): string {
  const parts = (['Sent', 'Test', 'Deferred', 'Failed', 'Skipped', 'Unknown'] as const).map(
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
