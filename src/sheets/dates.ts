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

/**
 * A codec on the runtime's own time-zone data (Intl), which needs no service call per date:
 * Recalculate's service calls must not grow with the number of rows. Undefined when the runtime
 * does not know the zone.
 */
export function intlDateCodec(timeZone: string): DateCodec | undefined {
  let format: Intl.DateTimeFormat;
  try {
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
  } catch {
    return undefined;
  }
  /** The zone's wall clock at an instant, read as if it were UTC. */
  const wallClockAsUtc = (time: number) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(time))) parts[part.type] = Number(part.value);
    return Date.UTC(
      parts.year ?? 0,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      parts.hour ?? 0,
      parts.minute ?? 0,
      parts.second ?? 0,
    );
  };
  const offsetAt = (time: number) => wallClockAsUtc(time) - Math.floor(time / 1000) * 1000;
  const civilByTime = new Map<number, CivilDate>();
  const timeByIso = new Map<string, number>();
  return {
    dateOfCell: (value) =>
      remember(civilByTime, value.getTime(), () => {
        const wall = new Date(wallClockAsUtc(value.getTime()));
        return {
          year: wall.getUTCFullYear(),
          month: wall.getUTCMonth() + 1,
          day: wall.getUTCDate(),
        };
      }),
    toSheetDate: (date) =>
      new Date(
        remember(timeByIso, formatIso(date), () => {
          // Midnight is at one of the offsets in force a day either side; a midnight skipped by a
          // daylight-saving jump is read with the offset before it, landing just after the jump.
          const midnight = Date.UTC(date.year, date.month - 1, date.day);
          const before = midnight - offsetAt(midnight - DAY_MS);
          const after = midnight - offsetAt(midnight + DAY_MS);
          return [before, after].find((time) => wallClockAsUtc(time) === midnight) ?? before;
        }),
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
