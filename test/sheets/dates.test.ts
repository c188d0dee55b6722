import { addDays, civil, formatIso } from '../../src/domain/rules/civil-date';
import { intlDateCodec, spreadsheetDateCodec } from '../../src/sheets/dates';
import { formatDate, parseDate } from '../../emulator/utilities';
import { installUtilities } from '../support/utilities';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'America/Santiago',
];

describe('intlDateCodec', () => {
  test.each(ZONES)('agrees with Utilities on every day of 2020-2027 in %s, both ways', (zone) => {
    const codec = intlDateCodec(zone);
    if (!codec) throw new Error('no codec');
    for (let day = civil('2020-01-01'); day.year < 2028; day = addDays(day, 1)) {
      const iso = formatIso(day);
      const midnight = parseDate(iso, zone, 'yyyy-MM-dd');
      expect(codec.toSheetDate(day).getTime()).toBe(midnight.getTime());
      expect(formatIso(codec.dateOfCell(midnight))).toBe(iso);
      expect(formatDate(codec.toSheetDate(day), zone, 'yyyy-MM-dd')).toBe(iso);
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
