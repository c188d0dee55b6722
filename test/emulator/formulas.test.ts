/** Formulas (stored with a result, not evaluated) and the 50,000 characters a cell holds. */
import { AppsScriptEmulator, CELL_LIMIT_MESSAGE } from '../../emulator';

const LIMIT = 50_000;

function fresh() {
  const emulator = new AppsScriptEmulator();
  return { emulator, sheet: emulator.sheet('Sheet1') };
}

describe('formulas', () => {
  test('setFormula stores the formula; getValue gives its result, empty as it is not evaluated', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('B2');
    cell.setFormula('=COUNTIF(A:A,"*")');
    expect(cell.getFormula()).toBe('=COUNTIF(A:A,"*")');
    expect(cell.getFormulas()).toEqual([['=COUNTIF(A:A,"*")']]);
    expect(cell.getValue()).toBe('');
    expect(cell.getDisplayValue()).toBe('');
  });

  test('a plain value has no formula', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['Kent', 3]]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  test('a literal formula has its literal as its result', () => {
    const { sheet } = fresh();
    sheet
      .getRange('A1:F1')
      .setFormulas([['=42', '=-1.5', '="Kent"', '="say ""hi"""', '=TRUE', '=""']]);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([[42, -1.5, 'Kent', 'say "hi"', true, '']]);
    expect(sheet.getRange('A1:F1').getFormulas()[0]?.[2]).toBe('="Kent"');
  });

  test('setValue and setValues of a string starting with "=" write a formula (USER_ENTERED)', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue('=A2+1');
    sheet.getRange('B1:C1').setValues([['=SUM(A:A)', 'text']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=A2+1', '=SUM(A:A)', '']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '', 'text']]);
  });

  test('"=" is text after an apostrophe, in a plain-text (@) cell, and when seeded RAW', () => {
    const { emulator, sheet } = fresh();
    sheet.getRange('A1').setValue("'=not a formula");
    sheet.getRange('B1').setNumberFormat('@').setValue('=B2');
    emulator.addSheet('Raw', [['=A1']], { input: 'RAW' });
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=not a formula', '=B2']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
    expect(emulator.sheet('Raw').getRange('A1').getFormula()).toBe('');
  });

  test('"=" alone, "+1", "-x" and "@x" are not formulas: "+1" is a number, the others text', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:D1').setValues([['=', '+1', '-x', '@x']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['=', 1, '-x', '@x']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '', '', '']]);
  });

  test('a plain value written over a formula replaces it; clearContent clears both', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1');
    cell.setFormula('=NOW()');
    cell.setValue(7);
    expect([cell.getFormula(), cell.getValue()]).toEqual(['', 7]);
    cell.setFormula('=NOW()');
    sheet.getRange('A1:B1').setValues([['', 'x']]);
    expect(cell.getFormula()).toBe('');
    cell.setFormula('=NOW()');
    cell.clearContent();
    expect([cell.getFormula(), cell.getValue(), cell.isBlank()]).toEqual(['', '', true]);
  });

  test('setFormula with text that is not a formula writes it as setValue would', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setFormulas([['42', '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[42, '']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  test('setFormula fills every cell of a range with the same formula', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B2').setFormula('=1');
    expect(sheet.getRange('A1:B2').getFormulas()).toEqual([
      ['=1', '=1'],
      ['=1', '=1'],
    ]);
  });

  test('a formula cell counts as content even with an empty result', () => {
    const { sheet } = fresh();
    sheet.getRange('C5').setFormula('=IF(A1="","",A1)');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getRange('C5').isBlank()).toBe(false);
    sheet.appendRow(['next']);
    expect(sheet.getRange('A6').getValue()).toBe('next');
  });

  test('formulas move with inserted rows and columns (their references are not rewritten)', () => {
    const { sheet } = fresh();
    sheet.getRange('B2').setFormula('=A2');
    sheet.insertRowsBefore(1, 1);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('C3').getFormula()).toBe('=A2');
    expect(sheet.getRange('B2').getFormula()).toBe('');
  });

  test('setFormulas checks the shape and that every element is a string', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange('A1:B1').setFormulas([['=1']])).toThrow(
      'The number of columns in the data does not match',
    );
    expect(() => sheet.getRange('A1').setFormulas([[1 as unknown as string]])).toThrow(
      "don't match the method signature",
    );
  });

  test('seeding: { formula, value } is a formula with the result Sheets last computed', () => {
    const emulator = new AppsScriptEmulator({
      sheets: {
        Tracker: [
          ['Authority', 'Days', 'Status'],
          ['Kent', { formula: '=TODAY()-B3', value: 44 }, { formula: '=IF(B2>30,"Late","")' }],
          ['Essex', { formula: '=NA()', value: '#N/A' }, { formula: '=C2', value: '' }],
        ],
      },
    });
    const range = emulator.sheet('Tracker').getRange('B2:C3');
    expect(range.getValues()).toEqual([
      [44, ''],
      ['#N/A', ''],
    ]);
    expect(range.getFormulas()).toEqual([
      ['=TODAY()-B3', '=IF(B2>30,"Late","")'],
      ['=NA()', '=C2'],
    ]);
    expect(() => emulator.addSheet('Bad', [[{ formula: 'TODAY()', value: 1 }]])).toThrow(
      'A seeded formula starts with "="',
    );
  });

  test('seeding: a cached date result in a date-formatted column reads as a Date', () => {
    const emulator = new AppsScriptEmulator();
    emulator.addSheet('Dates', [[{ formula: '=DATE(2024,3,11)', value: 45362 }]], {
      columnFormats: { 1: 'yyyy-mm-dd' },
    });
    const value = emulator.values('Dates')[0]?.[0];
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe('2024-03-11T00:00:00.000Z');
  });

  test('enterFormula: a person types a formula and Sheets computes it (not counted)', () => {
    const { emulator, sheet } = fresh();
    emulator.enterFormula('Sheet1', 'F6', '=COUNTIF(A2:A4,"*")', 3);
    expect(sheet.getRange('F6').getFormula()).toBe('=COUNTIF(A2:A4,"*")');
    expect(sheet.getRange('F6').getValue()).toBe(3);
    emulator.enterFormula('Sheet1', 'A1:B1', '=1+1', 2);
    expect(emulator.values('Sheet1')[0]?.slice(0, 2)).toEqual([2, 2]);
    expect(emulator.calls.total()).toBe(0);
  });

  test('stored cells keep formulas and their results, and load them back', () => {
    const emulator = new AppsScriptEmulator();
    emulator.addSheet('Tracker', [['Kent', { formula: '=LEN(A1)', value: 4 }]]);
    const stored = emulator.storedSheet('Tracker');
    expect(stored.cells[0]).toEqual([{ value: 'Kent' }, { value: 4, formula: '=LEN(A1)' }]);
    const copy = new AppsScriptEmulator();
    copy.addStoredSheet('Tracker', stored);
    expect(copy.sheet('Tracker').getRange('B1').getFormula()).toBe('=LEN(A1)');
    expect(copy.values('Tracker')).toEqual([['Kent', 4]]);
  });

  test('a loaded script reading a formula cell gets the result from getValues, the formula from getFormulas', () => {
    const emulator = new AppsScriptEmulator();
    emulator.addSheet('Tracker', [['Kent', { formula: '=LEN(A1)', value: 4 }]]);
    const context = emulator.load(`
      function read() {
        var range = SpreadsheetApp.getActive().getSheetByName('Tracker').getRange('A1:B1');
        return [range.getValues(), range.getFormulas()];
      }`);
    expect(emulator.run(context, 'read')).toEqual([[['Kent', 4]], [['', '=LEN(A1)']]]);
    expect(emulator.calls.count('Range.getFormulas')).toBe(1);
  });
});

describe('a cell holds at most 50,000 characters', () => {
  test('the message, as Sheets words it', () => {
    expect(CELL_LIMIT_MESSAGE).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  test('50,000 characters are written; 50,001 throw and write nothing', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1');
    cell.setValue('x'.repeat(LIMIT));
    expect((cell.getValue() as string).length).toBe(LIMIT);
    expect(() => cell.setValue('y'.repeat(LIMIT + 1))).toThrow(CELL_LIMIT_MESSAGE);
    expect(cell.getValue()).toBe('x'.repeat(LIMIT));
  });

  test('the error is an Exception, as Apps Script prints it', () => {
    const { sheet } = fresh();
    let caught: unknown;
    try {
      sheet.getRange('A1').setValue('x'.repeat(LIMIT + 1));
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).toBe(`Exception: ${CELL_LIMIT_MESSAGE}`);
  });

  test('setValues fails as a whole: no cell of the call is written', () => {
    const { emulator, sheet } = fresh();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    expect(() =>
      sheet.getRange('A1:C2').setValues([
        ['new a', 'new b', 'new c'],
        ['d', 'e'.repeat(LIMIT + 1), 'f'],
      ]),
    ).toThrow(CELL_LIMIT_MESSAGE);
    expect(emulator.values('Sheet1')).toEqual([['a', 'b', 'c']]);
  });

  test('appendRow fails as a whole and the sheet does not grow', () => {
    const { sheet } = fresh();
    expect(() =>
      sheet.appendRow(['Kent', 'x'.repeat(LIMIT + 1), ...new Array(30).fill('')]),
    ).toThrow(CELL_LIMIT_MESSAGE);
    expect([sheet.getLastRow(), sheet.getMaxColumns()]).toEqual([0, 26]);
  });

  test('a formula longer than 50,000 characters is refused too', () => {
    const { sheet } = fresh();
    const long = `="${'x'.repeat(LIMIT)}"`;
    expect(() => sheet.getRange('A1').setFormula(long)).toThrow(CELL_LIMIT_MESSAGE);
    expect(() => sheet.getRange('A1:B1').setFormulas([['=1', long]])).toThrow(CELL_LIMIT_MESSAGE);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  test('characters are counted, whatever their script', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue('é'.repeat(LIMIT));
    expect(() => sheet.getRange('A1').setValue('é'.repeat(LIMIT + 1))).toThrow(CELL_LIMIT_MESSAGE);
  });

  test('notes have no such limit', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setNote('n'.repeat(LIMIT + 1));
    expect(sheet.getRange('A1').getNote()).toHaveLength(LIMIT + 1);
  });

  test('seeding refuses a longer cell as well', () => {
    const { emulator } = fresh();
    expect(() => emulator.addSheet('Big', [['x'.repeat(LIMIT + 1)]])).toThrow(CELL_LIMIT_MESSAGE);
  });

  test('a loaded script sees the failed call counted and the error as its own Error', () => {
    const { emulator } = fresh();
    const context = emulator.load(`
      function write(text) {
        try {
          SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(text);
          return 'written';
        } catch (e) {
          return [e instanceof Error, e.name, e.message];
        }
      }`);
    expect(emulator.run(context, 'write', 'x'.repeat(LIMIT + 1))).toEqual([
      true,
      'Exception',
      CELL_LIMIT_MESSAGE,
    ]);
    expect(emulator.calls.count('Range.setValue')).toBe(1);
  });
});
