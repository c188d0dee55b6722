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

/**
 * The latest overdue chase reached: the first once the event is `graceDays` past (people record a
 * meeting a few days after it), then every `everyDays`, at most `atMost` of them.
 */
export function overdueRepeatReached(
  eventDate: CivilDate,
  today: CivilDate,
  everyDays: number,
  atMost: number,
  graceDays = 0,
): number | undefined {
  const daysLate = daysBetween(eventDate, today) - graceDays;
  if (daysLate < 1 || atMost < 1) return undefined;
  return Math.min(atMost, Math.floor((daysLate - 1) / everyDays) + 1);
}

const MONDAY = 1;

/** Monday of the week `today` is in. */
export function weekStart(today: CivilDate): CivilDate {
  return addDays(today, -((dayOfWeek(today) - MONDAY + 7) % 7));
}
