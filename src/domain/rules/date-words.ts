import { type CivilDate, dayOfWeek, daysBetween } from './civil-date';

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** `Aug 2026` */
export function monthAndYear(date: CivilDate): string {
  return `${MONTHS[date.month - 1] ?? ''} ${date.year}`;
}

/** `Jan-May 2027`, `Nov 2026-Mar 2027`, or `May 2027` when both fall in one month. */
export function monthSpan(from: CivilDate, to: CivilDate): string {
  if (from.year !== to.year) return `${monthAndYear(from)}-${monthAndYear(to)}`;
  if (from.month === to.month) return monthAndYear(from);
  return `${MONTHS[from.month - 1] ?? ''}-${monthAndYear(to)}`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** `Tuesday` */
export function weekdayName(date: CivilDate): string {
  return WEEKDAYS[dayOfWeek(date)] ?? '';
}

/** A UK long date, as a letter gives it: `Tuesday 8 December 2026`. */
export function longDate(date: CivilDate): string {
  return `${weekdayName(date)} ${date.day} ${MONTH_NAMES[date.month - 1] ?? ''} ${date.year}`;
}

/** A UK date where space is short: `8 Dec 2026`. */
export function shortDate(date: CivilDate): string {
  return `${date.day} ${MONTHS[date.month - 1] ?? ''} ${date.year}`;
}

/** How far a date is from today, in words: `today`, `tomorrow`, `in 7 days`, `1 day ago`. */
export function relativeDays(today: CivilDate, date: CivilDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return days === -1 ? '1 day ago' : `${-days} days ago`;
}
