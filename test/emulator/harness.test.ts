/** The harness: loading a script into a vm context, the clock, call counting and fault injection. */
import { AppsScriptEmulator, DEFAULT_NOW } from '../../emulator';

const NOW = new Date('2024-06-03T06:30:00Z');

const SCRIPT = `
function readTracker() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Tracker');
  return sheet.getDataRange().getValues();
}
function writeTwice() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tracker');
  sheet.getRange(2, 3).setValue(1);
  sheet.getRange(3, 3).setValue(2);
  return 'done';
}
function sendAll(addresses) {
  var sent = [];
  var start = Date.now();
  for (var i = 0; i < addresses.length; i++) {
    if (Date.now() - start >= 3000) break;
    MailApp.sendEmail(addresses[i], 'Hello', 'Body');
    sent.push(addresses[i]);
  }
  return sent;
}
function clock() {
  return {
    now: new Date().getTime(),
    nowFunction: Date.now(),
    string: Date(),
    components: new Date(2024, 0, 1).getFullYear(),
    fromNumber: new Date(0).getTime(),
    parsed: new Date('2024-03-11T00:00:00Z').getTime(),
    utc: Date.UTC(2024, 0, 1),
    isDate: new Date() instanceof Date,
    constructorIsDate: new Date().constructor === Date,
    subclass: (function () { class Later extends Date {} return new Later().getTime(); })()
  };
}
function realms() {
  var values = SpreadsheetApp.getActive().getSheetByName('Tracker').getRange('B2:B2').getValues();
  var caught;
  try { SpreadsheetApp.getActive().getSheetByName('Tracker').getRange('A0'); } catch (e) { caught = e; }
  return {
    arrayIsArray: values instanceof Array,
    rowIsArray: values[0] instanceof Array,
    dateIsDate: values[0][0] instanceof Date,
    errorIsError: caught instanceof Error,
    message: caught.message,
    printed: String(caught)
  };
}
function echo(value) { return [value instanceof Date, value instanceof Array, value]; }
function services() {
  return [typeof SpreadsheetApp, typeof require, typeof process, typeof module, typeof setTimeout, String(SpreadsheetApp.getActive())];
}
function missing() { return SpreadsheetApp.getActive().getSheetByName('Tracker').getFormulas; }
`;

function emulatorWithTracker(options: ConstructorParameters<typeof AppsScriptEmulator>[0] = {}) {
  const emulator = new AppsScriptEmulator({ now: NOW, ...options });
  emulator.addSheet('Tracker', [
    ['Authority', 'Last inspection'],
    ['Kent', '2024-03-11'],
    ['Essex', '11/03/2023'],
  ]);
  return emulator;
}

describe('loading and running a script', () => {
  test('a global function runs against the emulated spreadsheet, results in Node values', () => {
    const emulator = emulatorWithTracker();
    const context = emulator.load(SCRIPT);
    const values = emulator.run(context, 'readTracker') as unknown[][];
    expect(values).toEqual([
      ['Authority', 'Last inspection'],
      ['Kent', new Date('2024-03-11T00:00:00Z')],
      ['Essex', new Date('2023-03-11T00:00:00Z')],
    ]);
    expect(values[1]?.[1]).toBeInstanceOf(Date);
    expect(values).toBeInstanceOf(Array);
    expect(values[0]).toBeInstanceOf(Array);
    expect(emulator.run(context, 'writeTwice')).toBe('done');
    expect(emulator.values('Tracker').map((row) => row[2])).toEqual(['', 1, 2]);
    emulator.sheet('Tracker').getRange('B2').setValue(45000);
    expect(emulator.sheet('Tracker').getRange('B2').getValue()).toBeInstanceOf(Date);
  });

  test('the context holds the Apps Script globals and nothing of Node', () => {
    const emulator = new AppsScriptEmulator();
    const context = emulator.load(SCRIPT);
    expect(emulator.run(context, 'services')).toEqual([
      'object',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'Spreadsheet',
    ]);
    expect(Object.keys(context).sort()).toEqual(
      [
        'Date',
        'HtmlService',
        'LockService',
        'Logger',
        'MailApp',
        'PropertiesService',
        'ScriptApp',
        'Session',
        'SpreadsheetApp',
        'Utilities',
        'console',
        ...[
          'clock',
          'echo',
          'missing',
          'readTracker',
          'realms',
          'sendAll',
          'services',
          'writeTwice',
        ],
      ].sort(),
    );
  });

  test('methods the emulator does not have are undefined, as missing methods are in Apps Script', () => {
    const emulator = emulatorWithTracker();
    expect(emulator.run(emulator.load(SCRIPT), 'missing')).toBeUndefined();
  });

  test('values, arrays and errors are of the script realm, so instanceof holds inside', () => {
    const emulator = emulatorWithTracker();
    expect(emulator.run(emulator.load(SCRIPT), 'realms')).toEqual({
      arrayIsArray: true,
      rowIsArray: true,
      dateIsDate: true,
      errorIsError: true,
      message: 'Range not found',
      printed: 'Exception: Range not found',
    });
  });

  test('arguments are handed over in the script realm', () => {
    const emulator = new AppsScriptEmulator();
    const date = new Date('2024-03-11T00:00:00Z');
    expect(emulator.run(emulator.load(SCRIPT), 'echo', date)).toEqual([true, false, date]);
    expect(emulator.run(emulator.load(SCRIPT), 'echo', [[1, date]])).toEqual([
      false,
      true,
      [[1, date]],
    ]);
  });

  test('an unknown function is not found', () => {
    const emulator = new AppsScriptEmulator();
    expect(() => emulator.run(emulator.load(SCRIPT), 'nope')).toThrow(
      'Script function not found: nope',
    );
    expect(() => emulator.run({}, 'readTracker')).toThrow('load()');
  });

  test('errors thrown by the script reach the test', () => {
    const emulator = new AppsScriptEmulator();
    const context = emulator.load(
      'function fail() { SpreadsheetApp.getActive().insertSheet("Sheet1"); }',
    );
    expect(() => emulator.run(context, 'fail')).toThrow(
      'A sheet with the name "Sheet1" already exists.',
    );
  });
});

describe('the clock', () => {
  test('Date in a loaded script reads the emulator clock; everything else is the usual Date', () => {
    const emulator = new AppsScriptEmulator({ now: NOW });
    const result = emulator.run(emulator.load(SCRIPT), 'clock') as Record<string, unknown>;
    expect(result).toEqual({
      now: NOW.getTime(),
      nowFunction: NOW.getTime(),
      string: NOW.toString(),
      components: 2024,
      fromNumber: 0,
      parsed: Date.UTC(2024, 2, 11),
      utc: Date.UTC(2024, 0, 1),
      isDate: true,
      constructorIsDate: true,
      subclass: NOW.getTime(),
    });
  });

  test('setNow and advance move it, and the script sees the move', () => {
    const emulator = new AppsScriptEmulator({ now: NOW });
    const context = emulator.load(SCRIPT);
    emulator.advance(60_000);
    expect((emulator.run(context, 'clock') as { now: number }).now).toBe(NOW.getTime() + 60_000);
    emulator.setNow(new Date('2025-01-01T00:00:00Z'));
    expect((emulator.run(context, 'clock') as { now: number }).now).toBe(Date.UTC(2025, 0, 1));
    expect(emulator.now.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(() => emulator.advance(-1)).toThrow('only moves forward');
  });

  test('the default clock is fixed, and now is a fresh Date', () => {
    const emulator = new AppsScriptEmulator();
    expect(emulator.now.getTime()).toBe(DEFAULT_NOW);
    emulator.now.setFullYear(1999);
    expect(emulator.now.getTime()).toBe(DEFAULT_NOW);
  });

  test('the clock moves on at every call of the methods given, so time limits can be tested', () => {
    const emulator = new AppsScriptEmulator({ now: NOW, advanceOn: { 'MailApp.sendEmail': 1000 } });
    const addresses = ['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org', 'e@x.org'];
    expect(emulator.run(emulator.load(SCRIPT), 'sendAll', addresses)).toEqual([
      'a@x.org',
      'b@x.org',
      'c@x.org',
    ]);
    expect(emulator.mail).toHaveLength(3);
    expect(emulator.now.getTime() - NOW.getTime()).toBe(3000);
  });

  test('advanceOn can be set later and stopped with 0', () => {
    const emulator = new AppsScriptEmulator({ now: NOW });
    const { SpreadsheetApp } = emulator.globals;
    emulator.advanceOn('SpreadsheetApp.flush', 250);
    SpreadsheetApp.flush();
    SpreadsheetApp.flush();
    emulator.advanceOn('SpreadsheetApp.flush', 0);
    SpreadsheetApp.flush();
    expect(emulator.now.getTime() - NOW.getTime()).toBe(500);
  });
});

describe('call counting', () => {
  test('every call the script makes is counted by Class.method', () => {
    const emulator = emulatorWithTracker();
    const context = emulator.load(SCRIPT);
    emulator.run(context, 'readTracker');
    emulator.run(context, 'writeTwice');
    expect(emulator.calls.snapshot()).toEqual({
      'Range.getValues': 1,
      'Range.setValue': 2,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheetByName': 2,
      'SpreadsheetApp.getActive': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(emulator.calls.count('Sheet.getRange')).toBe(2);
    expect(emulator.calls.count('Range.setValues')).toBe(0);
    expect(emulator.calls.total()).toBe(10);
    expect(emulator.calls.sequence().slice(0, 4)).toEqual([
      'SpreadsheetApp.getActive',
      'Spreadsheet.getSheetByName',
      'Sheet.getDataRange',
      'Range.getValues',
    ]);
  });

  test('reset forgets the counts', () => {
    const emulator = emulatorWithTracker();
    const context = emulator.load(SCRIPT);
    emulator.run(context, 'readTracker');
    emulator.calls.reset();
    expect(emulator.calls.total()).toBe(0);
    expect(emulator.calls.snapshot()).toEqual({});
    emulator.run(context, 'readTracker');
    expect(emulator.calls.count('Range.getValues')).toBe(1);
  });

  test('seeding and inspecting through the harness is not counted', () => {
    const emulator = emulatorWithTracker();
    emulator.sheet('Tracker').getRange('A1:B3').getValues();
    emulator.spreadsheet.getSheetByName('Tracker')?.getRange('C1').setValue('x');
    emulator.values('Tracker');
    expect(emulator.calls.total()).toBe(0);
  });

  test('calls through globals are counted too, including Logger and console', () => {
    const emulator = new AppsScriptEmulator();
    const { Logger, console, SpreadsheetApp } = emulator.globals;
    Logger.log('x');
    console.warn('y');
    SpreadsheetApp.newDataValidation().requireDate().build();
    expect(emulator.calls.snapshot()).toEqual({
      'DataValidationBuilder.build': 1,
      'DataValidationBuilder.requireDate': 1,
      'Logger.log': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'console.warn': 1,
    });
  });

  test('the counting proxy hides the emulator internals and ignores writes', () => {
    const emulator = emulatorWithTracker();
    const sheet = emulator.globals.SpreadsheetApp.getActive().getSheetByName(
      'Tracker',
    ) as unknown as Record<string, unknown>;
    expect(sheet['values']).toBeUndefined();
    expect(sheet['_write']).toBeUndefined();
    expect(sheet['maxRows']).toBeUndefined();
    sheet['getName'] = () => 'hacked';
    expect((sheet['getName'] as () => string)()).toBe('Tracker');
    expect(String(sheet)).toBe('Sheet');
  });
});

describe("onCall: someone else acts between two of the script's calls", () => {
  test('the action runs just before the n-th call from now, once, and is not counted', () => {
    const emulator = emulatorWithTracker();
    const context = emulator.load(SCRIPT);
    const seen: unknown[] = [];
    emulator.onCall('Range.setValue', 2, () => {
      seen.push(emulator.values('Tracker').map((row) => row[2]));
      emulator.sheet('Tracker').getRange('E1').setValue('between');
    });
    emulator.run(context, 'writeTwice');
    expect(seen).toEqual([['', 1, '']]);
    expect(emulator.values('Tracker').map((row) => [row[2], row[4]])).toEqual([
      ['', 'between'],
      [1, ''],
      [2, ''],
    ]);
    emulator.run(context, 'writeTwice');
    expect(seen).toHaveLength(1);
    expect(emulator.calls.count('Range.setValue')).toBe(4);
    expect(() => emulator.onCall('Range.setValue', 0, () => undefined)).toThrow('n >= 1');
  });
});

describe('fault injection', () => {
  test('the n-th call from now throws, once, with the message given', () => {
    const emulator = emulatorWithTracker();
    const context = emulator.load(SCRIPT);
    emulator.run(context, 'writeTwice');
    emulator.failOn('Range.setValue', 2, 'Service Spreadsheets timed out while accessing document');
    expect(() => emulator.run(context, 'writeTwice')).toThrow(
      'Service Spreadsheets timed out while accessing document',
    );
    expect(emulator.run(context, 'writeTwice')).toBe('done');
    expect(emulator.calls.count('Range.setValue')).toBe(6);
  });

  test('the failing call does nothing', () => {
    const emulator = emulatorWithTracker();
    const { MailApp } = emulator.globals;
    emulator.failOn('MailApp.sendEmail', 1);
    expect(() => MailApp.sendEmail('a@x.org', 's', 'b')).toThrow('Service error: Mail');
    expect(emulator.mail).toHaveLength(0);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test('the default message names the service, Sheets-like', () => {
    const emulator = emulatorWithTracker();
    emulator.failOn('Spreadsheet.getSheetByName', 1);
    expect(() => emulator.run(emulator.load(SCRIPT), 'readTracker')).toThrow(
      'Service error: Spreadsheets',
    );
  });

  test('other methods and earlier calls are not affected', () => {
    const emulator = emulatorWithTracker();
    const { SpreadsheetApp } = emulator.globals;
    emulator.failOn('Range.getValues', 3);
    const range = SpreadsheetApp.getActive().getSheetByName('Tracker')!.getRange('A1');
    expect(range.getValues()).toEqual([['Authority']]);
    expect(range.getDisplayValues()).toEqual([['Authority']]);
    expect(range.getValues()).toEqual([['Authority']]);
    expect(() => range.getValues()).toThrow('Service error');
    expect(range.getValues()).toEqual([['Authority']]);
  });

  test('n must be 1 or more', () => {
    expect(() => new AppsScriptEmulator().failOn('Range.getValues', 0)).toThrow('n >= 1');
  });
});
