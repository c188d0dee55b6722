/**
 * Civil (calendar) dates: a year, month and day with no time and no time zone.
 *
 * Every date the rules talk about is a civil date. Working on day numbers instead of `Date`
 * keeps the arithmetic exact whatever the time zone of the spreadsheet or of the process; the
 * conversion to and from `Date` happens only at the edges, in the spreadsheet's time zone.
 */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Years outside this range are almost certainly typing mistakes in a tracker. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** The date, or undefined when it does not exist on the calendar (31 February, month 13). */
export function civilDate(year: number, month: number, day: number): CivilDate | undefined {
  if (![year, month, day].every(Number.isInteger)) return undefined;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Like {@link civilDate} for dates known to exist (rule constants, tests). */
export function civil(iso: string): CivilDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Not a date: ${iso}`);
  return date;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * How a spreadsheet's locale reads `11/03/2024`: day first (United Kingdom: 11 March), month first
 * (United States: 3 November), or neither (a locale whose dates start with the year), where the
 * form is not read at all rather than guessed.
 */
export type SlashOrder = 'dayFirst' | 'monthFirst' | 'yearFirst';

/** Whether `text` has the form `nn/nn/yyyy`, whichever way round its locale reads it. */
export function isSlashDate(text: string): boolean {
  return SLASH_DATE.test(text.trim());
}

export function parseIsoDate(text: string): CivilDate | undefined {
  const match = ISO_DATE.exec(text.trim());
  return match ? civilDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** `11/03/2024` in the given order: 11 March 2024 day first, 3 November month first. */
export function parseSlashDate(
  text: string,
  order: SlashOrder = 'dayFirst',
): CivilDate | undefined {
  const match = SLASH_DATE.exec(text.trim());
  if (!match || order === 'yearFirst') return undefined;
  const [first, second] = [Number(match[1]), Number(match[2])];
  const year = Number(match[3]);
  return order === 'dayFirst' ? civilDate(year, second, first) : civilDate(year, first, second);
}

/**
 * The date forms a coordinator may type: ISO `2024-03-11` anywhere, and `11/03/2024` read the way
 * the spreadsheet's locale reads it (day first in the United Kingdom), as Sheets itself does.
 */
export function parseDateText(text: string, order: SlashOrder = 'dayFirst'): CivilDate | undefined {
  return parseIsoDate(text) ?? parseSlashDate(text, order);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatIso(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's `days_from_civil`.
 * A plain integer makes day differences and comparisons exact.
 */
export function toDayNumber(date: CivilDate): number {
  const year = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const monthFromMarch = (date.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date.day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of {@link toDayNumber}, after Howard Hinnant's `civil_from_days`. */
export function fromDayNumber(dayNumber: number): CivilDate {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** 0 for Sunday to 6 for Saturday: 1970-01-01, day 0, was a Thursday. */
export function dayOfWeek(date: CivilDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar months: the same day of the month, clamped to the last day of a shorter month
 * (2023-01-31 + 1 month = 2023-02-28; 2020-02-29 + 36 months = 2023-02-28), as R2c asks.
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** How many days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function isBefore(a: CivilDate, b: CivilDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: CivilDate, b: CivilDate): boolean {
  return compareDates(a, b) > 0;
}

/** A range of days, both ends included. */
export interface DateWindow {
  readonly opens: CivilDate;
  readonly closes: CivilDate;
}

export function isWithin(date: CivilDate, window: DateWindow): boolean {
  return !isBefore(date, window.opens) && !isAfter(date, window.closes);
}

/** The days from `fromMonths` to `toMonths` calendar months after an anchor (negative: before). */
export function monthWindow(anchor: CivilDate, fromMonths: number, toMonths: number): DateWindow {
  return { opens: addMonths(anchor, fromMonths), closes: addMonths(anchor, toMonths) };
}

export function shiftWindow(window: DateWindow, days: number): DateWindow {
  return { opens: addDays(window.opens, days), closes: addDays(window.closes, days) };
}
