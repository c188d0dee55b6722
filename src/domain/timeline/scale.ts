import {
  type CivilDate,
  type DateWindow,
  addMonths,
  compareDates,
  daysBetween,
} from '../rules/civil-date';

/** The months the timeline shows before and after today's month (issue 14: the last 6, the next 24). */
export const MONTHS_BEFORE = 6;
export const MONTHS_AFTER = 24;
/** Pixels a day: about 30 a month, room for a month's three letters. */
export const DAY_WIDTH = 1;
/** Pixels before the first month, where what is due earlier than it is shown, each kind in its place. */
export const EARLIER_WIDTH = 54;

/**
 * The timeline's span of days, from the first of the month 6 months back to the end of the month
 * 24 months on, drawn after the column of what is earlier.
 */
export interface TimeScale {
  readonly start: CivilDate;
  /** The day after the last day shown. */
  readonly end: CivilDate;
  /** Where the first day starts: the width of the column of what is earlier. */
  readonly left: number;
  readonly width: number;
}

export function timeScale(today: CivilDate): TimeScale {
  const start = addMonths({ ...today, day: 1 }, -MONTHS_BEFORE);
  const end = addMonths({ ...today, day: 1 }, MONTHS_AFTER + 1);
  return {
    start,
    end,
    left: EARLIER_WIDTH,
    width: EARLIER_WIDTH + daysBetween(start, end) * DAY_WIDTH,
  };
}

/** Where a day starts on the timeline, in pixels from its left edge (outside the span: beyond left or width). */
export function xOf(scale: TimeScale, date: CivilDate): number {
  return scale.left + daysBetween(scale.start, date) * DAY_WIDTH;
}

/** Where a day is inside the span, or which side of it the day falls. */
export function placeOf(scale: TimeScale, date: CivilDate): 'before' | 'within' | 'after' {
  if (compareDates(date, scale.start) < 0) return 'before';
  return compareDates(date, scale.end) < 0 ? 'within' : 'after';
}

/**
 * A window's bar, from the start of its first day to the end of its last, cut to the span; or the
 * side of the span it lies beyond.
 */
export function barOf(
  scale: TimeScale,
  window: DateWindow,
): { readonly x: number; readonly width: number } | 'before' | 'after' {
  if (placeOf(scale, window.opens) === 'after') return 'after';
  const left = Math.max(scale.left, xOf(scale, window.opens));
  const right = Math.min(scale.width, xOf(scale, window.closes) + DAY_WIDTH);
  return right <= scale.left ? 'before' : { x: left, width: right - left };
}

export interface MonthTick {
  readonly x: number;
  readonly month: CivilDate;
  /** Where the month's label can be centred: the middle of the month. */
  readonly middle: number;
}

/** Every month of the span, first day first. */
export function monthTicks(scale: TimeScale): MonthTick[] {
  const ticks: MonthTick[] = [];
  for (let month = scale.start; compareDates(month, scale.end) < 0; month = addMonths(month, 1)) {
    const x = xOf(scale, month);
    ticks.push({ x, month, middle: (x + xOf(scale, addMonths(month, 1))) / 2 });
  }
  return ticks;
}
