import {
  type CivilDate,
  addDays,
  addMonths,
  daysBetween,
  formatIso,
  isAfter,
  isBefore,
} from './civil-date';
import { countOf } from '../text/words';
import type { RuleSettings } from './rule-settings';

export interface EngagementRecord {
  readonly lastMeeting?: CivilDate | undefined;
  readonly plannedMeeting?: CivilDate | undefined;
  /** Last on-site day of the last full inspection (R5a's fallback). */
  readonly lastOnSiteDay?: CivilDate | undefined;
  /** A last meeting was recorded but could not be read: the fallback must not say there is none. */
  readonly lastMeetingUnreadable?: boolean | undefined;
}

export interface NextMeeting {
  readonly date: CivilDate;
  readonly basis: 'planned' | 'last meeting' | 'last inspection';
  readonly explanation: string;
}

/** R5a: the next annual engagement meeting, or undefined when nothing to count from is recorded. */
export function nextEngagementMeeting(
  record: EngagementRecord,
  settings: RuleSettings,
): NextMeeting | undefined {
  const { lastMeeting, plannedMeeting, lastOnSiteDay } = record;
  const interval = settings.engagementMeetingIntervalMonths;
  const plannedIsCurrent = plannedMeeting && (!lastMeeting || isAfter(plannedMeeting, lastMeeting));
  if (plannedMeeting && plannedIsCurrent) {
    return {
      date: plannedMeeting,
      basis: 'planned',
      explanation: `Engagement meeting planned for ${formatIso(plannedMeeting)} (R5a).`,
    };
  }
  const stalePlan = plannedMeeting
    ? ` The planned date ${formatIso(plannedMeeting)} is not after the last meeting, so it is not used.`
    : '';
  if (lastMeeting) {
    const date = addMonths(lastMeeting, interval);
    return {
      date,
      basis: 'last meeting',
      explanation: `Next engagement meeting ${formatIso(date)}, ${interval} months after the last one on ${formatIso(lastMeeting)} (R5a).${stalePlan}`,
    };
  }
  if (lastOnSiteDay) {
    const date = addMonths(lastOnSiteDay, interval);
    const none = record.lastMeetingUnreadable
      ? 'The last engagement meeting could not be read (see Problems)'
      : 'No engagement meeting recorded';
    return {
      date,
      basis: 'last inspection',
      explanation: `${none}: next one ${formatIso(date)}, ${interval} months after the last inspection's last on-site day ${formatIso(lastOnSiteDay)} (R5a).`,
    };
  }
  return undefined;
}

/** R5c: the self-evaluation is due a set number of days before the meeting. */
export function selfEvaluationDueDate(meeting: CivilDate, settings: RuleSettings): CivilDate {
  return addDays(meeting, -settings.selfEvaluationLeadDays);
}

/**
 * R5c: a submission counts for the coming meeting when it is on or after the previous meeting, or,
 * with no meeting recorded, on or after the last inspection's last on-site day.
 */
export function isSelfEvaluationDone(
  submitted: CivilDate | undefined,
  lastMeeting: CivilDate | undefined,
  lastOnSiteDay: CivilDate | undefined,
): boolean {
  if (!submitted) return false;
  if (lastMeeting) return !isBefore(submitted, lastMeeting);
  return lastOnSiteDay ? !isBefore(submitted, lastOnSiteDay) : false;
}

export type EventState = 'done' | 'upcoming' | 'today' | 'overdue';

export interface EventStatus {
  readonly state: EventState;
  readonly text: string;
}

/** R5d: a due date passed without a newer date recorded is `Overdue`. */
export function eventStatus(due: CivilDate, today: CivilDate, done: boolean): EventStatus {
  if (done) return { state: 'done', text: 'Done' };
  const days = daysBetween(today, due);
  if (days < 0) return { state: 'overdue', text: 'Overdue' };
  if (days === 0) return { state: 'today', text: 'Due today' };
  return { state: 'upcoming', text: `Due in ${countOf(days, 'day')}` };
}
