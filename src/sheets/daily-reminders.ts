import type { Cell } from '../domain/tracker/cells';
import { formatIso } from '../domain/rules/civil-date';
import { composeEmail } from '../domain/reminders/email';
import type { Outcome } from '../domain/reminders/log';
import { type PlannedReminder, planReminders } from '../domain/reminders/plan';
import { digestLines } from '../domain/reminders/digest';
import {
  JOURNAL_BUDGET_BYTES,
  JOURNAL_PREFIX,
  journalProperty,
  propertyBytes,
  readJournal,
  reminderOfKey,
} from './journal';
import { appendLog, logLayout, logRow, loggedDecisions } from './reminder-log-sheet';
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

function sendDueReminders(spreadsheet: Spreadsheet, now: Date): RunSummary {
  const started = Date.now();
  const { state } = recalculate(spreadsheet, now);
  const { settings, today, codec } = state;
  const logSheet = requireSheet(spreadsheet, SHEET_NAMES.reminderLog);
  const logValues = readAll(logSheet);
  const layout = logLayout(logValues);
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  const journal = readJournal(stored);
  let journalBytes = Object.entries(stored)
    .filter(([name]) => name.startsWith(JOURNAL_PREFIX))
    .reduce((sum, property) => sum + propertyBytes(property), 0);

  const logged = loggedDecisions(logValues, layout);
  const alreadyLogged = new Set(
    logged
      .filter((entry) => entry.outcome === 'Sent' || entry.outcome === 'Test')
      .map((entry) => entry.key),
  );
  const rows: Cell[][] = journal.flatMap((entry) => {
    const reminder = reminderOfKey(entry.key);
    if (!reminder || alreadyLogged.has(entry.key)) return [];
    const detail =
      'A run stopped after starting this send, before logging it; it is not sent again.';
    return [
      logRow(
        {
          time: new Date(entry.time),
          reminder,
          recipients: entry.recipients,
          outcome: entry.outcome,
          detail,
        },
        codec,
        layout,
      ),
    ];
  });
  const counts: Partial<Record<Outcome, number>> = {};
  const log = (reminder: PlannedReminder, outcome: Outcome, detail: string, recipients = '') => {
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    rows.push(logRow({ time: new Date(), reminder, recipients, outcome, detail }, codec, layout));
  };

  let leftForNextRun = 0;
  const testTo = settings.sendMode === 'Test' ? whoRuns() : undefined;
  // Test mode that cannot tell who runs it would have nowhere safe to send: it sends nothing.
  const blocked = settings.sendMode === 'Paused' || testTo === '';
  if (!blocked) {
    const journalled = journal.map((entry) => ({
      key: entry.key,
      outcome: entry.outcome,
      detail: '',
    }));
    const plan = planReminders({
      today,
      rows: state.tracker.results,
      settings,
      log: [...logged, ...journalled],
    });
    let quota = MailApp.getRemainingDailyQuota();
    for (const [index, reminder] of plan.entries()) {
      if (reminder.skip) {
        log(reminder, 'Skipped', reminder.skip);
        continue;
      }
      if (Date.now() - started > SENDING_TIME_BUDGET_MS) {
        leftForNextRun = plan.length - index;
        break;
      }
      const needed = recipientCount(reminder, testTo);
      if (needed > quota) {
        log(
          reminder,
          'Deferred',
          `The daily mail quota has ${quota} recipients left; this needs ${needed}. It goes first on the next run.`,
        );
        continue;
      }
      const outgoing = prepareReminder({ state, reminder, testTo });
      const outcome: Outcome = testTo ? 'Test' : 'Sent';
      const property = journalProperty({
        key: reminder.key,
        outcome,
        time: new Date().toISOString(),
        recipients: outgoing.recipients,
      });
      if (journalBytes + propertyBytes(property) > JOURNAL_BUDGET_BYTES) {
        leftForNextRun = plan.length - index;
        break;
      }
      // Journalled before it is sent: a run cut off after the send is completed, not repeated.
      properties.setProperty(...property);
      journalBytes += propertyBytes(property);
      try {
        const partly = deliver(outgoing);
        quota -= needed;
        log(
          reminder,
          outcome,
          partly ?? (testTo ? `Test mode: sent to ${testTo} instead.` : ''),
          outgoing.recipients,
        );
      } catch (error) {
        properties.deleteProperty(JOURNAL_PREFIX + reminder.key);
        const message = error instanceof Error ? error.message : String(error);
        if (QUOTA_ERROR.test(message)) {
          quota = 0;
          log(reminder, 'Deferred', `${message} It goes first on the next run.`);
        } else {
          log(reminder, 'Failed', `${message} It is tried again on the next run.`);
        }
      }
    }
  }
  appendLog(logSheet, logValues, rows);
  const kept = Object.fromEntries(
    Object.entries(stored).filter(([name]) => !name.startsWith(JOURNAL_PREFIX)),
  );
  // Logged now: the journal's work is done.
  if (journal.length > 0 || (counts.Sent ?? 0) + (counts.Test ?? 0) > 0)
    properties.setProperties(kept, true);
  const note =
    testTo === '' ? ' (Test mode, but the script cannot see who runs it: nothing sent)' : '';
  writeStatus(state.settingsSheet, {
    lastRun: `${formatIso(today)}: ${runText({ counts, leftForNextRun })}${note}`,
  });
  return { counts, leftForNextRun };
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
