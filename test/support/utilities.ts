import { formatDate, parseDate } from '../../emulator/utilities';

/** The emulator's Utilities as the global Apps Script code expects, for tests of src/ modules. */
export function installUtilities(): () => void {
  const scope = globalThis as { Utilities?: unknown };
  scope.Utilities = { formatDate, parseDate };
  return () => {
    delete scope.Utilities;
  };
}

/** Midnight of an ISO date in a time zone: how Sheets hands over a date cell. */
export function sheetDate(iso: string, timeZone: string): Date {
  return parseDate(iso, timeZone, 'yyyy-MM-dd');
}

export function isoIn(date: unknown, timeZone: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]')
    throw new Error(`Not a date: ${String(date)}`);
  return formatDate(date as Date, timeZone, 'yyyy-MM-dd');
}
