import {
  type CivilDate,
  type SlashOrder,
  formatIso,
  parseIsoDate,
} from '../domain/rules/civil-date';
import { spreadsheetLocale } from './locale';
import type { DateOfCell } from '../domain/tracker/cells';

/**
 * The number format of every date the tool writes in a sheet (Set up gives it to the Tracker's date
 * columns and the Reminder log's Event date): `1 Dec 2026`, which a reader anywhere reads the same
 * way, and Sheets, Excel and LibreOffice show alike (`mmm` is the month's first three letters).
 */
export const DATE_FORMAT = 'd mmm yyyy';
/** With the time, for the Reminder log's Time: `1 Dec 2026 07:00` (`mm` after `hh` is minutes). */
export const DATE_TIME_FORMAT = 'd mmm yyyy hh:mm';

/** Converts between a spreadsheet's date cells and civil dates, in the spreadsheet's time zone. */
export interface DateCodec {
  readonly dateOfCell: DateOfCell;
  /** How the spreadsheet's locale reads a date typed as text `11/03/2024` (default day first). */
  readonly slashOrder?: SlashOrder;
  /** Midnight of the civil date in the spreadsheet's time zone, which Sheets shows as that date. */
  readonly toSheetDate: (date: CivilDate) => Date;
}

function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * A codec built on Apps Script's Utilities, which knows every time zone's rules. Trackers repeat
 * the same few hundred dates, so each distinct date costs one Utilities call.
 */
export function utilitiesDateCodec(timeZone: string): DateCodec {
  const civilByTime = new Map<number, CivilDate>();
  const timeByIso = new Map<string, number>();
  return {
    dateOfCell: (value) =>
      remember(civilByTime, value.getTime(), () => {
        const iso = Utilities.formatDate(value, timeZone, 'yyyy-MM-dd');
        const date = parseIsoDate(iso);
        if (!date) throw new Error(`Utilities.formatDate gave ${iso}, not a date`);
        return date;
      }),
    toSheetDate: (date) => {
      const iso = formatIso(date);
      return new Date(
        remember(timeByIso, iso, () => Utilities.parseDate(iso, timeZone, 'yyyy-MM-dd').getTime()),
      );
    },
  };
}

const DAY_MS = 86_400_000;

/** A wall clock's reading: month 1 to 12, the hour 0 to 23, and the instant's milliseconds. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The runtime's formatter of a zone's wall clock; a RangeError for a zone it does not know. */
function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The wall clock of a time zone at an instant, from the runtime's own time-zone data (Intl). The
 * one implementation of time zones for this tool and for the emulator's Utilities and date cells
 * (emulator/time-zone.ts). Throws a RangeError for a zone the runtime does not know.
 */
export function wallClock(time: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormat(timeZone).formatToParts(new Date(time))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
    millisecond: ((time % 1000) + 1000) % 1000,
  };
}

/** A wall clock's reading as milliseconds since 1970-01-01 00:00 on that clock. */
export function wallTimeOf(clock: WallClock): number {
  return Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
export function offsetAt(time: number, timeZone: string): number {
  return wallTimeOf(wallClock(time, timeZone)) - time;
}

/**
 * The instant a wall-clock time (as from wallTimeOf) happens, given the zone's offset at any
 * instant. A time shown twice when clocks go back is the earlier instant; a time skipped when
 * clocks go forward is read with the offset from before the jump, so it lands just after it
 * (02:30 on the New York spring-forward day is 03:30 EDT).
 */
export function instantOfWallTime(wall: number, offsetOf: (time: number) => number): number {
  const offsetBefore = offsetOf(wall - DAY_MS);
  const offsetAfter = offsetOf(wall + DAY_MS);
  const candidates = [wall - offsetBefore, wall - offsetAfter].sort((a, b) => a - b);
  const exact = candidates.find((time) => time + offsetOf(time) === wall);
  return exact ?? wall - offsetBefore;
}

/**
 * A codec on the runtime's own time-zone data (Intl), which needs no service call per date:
 * Recalculate's service calls must not grow with the number of rows. Undefined when the runtime
 * does not know the zone.
 */
export function intlDateCodec(timeZone: string): DateCodec | undefined {
  try {
    wallClockFormat(timeZone);
  } catch {
    return undefined;
  }
  const civilByTime = new Map<number, CivilDate>();
  const timeByIso = new Map<string, number>();
  return {
    dateOfCell: (value) =>
      remember(civilByTime, value.getTime(), () => {
        const { year, month, day } = wallClock(value.getTime(), timeZone);
        return { year, month, day };
      }),
    toSheetDate: (date) =>
      new Date(
        remember(timeByIso, formatIso(date), () =>
          instantOfWallTime(Date.UTC(date.year, date.month - 1, date.day), (time) =>
            offsetAt(time, timeZone),
          ),
        ),
      ),
  };
}

/** A winter and a summer instant: where a runtime without the zone's rules would show it. */
const PROBES = [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12)];

/**
 * The codec for a spreadsheet's time zone: the Intl one when it agrees with Utilities (two calls,
 * whatever the number of dates), else one call of Utilities per distinct date.
 */
export function spreadsheetDateCodec(timeZone: string): DateCodec {
  const intl = intlDateCodec(timeZone);
  const agrees =
    intl !== undefined &&
    PROBES.every((time) => {
      const date = new Date(time);
      return (
        Utilities.formatDate(date, timeZone, 'yyyy-MM-dd') === formatIso(intl.dateOfCell(date))
      );
    });
  return intl && agrees ? intl : utilitiesDateCodec(timeZone);
}

/** The codec for the bound spreadsheet: its time zone's dates, its locale's order for text dates. */
export function activeSpreadsheetDateCodec(): DateCodec {
  const spreadsheet = SpreadsheetApp.getActive();
  const { slashOrder } = spreadsheetLocale(spreadsheet);
  return { ...spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone()), slashOrder };
}
