import { parseIsoDate } from '../domain/rules/civil-date';
import type { Outcome } from '../domain/reminders/log';
import type { PlannedReminder } from '../domain/reminders/plan';
import { REMINDER_KINDS, type ReminderKind } from '../domain/reminders/kinds';

/**
 * The send journal: every email is recorded in document properties just before it is sent, so
 * that a run cut off before it writes the Reminder log is completed, not repeated, by the next.
 * Entries are kept small: document properties hold 500 KB in all.
 */
export const JOURNAL_PREFIX = 'ilacs.sent.';
/** A run stops sending (the rest waits for the next run) before the journal passes this. */
export const JOURNAL_BUDGET_BYTES = 300_000;
/** The log shows the recipients; the journal keeps their start, enough to tell them apart. */
const RECIPIENTS_KEPT = 100;

export interface JournalEntry {
  readonly key: string;
  readonly outcome: Outcome;
  /** ISO date-time of the send. */
  readonly time: string;
  readonly recipients: string;
}

export function journalProperty(entry: JournalEntry): [string, string] {
  return [
    JOURNAL_PREFIX + entry.key,
    JSON.stringify({
      o: entry.outcome,
      t: entry.time,
      r: entry.recipients.slice(0, RECIPIENTS_KEPT),
    }),
  ];
}

/** The size a property counts for, near enough: its text is almost all ASCII. */
export function propertyBytes([name, value]: readonly [string, string]): number {
  return name.length + value.length;
}

export function readJournal(stored: Readonly<Record<string, string>>): JournalEntry[] {
  return Object.entries(stored).flatMap(([name, value]) => {
    if (!name.startsWith(JOURNAL_PREFIX)) return [];
    const { o, t, r } = JSON.parse(value) as { o: Outcome; t: string; r: string };
    return [{ key: name.slice(JOURNAL_PREFIX.length), outcome: o, time: t, recipients: r }];
  });
}

/** A reminder's facts back from its key (authority + kind + event date + lead), for the log. */
export function reminderOfKey(key: string): PlannedReminder | undefined {
  const parts = key.split('|');
  const [lead, event, kind] = [parts.pop(), parts.pop(), parts.pop()];
  const eventDate = event === undefined ? undefined : parseIsoDate(event);
  if (!eventDate || lead === undefined || !REMINDER_KINDS.includes(kind as ReminderKind))
    return undefined;
  return {
    key,
    kind: kind as ReminderKind,
    authority: parts.join('|'),
    eventDate,
    lead,
    recipients: { to: [], cc: [] },
    retry: false,
  };
}
