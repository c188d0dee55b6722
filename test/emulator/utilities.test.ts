import { instantOf, offsetAt, wallClock } from '../../emulator/time-zone';
import { formatDate, parseDate } from '../../emulator/utilities';

const DAY = 'yyyy-MM-dd';
const SECOND = 'yyyy-MM-dd HH:mm:ss';
const HOUR_MS = 3_600_000;

const at = (...parts: [number, number, number, number?, number?, number?, number?]) =>
  new Date(
    Date.UTC(
      parts[0],
      parts[1],
      parts[2],
      parts[3] ?? 0,
      parts[4] ?? 0,
      parts[5] ?? 0,
      parts[6] ?? 0,
    ),
  );

describe('formatDate', () => {
  describe('Europe/London', () => {
    const zone = 'Europe/London';

    test.each<[Date, string]>([
      [at(2024, 0, 15, 12), '2024-01-15 12:00:00'],
      [at(2024, 6, 15, 12), '2024-07-15 13:00:00'],
      [at(2024, 6, 14, 23), '2024-07-15 00:00:00'],
      [at(2024, 11, 31, 23, 59, 59), '2024-12-31 23:59:59'],
      [at(2024, 1, 29, 0, 0, 1), '2024-02-29 00:00:01'],
    ])('%o is %s', (date, text) => {
      expect(formatDate(date, zone, SECOND)).toBe(text);
    });

    test('clocks go forward at 01:00 GMT on 2024-03-31', () => {
      expect(formatDate(at(2024, 2, 31, 0, 59, 59), zone, SECOND)).toBe('2024-03-31 00:59:59');
      expect(formatDate(at(2024, 2, 31, 1, 0, 0), zone, SECOND)).toBe('2024-03-31 02:00:00');
    });

    test('clocks go back at 01:00 GMT on 2024-10-27, showing 01:xx twice', () => {
      expect(formatDate(at(2024, 9, 27, 0, 30), zone, SECOND)).toBe('2024-10-27 01:30:00');
      expect(formatDate(at(2024, 9, 27, 0, 59, 59), zone, SECOND)).toBe('2024-10-27 01:59:59');
      expect(formatDate(at(2024, 9, 27, 1, 0, 0), zone, SECOND)).toBe('2024-10-27 01:00:00');
      expect(formatDate(at(2024, 9, 27, 1, 30), zone, SECOND)).toBe('2024-10-27 01:30:00');
    });

    test('the day around the changes', () => {
      expect(formatDate(at(2024, 2, 30, 23, 30), zone, DAY)).toBe('2024-03-30');
      expect(formatDate(at(2024, 2, 31, 22, 59), zone, DAY)).toBe('2024-03-31');
      expect(formatDate(at(2024, 2, 31, 23, 0), zone, DAY)).toBe('2024-04-01');
      expect(formatDate(at(2024, 9, 26, 22, 59), zone, DAY)).toBe('2024-10-26');
      expect(formatDate(at(2024, 9, 26, 23, 0), zone, DAY)).toBe('2024-10-27');
      expect(formatDate(at(2024, 9, 27, 23, 30), zone, DAY)).toBe('2024-10-27');
      expect(formatDate(at(2024, 9, 28, 0, 0), zone, DAY)).toBe('2024-10-28');
    });
  });

  describe('America/New_York', () => {
    const zone = 'America/New_York';

    test.each<[Date, string]>([
      [at(2024, 0, 15, 12), '2024-01-15 07:00:00'],
      [at(2024, 6, 15, 12), '2024-07-15 08:00:00'],
      [at(2024, 0, 1, 4, 59, 59), '2023-12-31 23:59:59'],
      [at(2024, 0, 1, 5, 0, 0), '2024-01-01 00:00:00'],
    ])('%o is %s', (date, text) => {
      expect(formatDate(date, zone, SECOND)).toBe(text);
    });

    test('clocks go forward at 02:00 EST on 2024-03-10', () => {
      expect(formatDate(at(2024, 2, 10, 6, 59, 59), zone, SECOND)).toBe('2024-03-10 01:59:59');
      expect(formatDate(at(2024, 2, 10, 7, 0, 0), zone, SECOND)).toBe('2024-03-10 03:00:00');
    });

    test('clocks go back at 02:00 EDT on 2024-11-03, showing 01:30 twice', () => {
      expect(formatDate(at(2024, 10, 3, 5, 30), zone, SECOND)).toBe('2024-11-03 01:30:00');
      expect(formatDate(at(2024, 10, 3, 6, 30), zone, SECOND)).toBe('2024-11-03 01:30:00');
      expect(formatDate(at(2024, 10, 3, 7, 0), zone, SECOND)).toBe('2024-11-03 02:00:00');
    });

    test('the day is the local one, not the UTC one', () => {
      expect(formatDate(at(2024, 2, 11, 3, 59), zone, DAY)).toBe('2024-03-10');
      expect(formatDate(at(2024, 2, 11, 4, 0), zone, DAY)).toBe('2024-03-11');
      expect(formatDate(at(2024, 0, 1, 4, 0), zone, DAY)).toBe('2023-12-31');
    });
  });

  describe('Asia/Kolkata (UTC+05:30, no daylight saving)', () => {
    const zone = 'Asia/Kolkata';

    test.each<[Date, string]>([
      [at(2024, 2, 10, 18, 29, 59), '2024-03-10 23:59:59'],
      [at(2024, 2, 10, 18, 30, 0), '2024-03-11 00:00:00'],
      [at(2024, 0, 15, 12), '2024-01-15 17:30:00'],
      [at(2024, 6, 15, 12), '2024-07-15 17:30:00'],
      [at(2024, 2, 31, 1, 0), '2024-03-31 06:30:00'],
    ])('%o is %s', (date, text) => {
      expect(formatDate(date, zone, SECOND)).toBe(text);
    });

    test('the day', () => {
      expect(formatDate(at(2023, 11, 31, 18, 29), zone, DAY)).toBe('2023-12-31');
      expect(formatDate(at(2023, 11, 31, 18, 30), zone, DAY)).toBe('2024-01-01');
    });
  });

  describe('Pacific/Kiritimati (UTC+14)', () => {
    const zone = 'Pacific/Kiritimati';

    test.each<[Date, string]>([
      [at(2024, 2, 10, 9, 59, 59), '2024-03-10 23:59:59'],
      [at(2024, 2, 10, 10, 0, 0), '2024-03-11 00:00:00'],
      [at(2024, 11, 31, 10, 0), '2025-01-01 00:00:00'],
      [at(2024, 6, 15, 12), '2024-07-16 02:00:00'],
    ])('%o is %s', (date, text) => {
      expect(formatDate(date, zone, SECOND)).toBe(text);
    });

    test('the day is already tomorrow for most of the UTC day', () => {
      expect(formatDate(at(2024, 2, 10, 12), zone, DAY)).toBe('2024-03-11');
      expect(formatDate(at(2024, 2, 10, 9), zone, DAY)).toBe('2024-03-10');
    });

    test('31 December 1994 never happened there (UTC-10 to UTC+14)', () => {
      expect(formatDate(at(1994, 11, 31, 9, 59, 59), zone, SECOND)).toBe('1994-12-30 23:59:59');
      expect(formatDate(at(1994, 11, 31, 10, 0, 0), zone, SECOND)).toBe('1995-01-01 00:00:00');
    });
  });

  test('other supported patterns, literals and quoted text', () => {
    const date = at(2024, 2, 11, 9, 5, 7, 42);
    expect(formatDate(date, 'Europe/London', 'dd/MM/yyyy')).toBe('11/03/2024');
    expect(formatDate(date, 'Europe/London', "yyyy-MM-dd'T'HH:mm:ss.SSS")).toBe(
      '2024-03-11T09:05:07.042',
    );
    expect(formatDate(date, 'Asia/Kolkata', 'HH:mm')).toBe('14:35');
    expect(formatDate(date, 'UTC', "HH''mm")).toBe("09'05");
    expect(formatDate(date, 'UTC', "'at' HH:mm 'on' dd.MM.")).toBe('at 09:05 on 11.03.');
  });

  test.each([
    'yyyy-MMM-dd',
    'yy-MM-dd',
    'd/M/yyyy',
    'EEE dd',
    'hh:mm a',
    'yyyy-MM-dd Z',
    'HH:mm:ss.S',
    'yyyy-MM-dd X',
  ])('the unsupported pattern %j throws', (pattern) => {
    expect(() => formatDate(at(2024, 2, 11), 'Europe/London', pattern)).toThrow(
      /does not support the pattern letter/,
    );
  });

  test('the message names the unsupported letter', () => {
    expect(() => formatDate(at(2024, 2, 11), 'Europe/London', 'EEE yyyy')).toThrow(
      "The emulator's Utilities does not support the pattern letters EEE in EEE yyyy",
    );
  });
});

describe('parseDate', () => {
  test.each<[string, number]>([
    ['Europe/London', Date.UTC(2024, 2, 11, 0, 0)],
    ['Europe/Paris', Date.UTC(2024, 2, 10, 23, 0)],
    ['America/New_York', Date.UTC(2024, 2, 11, 4, 0)],
    ['Asia/Kolkata', Date.UTC(2024, 2, 10, 18, 30)],
    ['Pacific/Kiritimati', Date.UTC(2024, 2, 10, 10, 0)],
    ['UTC', Date.UTC(2024, 2, 11, 0, 0)],
  ])("'2024-03-11' in %s is midnight there", (zone, instant) => {
    const date = parseDate('2024-03-11', zone, DAY);
    expect(date.getTime()).toBe(instant);
    expect(formatDate(date, zone, SECOND)).toBe('2024-03-11 00:00:00');
  });

  test.each<[string, string, number]>([
    ['Europe/London', '2024-03-31', Date.UTC(2024, 2, 31, 0, 0)],
    ['Europe/London', '2024-04-01', Date.UTC(2024, 2, 31, 23, 0)],
    ['Europe/London', '2024-10-27', Date.UTC(2024, 9, 26, 23, 0)],
    ['Europe/London', '2024-10-28', Date.UTC(2024, 9, 28, 0, 0)],
    ['America/New_York', '2024-03-10', Date.UTC(2024, 2, 10, 5, 0)],
    ['America/New_York', '2024-11-03', Date.UTC(2024, 10, 3, 4, 0)],
    ['America/New_York', '2024-11-04', Date.UTC(2024, 10, 4, 5, 0)],
  ])('midnight around daylight-saving changes: %s %s', (zone, text, instant) => {
    expect(parseDate(text, zone, DAY).getTime()).toBe(instant);
  });

  test.each(['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati'])(
    'every day of 2024 round-trips through formatDate in %s, at midnight',
    (zone) => {
      const wrong: string[] = [];
      for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2025, 0, 1); time += 24 * HOUR_MS) {
        const iso = new Date(time).toISOString().slice(0, 10);
        const shown = formatDate(parseDate(iso, zone, DAY), zone, SECOND);
        if (shown !== `${iso} 00:00:00`) wrong.push(`${iso} -> ${shown}`);
      }
      expect(wrong).toEqual([]);
    },
  );

  test('times of day', () => {
    expect(parseDate('2024-03-11 09:15:30', 'Asia/Kolkata', SECOND).getTime()).toBe(
      Date.UTC(2024, 2, 11, 3, 45, 30),
    );
    expect(parseDate('2024-07-15 13:00:00', 'Europe/London', SECOND).getTime()).toBe(
      Date.UTC(2024, 6, 15, 12, 0),
    );
    expect(parseDate('2024-03-10 01:59:59', 'America/New_York', SECOND).getTime()).toBe(
      Date.UTC(2024, 2, 10, 6, 59, 59),
    );
    expect(parseDate('2024-03-10 12:00:00', 'America/New_York', SECOND).getTime()).toBe(
      Date.UTC(2024, 2, 10, 16, 0),
    );
    expect(parseDate('2024-03-31 02:00:00', 'Europe/London', SECOND).getTime()).toBe(
      Date.UTC(2024, 2, 31, 1, 0),
    );
    expect(parseDate('2024-03-11 00:00:00', 'Pacific/Kiritimati', SECOND).getTime()).toBe(
      Date.UTC(2024, 2, 10, 10, 0),
    );
  });

  test('a time skipped by clocks going forward lands just after the jump', () => {
    const london = parseDate('2024-03-31 01:30:00', 'Europe/London', SECOND);
    expect(london.getTime()).toBe(Date.UTC(2024, 2, 31, 1, 30));
    expect(formatDate(london, 'Europe/London', SECOND)).toBe('2024-03-31 02:30:00');
    const newYork = parseDate('2024-03-10 02:30:00', 'America/New_York', SECOND);
    expect(newYork.getTime()).toBe(Date.UTC(2024, 2, 10, 7, 30));
    expect(formatDate(newYork, 'America/New_York', SECOND)).toBe('2024-03-10 03:30:00');
  });

  test('a time shown twice when clocks go back is one of its two instants', () => {
    const london = parseDate('2024-10-27 01:30:00', 'Europe/London', SECOND);
    expect([Date.UTC(2024, 9, 27, 0, 30), Date.UTC(2024, 9, 27, 1, 30)]).toContain(
      london.getTime(),
    );
    expect(formatDate(london, 'Europe/London', SECOND)).toBe('2024-10-27 01:30:00');
    const newYork = parseDate('2024-11-03 01:30:00', 'America/New_York', SECOND);
    expect([Date.UTC(2024, 10, 3, 5, 30), Date.UTC(2024, 10, 3, 6, 30)]).toContain(
      newYork.getTime(),
    );
    expect(formatDate(newYork, 'America/New_York', SECOND)).toBe('2024-11-03 01:30:00');
  });

  test('other patterns', () => {
    expect(parseDate('11/03/2024', 'Europe/London', 'dd/MM/yyyy').getTime()).toBe(
      Date.UTC(2024, 2, 11),
    );
    expect(parseDate('2024-03-11T09:05:07.042', 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSS").getTime()).toBe(
      Date.UTC(2024, 2, 11, 9, 5, 7, 42),
    );
  });

  test.each(['yyyy-MMM-dd', 'dd MMM yyyy', 'd/M/yyyy', 'EEE, yyyy-MM-dd', 'yyyy-MM-dd hh:mm a'])(
    'the unsupported pattern %j throws',
    (pattern) => {
      expect(() => parseDate('2024-03-11', 'Europe/London', pattern)).toThrow(
        /does not support the pattern letter/,
      );
    },
  );

  test.each([
    '11/03/2024',
    '2024/03/11',
    '',
    'March 11, 2024',
    '2024-03',
    '2024-03-',
    '20x4-03-11',
    ' 2024-03-11',
  ])('the text %j does not match yyyy-MM-dd and throws', (text) => {
    expect(() => parseDate(text, 'Europe/London', DAY)).toThrow(`Unparseable date: "${text}"`);
  });

  test('a date without the time the pattern asks for throws', () => {
    expect(() => parseDate('2024-03-11', 'Europe/London', SECOND)).toThrow('Unparseable date');
  });
});

describe('time zones', () => {
  test('offsetAt gives how far the zone is ahead of UTC', () => {
    expect(offsetAt(Date.UTC(2024, 0, 15), 'Europe/London')).toBe(0);
    expect(offsetAt(Date.UTC(2024, 6, 15), 'Europe/London')).toBe(HOUR_MS);
    expect(offsetAt(Date.UTC(2024, 0, 15), 'America/New_York')).toBe(-5 * HOUR_MS);
    expect(offsetAt(Date.UTC(2024, 6, 15), 'America/New_York')).toBe(-4 * HOUR_MS);
    expect(offsetAt(Date.UTC(2024, 6, 15), 'Asia/Kolkata')).toBe(5.5 * HOUR_MS);
    expect(offsetAt(Date.UTC(2024, 0, 15), 'Pacific/Kiritimati')).toBe(14 * HOUR_MS);
  });

  test('offsetAt changes at the exact instant of the change', () => {
    expect(offsetAt(Date.UTC(2024, 2, 31, 0, 59, 59, 999), 'Europe/London')).toBe(0);
    expect(offsetAt(Date.UTC(2024, 2, 31, 1, 0), 'Europe/London')).toBe(HOUR_MS);
    expect(offsetAt(Date.UTC(2024, 9, 27, 0, 59, 59, 999), 'Europe/London')).toBe(HOUR_MS);
    expect(offsetAt(Date.UTC(2024, 9, 27, 1, 0), 'Europe/London')).toBe(0);
  });

  test('wallClock gives every field, with midnight as hour 0', () => {
    expect(wallClock(Date.UTC(2024, 2, 10, 18, 30, 0, 250), 'Asia/Kolkata')).toEqual({
      year: 2024,
      month: 3,
      day: 11,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 250,
    });
    expect(wallClock(Date.UTC(1969, 11, 31, 23, 59, 59, 999), 'UTC')).toEqual({
      year: 1969,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
      second: 59,
      millisecond: 999,
    });
  });

  test('instantOf finds the instant of a wall-clock time', () => {
    const midnight = {
      year: 2024,
      month: 3,
      day: 11,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    };
    expect(instantOf(midnight, 'America/New_York')).toBe(Date.UTC(2024, 2, 11, 4, 0));
    expect(instantOf(midnight, 'Europe/Paris')).toBe(Date.UTC(2024, 2, 10, 23, 0));
    expect(instantOf(midnight, 'Pacific/Kiritimati')).toBe(Date.UTC(2024, 2, 10, 10, 0));
    expect(
      instantOf({ ...midnight, month: 7, day: 15, hour: 13, millisecond: 5 }, 'Europe/London'),
    ).toBe(Date.UTC(2024, 6, 15, 12, 0, 0, 5));
    expect(instantOf({ ...midnight, day: 31, hour: 1, minute: 30 }, 'Europe/London')).toBe(
      Date.UTC(2024, 2, 31, 1, 30),
    );
  });
});

describe('fixed after review', () => {
  const SECONDS = 'yyyy-MM-dd HH:mm:ss';

  test('times just after a spring-forward jump keep their wall clock (New York, Santiago)', () => {
    expect(parseDate('2024-03-10 03:30:00', 'America/New_York', SECONDS).getTime()).toBe(
      Date.UTC(2024, 2, 10, 7, 30),
    );
    expect(parseDate('2024-03-10 06:59:00', 'America/New_York', SECONDS).getTime()).toBe(
      Date.UTC(2024, 2, 10, 10, 59),
    );
    expect(parseDate('2024-09-08 01:30:00', 'America/Santiago', SECONDS).getTime()).toBe(
      Date.UTC(2024, 8, 8, 4, 30),
    );
  });

  test('a time shown twice when clocks go back is the earlier instant in every zone', () => {
    expect(parseDate('2024-10-27 01:30:00', 'Europe/London', SECONDS).getTime()).toBe(
      Date.UTC(2024, 9, 27, 0, 30),
    );
    expect(parseDate('2024-11-03 01:30:00', 'America/New_York', SECONDS).getTime()).toBe(
      Date.UTC(2024, 10, 3, 5, 30),
    );
  });

  test('longer runs of a supported letter are refused, not repeated', () => {
    for (const pattern of ['dd MMMM yyyy', 'dddd', 'yyyyyyyy']) {
      expect(() => formatDate(new Date(Date.UTC(2024, 2, 11)), 'Europe/London', pattern)).toThrow(
        /does not support/,
      );
    }
  });

  test('two quotes inside quoted text are one quote, as in Java', () => {
    expect(formatDate(new Date(Date.UTC(2024, 2, 11, 9)), 'Europe/London', "HH 'o''clock'")).toBe(
      "09 o'clock",
    );
  });
});
