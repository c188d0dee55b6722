import { type CivilDate, formatIso } from '../rules/civil-date';
import type { ReminderKind } from './kinds';

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

export const OUTCOMES = ['Sent', 'Test', 'Skipped', 'Deferred', 'Failed'] as const;
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
