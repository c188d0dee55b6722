import { type CivilDate, addDays, dayOfWeek, daysBetween } from '../rules/civil-date';

/**
 * The most recent lead reached: of the leads whose day (event - lead) has come, the smallest, so
 * that after missed days only one reminder goes, never a burst of older ones. None once the event
 * has passed.
 */
export function leadReached(
  eventDate: CivilDate,
  today: CivilDate,
  leads: readonly number[],
): number | undefined {
  const daysToGo = daysBetween(today, eventDate);
  if (daysToGo < 0) return undefined;
  const reached = leads.filter((lead) => lead >= daysToGo);
  return reached.length > 0 ? Math.min(...reached) : undefined;
}

/** The last overdue chase that went for an event: its number and the day it went. */
export interface LastChase {
  readonly chase: number;
  readonly sentOn: CivilDate;
}

/**
 * The overdue chase due today, if any: the first once the event is `graceDays` past (people record
 * a meeting a few days after it), then each `everyDays` after the last one that went, at most
 * `atMost`. Counting from the last one sent, not from the event, keeps the interval when the
 * first went late (a tracker started after the event, a row paused for a while): never two on
 * consecutive days.
 */
export function overdueChaseDue(
  eventDate: CivilDate,
  today: CivilDate,
  everyDays: number,
  atMost: number,
  graceDays: number,
  last: LastChase | undefined,
): number | undefined {
  if (daysBetween(eventDate, today) - graceDays < 1 || atMost < 1) return undefined;
  if (!last) return 1;
  if (last.chase >= atMost) return undefined;
  return daysBetween(last.sentOn, today) >= everyDays ? last.chase + 1 : undefined;
}

const MONDAY = 1;

/** Monday of the week `today` is in. */
export function weekStart(today: CivilDate): CivilDate {
  return addDays(today, -((dayOfWeek(today) - MONDAY + 7) % 7));
}
