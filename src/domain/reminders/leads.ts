import { type CivilDate, addDays, dayOfWeek, daysBetween } from '../rules/civil-date';

/** A lead whose day was missed is not caught up when the next lead is due within this many days. */
export const CATCH_UP_GAP_DAYS = 7;

/**
 * The most recent lead reached: of the leads whose day (event - lead) has come, the smallest, so
 * that after missed days only one reminder goes, never a burst of older ones. A lead caught up
 * late is left out when the next lead comes within a week (a first run 31 days ahead sends the
 * 30-day reminder tomorrow, not the 60-day one today and the 30-day one tomorrow). None once the
 * event has passed.
 */
export function leadReached(
  eventDate: CivilDate,
  today: CivilDate,
  leads: readonly number[],
): number | undefined {
  const daysToGo = daysBetween(today, eventDate);
  if (daysToGo < 0) return undefined;
  const reached = leads.filter((lead) => lead >= daysToGo);
  if (reached.length === 0) return undefined;
  const lead = Math.min(...reached);
  const coming = leads.filter((each) => each < daysToGo);
  const late = lead > daysToGo;
  if (late && coming.length > 0 && daysToGo - Math.max(...coming) <= CATCH_UP_GAP_DAYS)
    return undefined;
  return lead;
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
  // The first chase on the day the grace ends (7 days after), never on the day itself.
  if (daysBetween(eventDate, today) < Math.max(graceDays, 1) || atMost < 1) return undefined;
  if (!last) return 1;
  if (last.chase >= atMost) return undefined;
  return daysBetween(last.sentOn, today) >= everyDays ? last.chase + 1 : undefined;
}

const MONDAY = 1;

/** Monday of the week `today` is in. */
export function weekStart(today: CivilDate): CivilDate {
  return addDays(today, -((dayOfWeek(today) - MONDAY + 7) % 7));
}
