import { type CivilDate, formatIso, parseIsoDate } from '../domain/civil-date';
import type { DateOfCell } from '../domain/cells';

/** Converts between a spreadsheet's date cells and civil dates, in the spreadsheet's time zone. */
export interface DateCodec {
  readonly dateOfCell: DateOfCell;
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

/** The codec for the spreadsheet the script is bound to. */
export function activeSpreadsheetDateCodec(): DateCodec {
  return utilitiesDateCodec(SpreadsheetApp.getActive().getSpreadsheetTimeZone());
}
