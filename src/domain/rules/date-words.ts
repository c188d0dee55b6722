import type { CivilDate } from './civil-date';

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
