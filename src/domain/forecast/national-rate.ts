import { type CivilDate, addDays, isAfter, isBefore, toDayNumber } from '../rules/civil-date';
import type { Pause } from '../rules/rule-settings';

/** The national rate is counted over this many days of routine inspection. */
export const RATE_DAYS = 365;

/** How fast Ofsted works through the country, measured from the latest inspections themselves. */
export interface NationalRate {
  /** Full inspections a year, over the last `RATE_DAYS` days of routine inspection. */
  readonly perYear: number;
  /** The first day counted: a year back, further where a pause (R2e) falls inside it. */
  readonly since: CivilDate;
  readonly until: CivilDate;
  /**
   * How much the rate changed from the year before, as a share of it (0.1 = 10%): how far a
   * forecast a year ahead may drift. Never below `MIN_DRIFT`: no rate is known better than that.
   */
  readonly drift: number;
}

export const MIN_DRIFT = 0.1;
const MAX_DRIFT = 0.3;

function inPause(day: CivilDate, pauses: readonly Pause[]): boolean {
  return pauses.some((pause) => !isBefore(day, pause.first) && !isAfter(day, pause.last));
}

/** The day `days` days of routine inspection before `until` (days inside a pause do not count). */
export function routineDaysBefore(
  until: CivilDate,
  days: number,
  pauses: readonly Pause[],
): CivilDate {
  let day = until;
  for (let counted = 0; counted < days;) {
    day = addDays(day, -1);
    if (!inPause(day, pauses)) counted += 1;
  }
  return day;
}

function countStarted(starts: readonly CivilDate[], from: CivilDate, until: CivilDate): number {
  const first = toDayNumber(from);
  const last = toDayNumber(until);
  return starts.filter((start) => toDayNumber(start) >= first && toDayNumber(start) < last).length;
}

/**
 * The rate at which full inspections started in the year of routine inspection before `until`,
 * from each authority's latest full inspection (an authority is not inspected twice in a year,
 * so the latest inspections hold every one of that year's). Undefined when none started then.
 */
export function measureNationalRate(
  latestStarts: readonly CivilDate[],
  until: CivilDate,
  pauses: readonly Pause[],
): NationalRate | undefined {
  const since = routineDaysBefore(until, RATE_DAYS, pauses);
  const count = countStarted(latestStarts, since, until);
  if (count === 0) return undefined;
  const yearBefore = countStarted(latestStarts, routineDaysBefore(since, RATE_DAYS, pauses), since);
  const change = Math.abs(count - yearBefore) / count;
  const drift = Math.min(MAX_DRIFT, Math.max(MIN_DRIFT, change));
  return { perYear: (count * 365.25) / RATE_DAYS, since, until, drift };
}
