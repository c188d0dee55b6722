import { keyHash } from '../domain/reminders/ledger';
import type { LoggedDecision, Outcome } from '../domain/reminders/log';
import type { PlannedReminder } from '../domain/reminders/plan';
import { SENT_BEFORE_STOP, STOPPED_WHILE_SENDING } from '../domain/reminders/run-words';
import type { CivilDate } from '../domain/rules/civil-date';
import { cellText } from '../domain/text/cell-text';
import type { Cell } from '../domain/tracker/cells';
import type { DateCodec } from './dates';
import { type JournalEntry, type ReminderStore, reminderOfEntry } from './journal';
import { type LogLayout, logRow, runNoteRow } from './reminder-log-sheet';

/** The Reminder log's new rows and the count of each outcome, as a run decides them. */
export class RunLog {
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

/**
 * The sends of runs that stopped before finishing: each confirmed one is logged if the log lacks
 * it, each unconfirmed one is logged Unknown; all go into the ledger, so none is sent again.
 * Returns the unconfirmed ones, for the coordinators' notice.
 */
export function reconcileStoppedRuns(
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
      runLog.record(
        reminderOfEntry(entry),
        'Unknown',
        STOPPED_WHILE_SENDING,
        entry.recipients,
        time,
      );
    } else if (!inLog.has(`${entry.outcome}|${entry.hash}`)) {
      runLog.record(
        reminderOfEntry(entry),
        entry.outcome,
        SENT_BEFORE_STOP,
        entry.recipients,
        time,
      );
    }
  }
  return unknown;
}
