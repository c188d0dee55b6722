import {
  addDays,
  addMonths,
  civil,
  civilDate,
  daysBetween,
  daysInMonth,
  formatIso,
  fromDayNumber,
  isLeapYear,
  isWithin,
  parseDateText,
  parseIsoDate,
  parseSlashDate,
  isSlashDate,
  toDayNumber,
} from '../../../src/domain/rules/civil-date';

describe('civil dates', () => {
  test('leap years follow the Gregorian rule', () => {
    expect([2020, 2024, 2000].map(isLeapYear)).toEqual([true, true, true]);
    expect([2023, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
  });

  test('civilDate refuses days that do not exist', () => {
    expect(civilDate(2024, 2, 29)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilDate(2023, 2, 29)).toBeUndefined();
    expect(civilDate(2023, 13, 1)).toBeUndefined();
    expect(civilDate(2023, 4, 31)).toBeUndefined();
    expect(civilDate(2023, 4, 0)).toBeUndefined();
    expect(civilDate(2023.5, 4, 1)).toBeUndefined();
  });

  test('ISO and UK text', () => {
    expect(parseIsoDate('2024-03-11')).toEqual(civil('2024-03-11'));
    expect(parseSlashDate('11/03/2024')).toEqual(civil('2024-03-11'));
    expect(parseDateText(' 1/3/2024 ')).toEqual(civil('2024-03-01'));
    expect(parseDateText('2024-02-30')).toBeUndefined();
    expect(parseDateText('31/02/2024')).toBeUndefined();
    expect(parseDateText('03/11/24')).toBeUndefined();
    expect(parseDateText('March 2024')).toBeUndefined();
    expect(() => civil('2024-02-30')).toThrow(RangeError);
  });

  test("slash dates are read in the locale's order: day first, month first, or not at all", () => {
    expect(parseSlashDate('11/03/2024', 'dayFirst')).toEqual(civil('2024-03-11'));
    expect(parseSlashDate('11/03/2024', 'monthFirst')).toEqual(civil('2024-11-03'));
    expect(parseSlashDate('13/03/2024', 'monthFirst')).toBeUndefined();
    expect(parseSlashDate('03/13/2024', 'monthFirst')).toEqual(civil('2024-03-13'));
    expect(parseSlashDate('11/03/2024', 'yearFirst')).toBeUndefined();
    // ISO is the same in every locale.
    expect(parseDateText('2024-03-11', 'monthFirst')).toEqual(civil('2024-03-11'));
    expect(parseDateText('2024-03-11', 'yearFirst')).toEqual(civil('2024-03-11'));
    expect(isSlashDate(' 13/03/2024 ')).toBe(true);
    expect(isSlashDate('2024-03-13')).toBe(false);
  });

  test('formatIso pads', () => {
    expect(formatIso({ year: 2024, month: 3, day: 1 })).toBe('2024-03-01');
  });

  test('day numbers count from 1970-01-01', () => {
    expect(toDayNumber(civil('1970-01-01'))).toBe(0);
    expect(toDayNumber(civil('2000-03-01'))).toBe(11017);
    expect(fromDayNumber(19797)).toEqual(civil('2024-03-15'));
    expect(fromDayNumber(-1)).toEqual(civil('1969-12-31'));
  });

  test('addDays crosses months, years and leap days', () => {
    expect(addDays(civil('2024-02-28'), 1)).toEqual(civil('2024-02-29'));
    expect(addDays(civil('2023-02-28'), 1)).toEqual(civil('2023-03-01'));
    expect(addDays(civil('2025-12-31'), 1)).toEqual(civil('2026-01-01'));
    expect(addDays(civil('2026-01-01'), -28)).toEqual(civil('2025-12-04'));
  });

  test('R2c: calendar months clamp to the end of a shorter month', () => {
    expect(addMonths(civil('2023-01-31'), 1)).toEqual(civil('2023-02-28'));
    expect(addMonths(civil('2024-01-31'), 1)).toEqual(civil('2024-02-29'));
    expect(addMonths(civil('2020-02-29'), 36)).toEqual(civil('2023-02-28'));
    expect(addMonths(civil('2020-02-29'), 48)).toEqual(civil('2024-02-29'));
    expect(addMonths(civil('2023-08-31'), -6)).toEqual(civil('2023-02-28'));
    expect(addMonths(civil('2023-03-15'), -15)).toEqual(civil('2021-12-15'));
    expect(addMonths(civil('2023-10-31'), 2)).toEqual(civil('2023-12-31'));
  });

  test('daysBetween is signed', () => {
    expect(daysBetween(civil('2020-03-17'), civil('2021-06-27'))).toBe(467);
    expect(daysBetween(civil('2021-06-27'), civil('2020-03-17'))).toBe(-467);
  });

  test('a window includes both ends', () => {
    const window = { opens: civil('2026-01-10'), closes: civil('2027-01-10') };
    expect(isWithin(civil('2026-01-10'), window)).toBe(true);
    expect(isWithin(civil('2027-01-10'), window)).toBe(true);
    expect(isWithin(civil('2026-01-09'), window)).toBe(false);
    expect(isWithin(civil('2027-01-11'), window)).toBe(false);
  });
});
