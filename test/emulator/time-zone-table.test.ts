/**
 * The emulator's time zones (Utilities.formatDate and parseDate, offsets, date cells) against the
 * table of known conversions in known-conversions.ts.
 */
import { AppsScriptEmulator } from '../../emulator';
import { offsetAt, zoneRules } from '../../emulator/time-zone';
import { formatDate, parseDate } from '../../emulator/utilities';
import { KNOWN, PATTERN, SKIPPED } from './known-conversions';

const rows = KNOWN.map((known) => [known.zone, known.utc, known.wall, known] as const);

describe.each(rows)('%s: %s', (zone, utc, wall, known) => {
  const instant = new Date(utc);
  const readBack = new Date(known.firstShowing ?? utc);

  test(`shows ${wall}, UTC${known.offset >= 0 ? '+' : ''}${known.offset} min`, () => {
    expect(formatDate(instant, zone, PATTERN)).toBe(wall);
    expect(offsetAt(instant.getTime(), zone)).toBe(known.offset * 60_000);
    expect(zoneRules(zone).offsetAt(instant.getTime())).toBe(known.offset * 60_000);
  });

  test('parseDate of the wall clock gives the instant (the first showing of a repeated time)', () => {
    expect(parseDate(wall, zone, PATTERN).toISOString()).toBe(readBack.toISOString());
  });

  test('a date cell of a spreadsheet in the zone shows the wall clock and reads back the instant', () => {
    const emulator = new AppsScriptEmulator({ timeZone: zone });
    const cell = emulator.sheet('Sheet1').getRange('A1');
    cell.setNumberFormat('yyyy-mm-dd hh:mm:ss').setValue(instant);
    expect(cell.getDisplayValue()).toBe(wall);
    expect((cell.getValue() as Date).toISOString()).toBe(readBack.toISOString());
  });
});

describe('wall-clock times that never happen, skipped by clocks going forward', () => {
  test.each(SKIPPED)(
    '%s %s is read with the offset from before the jump: %s',
    (zone, wall, utc) => {
      expect(parseDate(wall, zone, PATTERN).toISOString()).toBe(new Date(utc).toISOString());
    },
  );

  test('the whole of 30 December 2011 never happened in Apia', () => {
    expect(formatDate(new Date('2011-12-30T09:59:59Z'), 'Pacific/Apia', 'yyyy-MM-dd')).toBe(
      '2011-12-29',
    );
    expect(formatDate(new Date('2011-12-30T10:00:00Z'), 'Pacific/Apia', 'yyyy-MM-dd')).toBe(
      '2011-12-31',
    );
  });
});
