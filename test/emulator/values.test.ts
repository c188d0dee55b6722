/**
 * Sheets' value rules in the emulator: what a cell holds after setValue(s) and what getValues and
 * getDisplayValues give back, in the spreadsheet's time zone (never the machine's).
 */
import { AppsScriptEmulator } from '../../emulator';
import { formatDate, parseDate } from '../../emulator/utilities';

const DAY = 'yyyy-MM-dd';
const SECOND = 'yyyy-MM-dd HH:mm:ss';

function sheetIn(timeZone: string): GoogleAppsScript.Spreadsheet.Sheet {
  return new AppsScriptEmulator({ timeZone }).sheet('Sheet1');
}

test('the suite runs in a zone that is not UTC, so time-zone mistakes show', () => {
  expect(new Date(2024, 0, 15).getTimezoneOffset()).not.toBe(0);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe('Europe/London');
});

describe('plain values', () => {
  const sheet = sheetIn('Europe/London');

  test('blank cells read as empty strings', () => {
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('C3').getValue()).toBe('');
    expect(sheet.getRange('C3').getDisplayValue()).toBe('');
  });

  test('numbers, booleans and strings come back as they went in', () => {
    sheet.getRange('A1:D1').setValues([[42, -3.5, true, 'Kent']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[42, -3.5, true, 'Kent']]);
    expect(sheet.getRange('C1').getValue()).toBe(true);
  });

  test('null, undefined and the empty string clear a cell', () => {
    sheet.getRange('A2:C2').setValues([[1, 2, 3]]);
    sheet.getRange('A2:C2').setValues([[null, undefined, '']]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['', '', '']]);
    expect(sheet.getRange('A2').isBlank()).toBe(true);
  });

  test('setValue fills every cell of a range', () => {
    sheet.getRange('E1:F2').setValue('x');
    expect(sheet.getRange('E1:F2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  test('clearContent empties the values and keeps the number format', () => {
    sheet.getRange('G1').setNumberFormat('0.00').setValue(2);
    sheet.getRange('G1').clearContent();
    expect(sheet.getRange('G1').getValue()).toBe('');
    expect(sheet.getRange('G1').getNumberFormat()).toBe('0.00');
  });

  test('Sheet.clearContents empties every value and formula; formats and notes stay', () => {
    const own = sheetIn('Europe/London');
    own.getRange('A1:B2').setValues([
      ['a', 1],
      ['=1+1', 'b'],
    ]);
    own.getRange('Z1000').setNumberFormat('@').setValue('far away').setNote('a note');
    own.clearContents();
    expect(own.getLastRow()).toBe(0);
    expect(own.getLastColumn()).toBe(0);
    expect(own.getRange('A2').getFormula()).toBe('');
    expect(own.getRange('Z1000').getNumberFormat()).toBe('@');
    expect(own.getRange('Z1000').getNote()).toBe('a note');
  });

  test('NaN and Infinity are stored as #NUM!', () => {
    sheet.getRange('H1:H2').setValues([[NaN], [Infinity]]);
    expect(sheet.getRange('H1:H2').getValues()).toEqual([['#NUM!'], ['#NUM!']]);
  });
});

describe('strings are read as typed input in en_GB', () => {
  const sheet = sheetIn('Europe/London');
  let row = 0;
  /** Writes to a fresh cell each time, so that no format carries over. */
  const write = (text: string) => {
    row += 1;
    return sheet.getRange(row, 1).setValue(text).getValue() as unknown;
  };
  const shown = () => sheet.getRange(row, 1).getDisplayValue();
  const london = (iso: string) => parseDate(iso, 'Europe/London', iso.length > 10 ? SECOND : DAY);

  test.each<[string, unknown]>([
    ['42', 42],
    ['-7', -7],
    ['3.25', 3.25],
    ['+1.5', 1.5],
    ['.5', 0.5],
    ['1,234,567', 1234567],
    ['1e3', 1000],
    [' 42 ', 42],
    ['50%', 0.5],
    ['TRUE', true],
    ['false', false],
    ['True', true],
  ])('%j is %j', (text, value) => {
    expect(write(text)).toEqual(value);
  });

  test.each<[string, string]>([
    ['2024-03-11', '2024-03-11'],
    ['2024/03/11', '2024-03-11'],
    ['11/03/2024', '2024-03-11'],
    ['1/3/2024', '2024-03-01'],
    ['11-03-2024', '2024-03-11'],
    ['11.03.2024', '2024-03-11'],
    ['11/03/24', '2024-03-11'],
    ['11/03/95', '1995-03-11'],
    ['11 Mar 2024', '2024-03-11'],
    ['11 March 2024', '2024-03-11'],
    ['29/02/2024', '2024-02-29'],
  ])('%j is that date at midnight in the spreadsheet zone (%s)', (text, iso) => {
    const value = write(text);
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).getTime()).toBe(london(iso).getTime());
  });

  test('a date and time keeps its time, on the spreadsheet wall clock', () => {
    expect((write('2024-07-15 13:45') as Date).getTime()).toBe(Date.UTC(2024, 6, 15, 12, 45));
    expect((write('11/03/2024 09:30:15') as Date).getTime()).toBe(Date.UTC(2024, 2, 11, 9, 30, 15));
    expect(shown()).toBe('11/03/2024 09:30:15');
  });

  test('a time alone is a time on 30 December 1899, as Sheets hands it over', () => {
    const value = write('9:30') as Date;
    expect(formatDate(value, 'Europe/London', SECOND)).toBe('1899-12-30 09:30:00');
    expect(shown()).toBe('09:30:00');
  });

  test.each(['31/02/2024', '2024-13-01', '00/01/2024', '32/01/2024', '2023-02-29', '25:00'])(
    'the impossible date %j stays text',
    (text) => {
      expect(write(text)).toBe(text);
    },
  );

  test.each(['Kent', 'RI', '12 Acacia Avenue', '1/2', 'TRUE or FALSE', '', 'N/A', '--5'])(
    'other text %j stays text (the empty string clears)',
    (text) => {
      expect(write(text)).toBe(text);
    },
  );

  test('a leading apostrophe keeps the rest as text', () => {
    expect(write("'42")).toBe('42');
    expect(write("'2024-03-11")).toBe('2024-03-11');
  });

  test('formula errors read back as their code', () => {
    for (const code of [
      '#N/A',
      '#REF!',
      '#VALUE!',
      '#DIV/0!',
      '#NAME?',
      '#NUM!',
      '#ERROR!',
      '#NULL!',
    ]) {
      expect(write(code)).toBe(code);
      expect(shown()).toBe(code);
    }
    expect(write('#n/a')).toBe('#N/A');
  });

  test('in a plain-text cell (@) strings are kept as typed', () => {
    const cell = sheet.getRange('B1').setNumberFormat('@');
    for (const text of ['42', '2024-03-11', '11/03/2024', 'TRUE', ' 7 ', '#N/A'])
      expect(cell.setValue(text).getValue()).toBe(text);
    expect(cell.setValue(7).getValue()).toBe(7);
  });

  test('typed dates get a date format in the style they were typed', () => {
    write('2024-03-11');
    expect(sheet.getRange(row, 1).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(shown()).toBe('2024-03-11');
    sheet.getRange('C1').setValue('11/03/2024');
    expect(sheet.getRange('C1').getDisplayValue()).toBe('11/03/2024');
    sheet.getRange('D1').setValue('11 Mar 2024');
    expect(sheet.getRange('D1').getDisplayValue()).toBe('11 Mar 2024');
  });

  test('in an en_US spreadsheet 03/11/2024 is 11 March', () => {
    const emulator = new AppsScriptEmulator({ locale: 'en_US' });
    const value = emulator.sheet('Sheet1').getRange('A1').setValue('03/11/2024').getValue() as Date;
    expect(formatDate(value, 'Europe/London', DAY)).toBe('2024-03-11');
  });
});

describe('dates are wall-clock serials in the spreadsheet zone', () => {
  test.each(['Europe/London', 'Australia/Sydney', 'America/New_York', 'Asia/Kolkata'])(
    'a Date at midnight in %s reads back as that midnight, shown as that day',
    (zone) => {
      const sheet = sheetIn(zone);
      const midnight = parseDate('2024-03-11', zone, DAY);
      sheet.getRange('A1').setValue(midnight);
      const value = sheet.getRange('A1').getValue() as Date;
      expect(value).toBeInstanceOf(Date);
      expect(value.getTime()).toBe(midnight.getTime());
      expect(sheet.getRange('A1').getDisplayValue()).toBe('11/03/2024');
      expect(sheet.getRange('A1').getNumberFormat()).toBe('dd/mm/yyyy');
    },
  );

  test('Sydney midnight is the previous UTC day, and typed dates are Sydney midnights', () => {
    const sheet = sheetIn('Australia/Sydney');
    const value = sheet.getRange('A1').setValue('2024-03-11').getValue() as Date;
    expect(value.toISOString()).toBe('2024-03-10T13:00:00.000Z');
    const winter = sheet.getRange('A2').setValue('2024-07-15').getValue() as Date;
    expect(winter.toISOString()).toBe('2024-07-14T14:00:00.000Z');
  });

  test('London midnights in summer are 23:00 UTC the day before', () => {
    const sheet = sheetIn('Europe/London');
    const value = sheet.getRange('A1').setValue('2024-07-15').getValue() as Date;
    expect(value.toISOString()).toBe('2024-07-14T23:00:00.000Z');
  });

  test('any instant round-trips, and shows its wall clock in the sheet zone', () => {
    const sheet = sheetIn('Europe/London');
    const instant = new Date(Date.UTC(2024, 6, 15, 12, 34, 56, 789));
    sheet.getRange('A1').setValue(instant);
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(instant.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15/07/2024 13:34:56');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd/mm/yyyy hh:mm:ss');
  });

  test("a Date made at the machine's midnight is a time of day in the sheet's zone", () => {
    const sheet = sheetIn('Europe/London');
    sheet.getRange('A1').setValue(new Date(2024, 0, 15));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15/01/2024 05:00:00');
  });

  test('changing the spreadsheet zone keeps the wall clock and moves the instant', () => {
    const emulator = new AppsScriptEmulator({ timeZone: 'Europe/London' });
    const sheet = emulator.sheet('Sheet1');
    sheet.getRange('A1').setValue(parseDate('2024-03-11', 'Europe/London', DAY));
    emulator.spreadsheet.setSpreadsheetTimeZone('Australia/Sydney');
    expect(emulator.spreadsheet.getSpreadsheetTimeZone()).toBe('Australia/Sydney');
    const value = sheet.getRange('A1').getValue() as Date;
    expect(value.getTime()).toBe(parseDate('2024-03-11', 'Australia/Sydney', DAY).getTime());
    expect(value.toISOString()).toBe('2024-03-10T13:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('11/03/2024');
  });

  test('an unknown zone is refused', () => {
    const emulator = new AppsScriptEmulator();
    expect(() => emulator.spreadsheet.setSpreadsheetTimeZone('Mars/Olympus')).toThrow(
      'Invalid argument',
    );
    expect(emulator.spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/London');
  });

  test('the second 01:30 of the night clocks go back reads as the first, as in Sheets', () => {
    const sheet = sheetIn('Europe/London');
    sheet.getRange('A1').setValue(new Date(Date.UTC(2024, 9, 27, 1, 30)));
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe(
      '2024-10-27T00:30:00.000Z',
    );
  });

  test('dates handed out are fresh objects: changing one changes nothing', () => {
    const sheet = sheetIn('Europe/London');
    const written = parseDate('2024-03-11', 'Europe/London', DAY);
    sheet.getRange('A1').setValue(written);
    written.setFullYear(1999);
    const first = sheet.getRange('A1').getValue() as Date;
    first.setFullYear(2000);
    const [[second]] = sheet.getRange('A1').getValues() as [[Date]];
    expect(second).not.toBe(first);
    expect(formatDate(second, 'Europe/London', DAY)).toBe('2024-03-11');
  });

  test('a number in a date-formatted cell reads as a date, and a date cell formatted as a number as its serial', () => {
    const sheet = sheetIn('Europe/London');
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(45362);
    expect(formatDate(sheet.getRange('A1').getValue() as Date, 'Europe/London', DAY)).toBe(
      '2024-03-11',
    );
    sheet.getRange('B1').setValue('2024-03-11').setNumberFormat('0');
    expect(sheet.getRange('B1').getValue()).toBe(45362);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('45362');
  });

  test('a Date written over a numeric format brings its own date format', () => {
    const sheet = sheetIn('Europe/London');
    sheet
      .getRange('A1')
      .setNumberFormat('0.00')
      .setValue(parseDate('2024-03-11', 'Europe/London', DAY));
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd/mm/yyyy');
  });

  test('a date cell keeps its format when another date arrives', () => {
    const sheet = sheetIn('Europe/London');
    sheet
      .getRange('A1')
      .setNumberFormat('d mmm yyyy')
      .setValue(parseDate('2024-07-01', 'Europe/London', DAY));
    sheet.getRange('A1').setValue('11/03/2024');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('11 Mar 2024');
  });
});

describe('display values', () => {
  const sheet = sheetIn('Europe/London');
  const date = parseDate('2024-03-04 09:05:07', 'Europe/London', SECOND);

  test.each<[string, string]>([
    ['dd/mm/yyyy', '04/03/2024'],
    ['yyyy-mm-dd', '2024-03-04'],
    ['d/m/yyyy', '4/3/2024'],
    ['m/d/yyyy', '3/4/2024'],
    ['d mmm yyyy', '4 Mar 2024'],
    // The tool's date-time (the Reminder log's Time): mm after hh is minutes.
    ['d mmm yyyy hh:mm', '4 Mar 2024 09:05'],
    ['dd mmmm yyyy', '04 March 2024'],
    ['mmm d, yyyy', 'Mar 4, 2024'],
    ['DD/MM/YYYY', '04/03/2024'],
    ['yy-mm-dd', '24-03-04'],
    ['ddd d mmm', 'Mon 4 Mar'],
    ['dddd', 'Monday'],
    ['hh:mm', '09:05'],
    ['h:mm:ss', '9:05:07'],
    ['yyyy-mm-dd hh:mm:ss', '2024-03-04 09:05:07'],
    ['h:mm am/pm', '9:05 am'],
    ['h:mm AM/PM', '9:05 AM'],
    ['"Due" d mmm', 'Due 4 Mar'],
    ['yyyy\\-mm', '2024-03'],
  ])('a date in the format %j shows %j', (format, shown) => {
    sheet.getRange('A1').setValue(date).setNumberFormat(format);
    expect(sheet.getRange('A1').getDisplayValue()).toBe(shown);
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
  });

  test.each<[unknown, string | undefined, string]>([
    [42, undefined, '42'],
    [-7.5, undefined, '-7.5'],
    [1 / 3, undefined, '0.3333333333'],
    [123456789012, undefined, '123456789012'],
    [1e20, undefined, '1E+20'],
    [1.5e-12, undefined, '1.5E-12'],
    [3.14159, '0.00', '3.14'],
    [2, '0.00', '2.00'],
    [1234.5, '#,##0', '1,235'],
    [1234.5, '#,##0.00', '1,234.50'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [0.5, '0%', '50%'],
    [0.125, '0.0%', '12.5%'],
    [7, '000', '007'],
    [12.5, '£#,##0.00', '£12.50'],
    [42, '@', '42'],
    [true, undefined, 'TRUE'],
    [false, undefined, 'FALSE'],
    ['text', '0.00', 'text'],
  ])('%j in the format %j shows %j', (value, format, shown) => {
    const cell = sheet.getRange('B1');
    cell
      .clearContent()
      .setNumberFormat(format ?? '0.###############')
      .setValue(value);
    expect(cell.getDisplayValue()).toBe(shown);
  });

  test('getDisplayValues gives every cell', () => {
    sheet.getRange('C1:E2').setValues([
      [1, 'a', true],
      ['2024-03-11', '', 0.25],
    ]);
    expect(sheet.getRange('C1:E2').getDisplayValues()).toEqual([
      ['1', 'a', 'TRUE'],
      ['2024-03-11', '', '0.25'],
    ]);
  });
});

describe('typed input when seeding', () => {
  test('addSheet reads strings as typed input, RAW keeps them as text', () => {
    const emulator = new AppsScriptEmulator();
    emulator.addSheet('Typed', [['2024-03-11', '42']]);
    emulator.addSheet('Raw', [['2024-03-11', '42']], { input: 'RAW' });
    expect(emulator.values('Typed')[0]?.[0]).toBeInstanceOf(Date);
    expect(emulator.values('Typed')[0]?.[1]).toBe(42);
    expect(emulator.values('Raw')).toEqual([['2024-03-11', '42']]);
  });

  test('column formats apply before the values', () => {
    const emulator = new AppsScriptEmulator();
    emulator.addSheet('Codes', [['Code'], ['0042'], ['2024-03-11']], { columnFormats: { 1: '@' } });
    expect(emulator.values('Codes')).toEqual([['Code'], ['0042'], ['2024-03-11']]);
    expect(emulator.sheet('Codes').getRange('A1000').getNumberFormat()).toBe('@');
  });
});

describe('stored cells, for saving to a file and loading back', () => {
  test('dates are serials with their format; errors, notes and bold are kept; round trip', () => {
    const emulator = new AppsScriptEmulator();
    const sheet = emulator.addSheet('Tracker', [
      ['Authority', 'Last inspection', 'Count'],
      ['Kent', '2024-03-11', '#N/A'],
    ]);
    sheet.getRange('A1:C1').setFontWeight('bold');
    sheet.getRange('C1').setNote('Computed');
    sheet.setFrozenRows(1);
    const stored = emulator.storedSheet('Tracker');
    expect(stored.cells).toEqual([
      [
        { value: 'Authority', bold: true },
        { value: 'Last inspection', bold: true },
        { value: 'Count', note: 'Computed', bold: true },
      ],
      [
        { value: 'Kent' },
        { value: 45362, numberFormat: 'yyyy-mm-dd' },
        { value: '#N/A', error: true },
      ],
    ]);
    expect([stored.maxRows, stored.maxColumns, stored.frozenRows]).toEqual([1000, 26, 1]);
    const copy = new AppsScriptEmulator({ timeZone: 'Australia/Sydney' });
    copy.addStoredSheet('Tracker', stored);
    expect(copy.displayValues('Tracker')).toEqual(emulator.displayValues('Tracker'));
    expect((copy.values('Tracker')[1]?.[1] as Date).toISOString()).toBe('2024-03-10T13:00:00.000Z');
    expect(copy.sheet('Tracker').getRange('B1').getFontWeight()).toBe('bold');
    expect(copy.storedSheet('Tracker')).toEqual(stored);
  });
});
