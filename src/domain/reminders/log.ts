import { type CivilDate, formatIso } from '../rules/civil-date';
import { REMINDER_KINDS, type ReminderKind } from './kinds';

/** The Reminder log's columns (tracker.md, "Reminder log"): one row per reminder decision. */
export const REMINDER_LOG_HEADERS = [
  'Time',
  'Authority',
  'Kind',
  'Event date',
  'Lead days',
  'Recipients',
  'Outcome',
  'Detail',
  'Key',
] as const;

/** `Unknown`: recorded before sending by a run that stopped before it could confirm the send. */
export const OUTCOMES = ['Sent', 'Test', 'Skipped', 'Deferred', 'Failed', 'Unknown'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the Reminder log says happened to a key. */
export interface LoggedDecision {
  readonly key: string;
  readonly outcome: Outcome;
  readonly detail: string;
}

/** Authority + kind + event date + lead: a reminder goes out once per key. */
export function reminderKey(
  authority: string,
  kind: ReminderKind,
  eventDate: CivilDate,
  lead: string,
): string {
  return [authority.trim().toLowerCase(), kind, formatIso(eventDate), lead].join('|');
}

/** The kind a key names (its third part from the end), if it is one of ours. */
export function reminderKindOfKey(key: string): ReminderKind | undefined {
  const kind = key.split('|').slice(-3)[0];
  return REMINDER_KINDS.find((known) => known === kind);
}
