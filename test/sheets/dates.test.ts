/**
 * src/sheets/dates.ts against conversions written out by hand from the tz database
 * (test/emulator/known-conversions.ts), not against the emulator's Utilities: the emulator's time
 * zones are this same code, so agreeing with them would prove nothing.
 */
import { addDays, civil, formatIso } from '../../src/domain/rules/civil-date';
import {
  intlDateCodec,
  instantOfWallTime,
  offsetAt,
  spreadsheetDateCodec,
  wallClock,
  wallTimeOf,
} from '../../src/sheets/dates';
import { formatDate, parseDate } from '../../emulator/utilities';
import { KNOWN, SKIPPED } from '../emulator/known-conversions';
import { installUtilities } from '../support/utilities';

const two = (n: number) => String(n).padStart(2, '0');

/** A wall clock as the table writes it: `2024-03-31 02:00:00`. */
function shown(time: number, zone: string): string {
  const clock = wallClock(time, zone);
  return (
    `${clock.year}-${two(clock.month)}-${two(clock.day)} ` +
    `${two(clock.hour)}:${two(clock.minute)}:${two(clock.second)}`
  );
}

/** The table's `2024-03-31 02:00:00` as milliseconds since 1970 on that wall clock. */
function wallTime(wall: string): number {
  return Date.parse(`${wall.replace(' ', 'T')}Z`);
}

function codecOf(zone: string) {
  const codec = intlDateCodec(zone);
  if (!codec) throw new Error(`no codec for ${zone}`);
  return codec;
}

const rows = KNOWN.map((known) => [known.zone, known.utc, known.wall, known] as const);

describe.each(rows)('%s: %s', (zone, utc, wall, known) => {
  const instant = Date.parse(utc);
  const readBack = Date.parse(known.firstShowing ?? utc);

  test(`the wall clock shows ${wall}, UTC${known.offset >= 0 ? '+' : ''}${known.offset} min`, () => {
    expect(shown(instant, zone)).toBe(wall);
    expect(offsetAt(instant, zone)).toBe(known.offset * 60_000);
    expect(wallTimeOf(wallClock(instant, zone))).toBe(wallTime(wall));
  });

  test('the wall clock read back is the instant (the first showing of a repeated time)', () => {
    const back = instantOfWallTime(wallTime(wall), (time) => offsetAt(time, zone));
    expect(new Date(back).toISOString()).toBe(new Date(readBack).toISOString());
  });

  test('a date cell at the instant is the day of its wall clock', () => {
    expect(formatIso(codecOf(zone).dateOfCell(new Date(instant)))).toBe(wall.slice(0, 10));
  });

  if (wall.endsWith(' 00:00:00'))
    test('the date is this midnight as a sheet date', () => {
      const date = codecOf(zone).toSheetDate(civil(wall.slice(0, 10)));
      expect(date.toISOString()).toBe(new Date(readBack).toISOString());
    });
});

describe('wall-clock times that never happen, skipped by clocks going forward', () => {
  test.each(SKIPPED)(
    '%s %s is read with the offset from before the jump: %s',
    (zone, wall, utc) => {
      const instant = instantOfWallTime(wallTime(wall), (time) => offsetAt(time, zone));
      expect(new Date(instant).toISOString()).toBe(new Date(utc).toISOString());
    },
  );

  test('a sheet date of a day whose midnight never happened is the jump: Apia, 30 December 2011', () => {
    const date = codecOf('Pacific/Apia').toSheetDate(civil('2011-12-30'));
    expect(date.toISOString()).toBe('2011-12-30T10:00:00.000Z');
  });
});

describe('intlDateCodec', () => {
  test.each([
    'Europe/London',
    'America/New_York',
    'Australia/Sydney',
    'Asia/Kolkata',
    'Pacific/Kiritimati',
    'America/Santiago',
  ])('every day of 2020-2027 in %s goes to a sheet date and back to the same day', (zone) => {
    const codec = codecOf(zone);
    for (let day = civil('2020-01-01'); day.year < 2028; day = addDays(day, 1)) {
      const sheetDate = codec.toSheetDate(day);
      expect(formatIso(codec.dateOfCell(sheetDate))).toBe(formatIso(day));
      expect(shown(sheetDate.getTime(), zone).slice(0, 10)).toBe(formatIso(day));
    }
  });

  test('a date-time cell is the day it shows in the zone, not in UTC', () => {
    const codec = intlDateCodec('Australia/Sydney');
    expect(codec && formatIso(codec.dateOfCell(new Date(Date.UTC(2024, 2, 10, 14, 30))))).toBe(
      '2024-03-11',
    );
  });

  test('an unknown zone gives no codec', () => {
    expect(intlDateCodec('Mars/Olympus_Mons')).toBeUndefined();
  });
});

describe('spreadsheetDateCodec', () => {
  let uninstall: () => void;
  afterEach(() => uninstall());

  test('uses Intl when it agrees with Utilities', () => {
    uninstall = installUtilities();
    const codec = spreadsheetDateCodec('Europe/London');
    expect(formatIso(codec.dateOfCell(new Date(Date.UTC(2024, 5, 30, 23, 30))))).toBe('2024-07-01');
  });

  test('falls back to Utilities, date by date, when Intl disagrees', () => {
    const calls: string[] = [];
    const scope = globalThis as { Utilities?: unknown };
    scope.Utilities = {
      formatDate: (date: Date, zone: string, pattern: string) => {
        calls.push(pattern);
        return pattern === 'yyyy-MM-dd' && calls.length <= 1
          ? '1999-01-01'
          : formatDate(date, zone, pattern);
      },
      parseDate,
    };
    uninstall = () => delete scope.Utilities;
    const codec = spreadsheetDateCodec('Europe/London');
    const before = calls.length;
    expect(formatIso(codec.dateOfCell(new Date(Date.UTC(2024, 5, 30, 23, 30))))).toBe('2024-07-01');
    expect(calls.length).toBe(before + 1);
  });
});
