import { type CivilDate, addDays, civil, daysBetween, formatIso } from '../rules/civil-date';
import { longDate } from '../rules/date-words';
import { utf8Bytes } from '../text/utf8';
import type { ReminderKind } from './kinds';
import { cyrb53 } from './ledger';
import type { PlannedReminder } from './plan';
import { selfEvaluationWords } from './event-words';

/**
 * A calendar file (RFC 5545) for a dated reminder: one all-day event, published (METHOD:PUBLISH),
 * that a mail client offers to add to a calendar. Its UID is stable for the authority and the
 * event, so a moved meeting updates the same entry; SEQUENCE rises with each file sent.
 */
export interface CalendarEvent {
  /** What makes the event this event, whatever its date: the authority, the kind, its cycle. */
  readonly identity: string;
  readonly date: CivilDate;
  readonly summary: string;
  readonly description: string;
  /** When the file is made, in UTC: `20261201T070000Z`. */
  readonly stamp: string;
  /** Rises each time the file is sent (a day count of the run serves). */
  readonly sequence: number;
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped in TEXT values. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** RFC 5545 3.1: lines of at most 75 octets, continued after CRLF and a space, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const character of line) {
    if (utf8Bytes(current + character) > limit) {
      parts.push(current);
      current = '';
      limit = 74;
    }
    current += character;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function dateValue(date: CivilDate): string {
  return formatIso(date).replace(/-/g, '');
}

export function eventUid(identity: string): string {
  return `${cyrb53(identity).toString(36)}-${cyrb53(identity, 1).toString(36)}@ilacs-tracker`;
}

export function calendarFile(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ilacs-tracker//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${eventUid(event.identity)}`,
    `DTSTAMP:${event.stamp}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

const CALENDAR_KINDS: readonly ReminderKind[] = ['Engagement meeting', 'Self-evaluation due'];
/** SEQUENCE counts days from here: each file sent later has a higher one. */
const SEQUENCE_FROM = civil('2020-01-01');

/**
 * The calendar event a dated reminder carries: the meeting, or the day the self-evaluation is
 * due. Its identity is the authority, the kind and what the event follows (the last meeting, or
 * the last inspection), so a moved meeting keeps its UID.
 */
export function reminderCalendarEvent(
  reminder: PlannedReminder,
  today: CivilDate,
  stamp: string,
): CalendarEvent | undefined {
  const result = reminder.row;
  if (!result || !CALENDAR_KINDS.includes(reminder.kind)) return undefined;
  const { row, schedule } = result;
  const follows = row.lastEngagementMeeting ?? row.lastInspectionEnd ?? row.lastInspection;
  const identity = [
    row.authority.trim().toLowerCase(),
    reminder.kind,
    `after ${follows ? formatIso(follows) : 'none'}`,
  ].join('|');
  const meeting = schedule.meeting?.date;
  const due = schedule.selfEvaluationDue;
  const isMeeting = reminder.kind === 'Engagement meeting';
  return {
    identity,
    date: reminder.eventDate,
    summary: isMeeting
      ? `${row.authority}: annual engagement meeting with Ofsted`
      : `${row.authority}: self-evaluation due`,
    description: isMeeting
      ? `The annual engagement meeting between Ofsted and ${row.authority}.${due ? ` The self-evaluation ${selfEvaluationWords(result, today)}.` : ''}`
      : `The self-evaluation of social work practice for ${row.authority} is due${meeting ? `, ahead of the annual engagement meeting on ${longDate(meeting)}` : ''}.`,
    stamp,
    sequence: daysBetween(SEQUENCE_FROM, today),
  };
}

/** A calendar file to attach, with its file name. */
export interface CalendarAttachment {
  readonly name: string;
  readonly content: string;
}

/** The calendar file a meeting or self-evaluation reminder carries; none for other kinds. */
export function reminderCalendarAttachment(
  reminder: PlannedReminder,
  today: CivilDate,
  stamp: string,
): CalendarAttachment | undefined {
  const event = reminderCalendarEvent(reminder, today, stamp);
  if (!event) return undefined;
  const name =
    reminder.kind === 'Engagement meeting' ? 'engagement-meeting.ics' : 'self-evaluation.ics';
  return { name, content: calendarFile(event) };
}
