/** Spreadsheet, Sheet and Range structure: A1 notation, bounds, shapes, sheets, rules, protections. */
import { AppsScriptEmulator, OUTSIDE_SHEET } from '../../emulator';
import { columnLetters, columnNumber, formatA1, parseA1 } from '../../emulator/a1';

function fresh() {
  const emulator = new AppsScriptEmulator();
  const { SpreadsheetApp } = emulator.globals;
  return { emulator, SpreadsheetApp, sheet: emulator.sheet('Sheet1') };
}

describe('A1 notation', () => {
  test.each<[string, number]>([
    ['A', 1],
    ['Z', 26],
    ['AA', 27],
    ['AZ', 52],
    ['BA', 53],
    ['ZZ', 702],
    ['AAA', 703],
    ['XFD', 16384],
  ])('column %s is %i and back', (letters, number) => {
    expect(columnNumber(letters)).toBe(number);
    expect(columnLetters(number)).toBe(letters);
  });

  test.each<[string, ReturnType<typeof parseA1>]>([
    ['A1', { row: 1, column: 1, lastRow: 1, lastColumn: 1, form: 'cells' }],
    ['AA10', { row: 10, column: 27, lastRow: 10, lastColumn: 27, form: 'cells' }],
    ['B2:D10', { row: 2, column: 2, lastRow: 10, lastColumn: 4, form: 'cells' }],
    ['D10:B2', { row: 2, column: 2, lastRow: 10, lastColumn: 4, form: 'cells' }],
    ['$B$2:$D10', { row: 2, column: 2, lastRow: 10, lastColumn: 4, form: 'cells' }],
    ['b2:d10', { row: 2, column: 2, lastRow: 10, lastColumn: 4, form: 'cells' }],
    ['A:A', { row: 1, column: 1, lastRow: undefined, lastColumn: 1, form: 'columns' }],
    ['C:A', { row: 1, column: 1, lastRow: undefined, lastColumn: 3, form: 'columns' }],
    ['2:5', { row: 2, column: 1, lastRow: 5, lastColumn: undefined, form: 'rows' }],
    ['A2:C', { row: 2, column: 1, lastRow: undefined, lastColumn: 3, form: 'open-rows' }],
  ])('%s', (text, reference) => {
    expect(parseA1(text)).toEqual(reference);
  });

  test.each([
    '',
    'A',
    '1',
    'A0',
    '1A',
    'A1:B2:C3',
    'A1:',
    ':A1',
    'A-1',
    'AAAA1',
    'A1.5',
    'Sheet1!A1',
    'A:1',
  ])('%j is not A1 notation', (text) => {
    expect(parseA1(text)).toBeUndefined();
  });

  test('getA1Notation prints each form back as it was asked for', () => {
    const { sheet } = fresh();
    for (const text of ['A1', 'B2:D10', 'A:A', 'B:D', '2:5', 'A2:C'])
      expect(sheet.getRange(text).getA1Notation()).toBe(text);
    expect(sheet.getRange('D10:B2').getA1Notation()).toBe('B2:D10');
    expect(sheet.getRange(2, 25, 3, 2).getA1Notation()).toBe('Y2:Z4');
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getRange(2, 27, 3, 2).getA1Notation()).toBe('AA2:AB4');
    expect(sheet.getRange('AA10').getColumn()).toBe(27);
    expect(sheet.getRange(1, 1, 1000, 1).getA1Notation()).toBe('A1:A1000');
    expect(formatA1(5, 3, 1, 1)).toBe('C5');
  });

  test('ranges from A1 notation have their position and size', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('B2:D10');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 2, 9, 3,
    ]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([10, 4]);
    const column = sheet.getRange('C:C');
    expect([
      column.getRow(),
      column.getColumn(),
      column.getNumRows(),
      column.getNumColumns(),
    ]).toEqual([1, 3, 1000, 1]);
    const rows = sheet.getRange('3:4');
    expect([rows.getRow(), rows.getNumRows(), rows.getNumColumns()]).toEqual([3, 2, 26]);
    expect(sheet.getRange('A2:B').getNumRows()).toBe(999);
  });

  test('text that is not a range is "Range not found"', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange('Z0')).toThrow('Range not found');
    expect(() => sheet.getRange('')).toThrow('Range not found');
  });

  test('Spreadsheet.getRange takes a sheet name, quoted or not', () => {
    const { emulator } = fresh();
    emulator.addSheet('Reminder log', [['Time', 'Authority']]);
    expect(emulator.spreadsheet.getRange("'Reminder log'!B1").getValue()).toBe('Authority');
    expect(emulator.spreadsheet.getRange('Sheet1!A1').getSheet().getName()).toBe('Sheet1');
    expect(() => emulator.spreadsheet.getRange('Nowhere!A1')).toThrow('Range not found');
  });
});

describe('range bounds', () => {
  test('a new sheet is 1000 rows by 26 columns', () => {
    const { sheet } = fresh();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    expect(sheet.getRange(1, 1, 1000, 26).getNumRows()).toBe(1000);
  });

  test.each<[number, number, number, number]>([
    [1001, 1, 1, 1],
    [1, 27, 1, 1],
    [999, 1, 3, 1],
    [1, 25, 1, 3],
  ])('getRange(%i, %i, %i, %i) is outside the sheet', (row, column, numRows, numColumns) => {
    const { sheet } = fresh();
    expect(() => sheet.getRange(row, column, numRows, numColumns)).toThrow(OUTSIDE_SHEET);
  });

  test.each(['AA1', 'A1001', 'A1:AA1', 'A:AA', '1:1001'])(
    'getRange(%j) is outside the sheet',
    (a1) => {
      const { sheet } = fresh();
      expect(() => sheet.getRange(a1)).toThrow(OUTSIDE_SHEET);
    },
  );

  test('the exact message, as Sheets words it', () => {
    expect(OUTSIDE_SHEET).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  test('starts and sizes below 1 have their own messages', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
  });

  test('wrong argument types do not match the signature', () => {
    const { sheet } = fresh();
    expect(() => (sheet.getRange as (...args: unknown[]) => unknown)(1)).toThrow(
      "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
    expect(() => (sheet.getRange as (...args: unknown[]) => unknown)('1', 2)).toThrow(
      "don't match",
    );
  });

  test('inserted columns and rows extend what can be reached', () => {
    const { sheet } = fresh();
    sheet.insertColumnsAfter(26, 2);
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange('AB1005').getA1Notation()).toBe('AB1005');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1005, 28]);
  });

  test('getCell and offset stay inside', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('B2:C3');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => range.getCell(3, 1)).toThrow('Cell reference out of range');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(() => range.offset(-2, 0)).toThrow('The starting row of the range is too small.');
  });
});

describe('setValues checks the shape of the data', () => {
  test('too many rows', () => {
    const { sheet } = fresh();
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.',
    );
  });

  test('too few columns in one row', () => {
    const { sheet } = fresh();
    expect(() =>
      sheet.getRange('A1:C2').setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  test('a flat array does not match the signature', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange('A1:B1').setValues(['a', 'b'] as unknown as unknown[][])).toThrow(
      "The parameters (string[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test('notes, formats, validations and weights are checked the same way', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('A1:B1');
    expect(() => range.setNotes([['a']])).toThrow('The data has 1 but the range has 2.');
    expect(() => range.setNumberFormats([['0'], ['0']])).toThrow('The number of rows in the data');
    expect(() => range.setDataValidations([[null]])).toThrow('The number of columns in the data');
    expect(() => range.setFontWeights([['bold']])).toThrow('The number of columns in the data');
  });
});

describe('sheets', () => {
  test('insertSheet adds a 1000 x 26 sheet at the end and refuses a name in use, whatever its case', () => {
    const { emulator } = fresh();
    const tracker = emulator.spreadsheet.insertSheet('Tracker');
    expect(tracker.getName()).toBe('Tracker');
    expect([tracker.getMaxRows(), tracker.getMaxColumns()]).toEqual([1000, 26]);
    expect(emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Sheet1',
      'Tracker',
    ]);
    expect(() => emulator.spreadsheet.insertSheet('Tracker')).toThrow(
      'A sheet with the name "Tracker" already exists. Please enter another name.',
    );
    expect(() => emulator.spreadsheet.insertSheet('TRACKER')).toThrow('already exists');
  });

  test('getSheetByName finds a sheet or gives null', () => {
    const { emulator } = fresh();
    emulator.addSheet('Settings');
    expect(emulator.spreadsheet.getSheetByName('Settings')?.getName()).toBe('Settings');
    expect(emulator.spreadsheet.getSheetByName('Nope')).toBeNull();
  });

  test('an unnamed sheet gets the next free SheetN, and the new sheet is active', () => {
    const { emulator } = fresh();
    const sheet = emulator.spreadsheet.insertSheet();
    expect(sheet.getName()).toBe('Sheet2');
    expect(emulator.spreadsheet.getActiveSheet().getName()).toBe('Sheet2');
    expect(emulator.spreadsheet.insertSheet('First', 0).getIndex()).toBe(1);
  });

  test('Range.activate selects the range and brings its sheet to the front; A1 until then', () => {
    const { emulator } = fresh();
    const tracker = emulator.addSheet('Tracker', [['Authority'], ['Kent'], ['Leeds']]);
    const book = emulator.globals.SpreadsheetApp.getActive();
    expect(book.getActiveSheet().getName()).toBe('Sheet1');
    expect(book.getActiveRange()?.getA1Notation()).toBe('A1');
    const row = book.getSheetByName('Tracker')!.getRange('3:3').activate();
    expect(row.getA1Notation()).toBe('3:3');
    expect(book.getActiveSheet().getName()).toBe('Tracker');
    expect(emulator.globals.SpreadsheetApp.getActiveRange()?.getA1Notation()).toBe('3:3');
    expect(emulator.calls.count('Range.activate')).toBe(1);
    emulator.sheet('Sheet1').activate();
    expect(book.getActiveSheet().getName()).toBe('Sheet1');
    expect(book.getActiveRange()?.getA1Notation()).toBe('A1');
    tracker.activate();
    expect(book.getActiveRange()?.getA1Notation()).toBe('A1');
  });

  test('the spreadsheet defaults and settings', () => {
    const emulator = new AppsScriptEmulator({
      spreadsheetName: 'ILACS tracker',
      spreadsheetId: 'abc',
    });
    expect(emulator.spreadsheet.getName()).toBe('ILACS tracker');
    expect(emulator.spreadsheet.getId()).toBe('abc');
    expect(emulator.spreadsheet.getSpreadsheetLocale()).toBe('en_GB');
    expect(emulator.spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/London');
  });

  test('deleteSheet keeps at least one', () => {
    const { emulator } = fresh();
    const other = emulator.addSheet('Other');
    emulator.spreadsheet.deleteSheet(other);
    expect(emulator.spreadsheet.getSheets()).toHaveLength(1);
    expect(() => emulator.spreadsheet.deleteSheet(emulator.sheet('Sheet1'))).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  test('the options can seed several sheets', () => {
    const emulator = new AppsScriptEmulator({
      sheets: { Tracker: [['Authority'], ['Kent']], Settings: [] },
    });
    expect(emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Tracker',
      'Settings',
    ]);
    expect(emulator.values('Tracker')).toEqual([['Authority'], ['Kent']]);
    expect(emulator.values('Settings')).toEqual([['']]);
  });

  test('addSheet grows the sheet for large data', () => {
    const { emulator } = fresh();
    const rows = Array.from({ length: 1500 }, (_, index) => [
      index,
      ...new Array<number>(29).fill(1),
    ]);
    const sheet = emulator.addSheet('Big', rows);
    expect([
      sheet.getMaxRows(),
      sheet.getMaxColumns(),
      sheet.getLastRow(),
      sheet.getLastColumn(),
    ]).toEqual([1500, 30, 1500, 30]);
  });
});

describe('last row, data range and appendRow', () => {
  test('getLastRow and getLastColumn count content only', () => {
    const { sheet } = fresh();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue('x');
    sheet.getRange('A10').setNote('a note').setNumberFormat('0.00');
    sheet.getRange('Z20').setFontWeight('bold');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    sheet.getRange('C5').clearContent();
    expect(sheet.getLastRow()).toBe(0);
  });

  test('appendRow writes after the last row with content, as typed input', () => {
    const { emulator, sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['Time', 'Count']]);
    sheet.appendRow(['2024-03-11', '7']);
    expect(sheet.getLastRow()).toBe(2);
    expect(emulator.values('Sheet1')[1]?.[1]).toBe(7);
    expect(emulator.values('Sheet1')[1]?.[0]).toBeInstanceOf(Date);
  });

  test('appendRow grows the sheet when it is full, in rows and columns', () => {
    const { sheet } = fresh();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(new Array(30).fill('x'));
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]).toEqual([
      1001, 30, 1001,
    ]);
    expect(sheet.getRange('AD1001').getValue()).toBe('x');
  });
});

describe('inserting rows and columns', () => {
  test('values move down and right; new cells are empty', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B2').setValues([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    sheet.insertRowsAfter(1, 2);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:C4').getValues()).toEqual([
      ['a', '', 'b'],
      ['', '', ''],
      ['', '', ''],
      ['c', '', 'd'],
    ]);
  });

  test('new rows take the formats, bold and validation of the row above, not its values or notes', () => {
    const { SpreadsheetApp, sheet } = fresh();
    const rule = SpreadsheetApp.newDataValidation().requireDate().build();
    sheet
      .getRange('A2')
      .setValue('2024-03-11')
      .setNote('n')
      .setFontWeight('bold')
      .setDataValidation(rule);
    sheet.insertRowsAfter(2, 1);
    const added = sheet.getRange('A3');
    expect([
      added.getValue(),
      added.getNote(),
      added.getFontWeight(),
      added.getNumberFormat(),
    ]).toEqual(['', '', 'bold', 'yyyy-mm-dd']);
    expect(added.getDataValidation()?.getCriteriaType()).toBe(
      SpreadsheetApp.DataValidationCriteria.DATE_IS_VALID_DATE,
    );
  });

  test('insertRowsBefore and insertColumnsBefore', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue('x');
    sheet.insertRowsBefore(1, 1);
    sheet.insertColumnsBefore(1, 2);
    expect(sheet.getRange('C2').getValue()).toBe('x');
    expect(sheet.getLastRow()).toBe(2);
  });

  test('out of bounds positions are refused', () => {
    const { sheet } = fresh();
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertColumnsAfter(0, 1)).toThrow('Those columns are out of bounds.');
  });

  test('hidden columns move with their column', () => {
    const { sheet } = fresh();
    sheet.hideColumns(3);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    expect(sheet.isColumnHiddenByUser(5)).toBe(true);
  });
});

describe('frozen rows and hidden columns', () => {
  test('frozen rows and columns are kept', () => {
    const { sheet } = fresh();
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect(() => sheet.setFrozenRows(-1)).toThrow('out of bounds');
  });

  test('hideColumns and showColumns, one or several', () => {
    const { sheet } = fresh();
    sheet.hideColumns(2, 3);
    expect([1, 2, 3, 4, 5].map((column) => sheet.isColumnHiddenByUser(column))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    sheet.showColumns(3);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    expect(() => sheet.hideColumns(26, 2)).toThrow('Those columns are out of bounds.');
  });
});

describe('notes, number formats and font weight', () => {
  test('notes read back, blank as empty strings', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setNotes([['Computed', null]]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['Computed', '']]);
    sheet.getRange('A1').setNote(null);
    expect(sheet.getRange('A1').getNote()).toBe('');
    sheet.getRange('C1:D1').setNote('both');
    expect(sheet.getRange('C1:D1').getNotes()).toEqual([['both', 'both']]);
  });

  test('number formats: the automatic one until set', () => {
    const { sheet } = fresh();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A1:B1').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('C1:D1').setNumberFormats([['@', '0.00']]);
    expect(sheet.getRange('A1:D1').getNumberFormats()).toEqual([
      ['yyyy-mm-dd', 'yyyy-mm-dd', '@', '0.00'],
    ]);
  });

  test('header bold', () => {
    const { sheet } = fresh();
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    sheet.getRange('A1:C1').setFontWeight('bold');
    expect(sheet.getRange('A1:D1').getFontWeights()).toEqual([['bold', 'bold', 'bold', 'normal']]);
    sheet.getRange('B1').setFontWeight(null);
    expect(sheet.getRange('B1').getFontWeight()).toBe('normal');
    expect(() => sheet.getRange('A1').setFontWeight('heavy' as 'bold')).toThrow("don't match");
  });
});

describe('data validation', () => {
  const { SpreadsheetApp } = fresh();
  const Criteria = SpreadsheetApp.DataValidationCriteria;

  test('a list, with its dropdown shown unless told', () => {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['On', 'Paused'])
      .setAllowInvalid(false)
      .setHelpText('On or Paused')
      .build();
    expect(rule.getCriteriaType()).toBe(Criteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['On', 'Paused'], true]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe('On or Paused');
    const hidden = SpreadsheetApp.newDataValidation().requireValueInList(['a'], false).build();
    expect(hidden.getCriteriaValues()).toEqual([['a'], false]);
    expect(hidden.getAllowInvalid()).toBe(true);
    expect(hidden.getHelpText()).toBe('');
  });

  test.each<
    [
      string,
      (
        builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      ) => GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      string,
      unknown[],
    ]
  >([
    ['requireDate', (builder) => builder.requireDate(), 'DATE_IS_VALID_DATE', []],
    [
      'requireNumberGreaterThanOrEqualTo',
      (builder) => builder.requireNumberGreaterThanOrEqualTo(0),
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      [0],
    ],
    [
      'requireNumberBetween',
      (builder) => builder.requireNumberBetween(0, 23),
      'NUMBER_BETWEEN',
      [0, 23],
    ],
    ['requireTextIsEmail', (builder) => builder.requireTextIsEmail(), 'TEXT_IS_VALID_EMAIL', []],
    ['requireCheckbox', (builder) => builder.requireCheckbox(), 'CHECKBOX', []],
    [
      'requireCheckbox(yes, no)',
      (builder) => builder.requireCheckbox('Yes', 'No'),
      'CHECKBOX',
      ['Yes', 'No'],
    ],
    [
      'requireFormulaSatisfied',
      (builder) => builder.requireFormulaSatisfied('=A1>0'),
      'CUSTOM_FORMULA',
      ['=A1>0'],
    ],
  ])('%s', (_, build, criteria, values) => {
    const rule = build(SpreadsheetApp.newDataValidation()).build();
    expect(rule.getCriteriaType()).toBe(Criteria[criteria as keyof typeof Criteria]);
    expect(String(rule.getCriteriaType())).toBe(criteria);
    expect(rule.getCriteriaValues()).toEqual(values);
  });

  test('enum values are distinct objects that print as their names', () => {
    expect(Criteria.CHECKBOX).not.toBe(Criteria.CUSTOM_FORMULA);
    expect(`${String(SpreadsheetApp.ProtectionType.RANGE)}`).toBe('RANGE');
    expect(JSON.stringify({ type: Criteria.VALUE_IN_LIST })).toBe('{"type":"VALUE_IN_LIST"}');
  });

  test('build needs criteria', () => {
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow('criteria');
  });

  test('copy gives a builder that changes without changing the rule', () => {
    const rule = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build();
    const changed = rule.copy().requireNumberBetween(1, 9).setHelpText('1 to 9').build();
    expect(rule.getCriteriaValues()).toEqual([1, 5]);
    expect(changed.getCriteriaValues()).toEqual([1, 9]);
    expect(changed.getHelpText()).toBe('1 to 9');
  });

  test('criteria values handed out are copies', () => {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).build();
    (rule.getCriteriaValues()[0] as string[]).push('c');
    expect(rule.getCriteriaValues()[0]).toEqual(['a', 'b']);
  });

  test('rules are set on ranges, read per cell, and cleared with null', () => {
    const { sheet } = fresh();
    const rule = SpreadsheetApp.newDataValidation().requireTextIsEmail().build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    const rules = sheet.getRange('A2:B3').getDataValidations();
    expect(
      rules.map((line) => line.map((each) => (each ? String(each.getCriteriaType()) : null))),
    ).toEqual([
      [null, 'TEXT_IS_VALID_EMAIL'],
      [null, 'TEXT_IS_VALID_EMAIL'],
    ]);
    expect(sheet.getRange('B2').getDataValidation()?.getCriteriaType()).toBe(
      Criteria.TEXT_IS_VALID_EMAIL,
    );
    sheet.getRange('B2').setDataValidation(null);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    sheet.getRange('B3').clearDataValidations();
    expect(sheet.getRange('B3').getDataValidation()).toBeNull();
  });

  test('a checkbox turns empty cells into unchecked boxes, which count as content', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue(true);
    sheet
      .getRange('A1:A3')
      .setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[true], [false], [false]]);
    expect(sheet.getRange('A3').getDisplayValue()).toBe('FALSE');
    expect(sheet.getLastRow()).toBe(3);
  });

  test('script writes are not checked against the rule, as in Sheets', () => {
    const { sheet } = fresh();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['On', 'Paused'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('A1').setDataValidation(rule).setValue('Maybe');
    expect(sheet.getRange('A1').getValue()).toBe('Maybe');
  });

  test('something that is not a rule is refused', () => {
    const { sheet } = fresh();
    expect(() =>
      sheet.getRange('A1').setDataValidation({} as GoogleAppsScript.Spreadsheet.DataValidation),
    ).toThrow(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
  });
});

describe('conditional format rules', () => {
  test('a formula rule with its format and ranges, set on a sheet and read back', () => {
    const { SpreadsheetApp, sheet } = fresh();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$L2="Overdue"')
      .setBackground('#F4CCCC')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('A2:Z1000')])
      .build();
    const amber = SpreadsheetApp.newConditionalFormatRule()
      .whenTextContains('Due soon')
      .setBackground('#fc0')
      .setRanges([sheet.getRange('L2:L1000'), sheet.getRange('M2:M1000')])
      .build();
    sheet.setConditionalFormatRules([rule, amber]);
    const [first, second] = sheet.getConditionalFormatRules();
    expect(first?.getRanges().map((range) => range.getA1Notation())).toEqual(['A2:Z1000']);
    const condition = first?.getBooleanCondition();
    expect(condition?.getCriteriaType()).toBe(SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA);
    expect(condition?.getCriteriaValues()).toEqual(['=$L2="Overdue"']);
    expect([
      condition?.getBackground(),
      condition?.getFontColor(),
      condition?.getBold(),
      condition?.getItalic(),
    ]).toEqual(['#f4cccc', '#990000', true, null]);
    expect(String(second?.getBooleanCondition()?.getCriteriaType())).toBe('TEXT_CONTAINS');
    expect(second?.getBooleanCondition()?.getBackground()).toBe('#ffcc00');
    expect(second?.getRanges().map((range) => range.getA1Notation())).toEqual([
      'L2:L1000',
      'M2:M1000',
    ]);
    expect(first?.getGradientCondition()).toBeNull();
  });

  test('setConditionalFormatRules replaces them all; copy makes an independent builder', () => {
    const { SpreadsheetApp, sheet } = fresh();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([sheet.getRange('A1')])
      .build();
    sheet.setConditionalFormatRules([rule, rule]);
    const changed = rule.copy().whenNumberBetween(1, 2).build();
    sheet.setConditionalFormatRules([changed]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    expect(
      sheet.getConditionalFormatRules()[0]?.getBooleanCondition()?.getCriteriaValues(),
    ).toEqual([1, 2]);
    expect(rule.getBooleanCondition()?.getCriteriaType()).toBe(
      SpreadsheetApp.BooleanCriteria.CELL_EMPTY,
    );
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  test('rule ranges move and grow with inserted rows', () => {
    const { SpreadsheetApp, sheet } = fresh();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setRanges([sheet.getRange('B5:B10'), sheet.getRange('C2:C3')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsAfter(6, 2);
    sheet.insertRowsAfter(1, 1);
    expect(
      sheet
        .getConditionalFormatRules()[0]
        ?.getRanges()
        .map((range) => range.getA1Notation()),
    ).toEqual(['B6:B13', 'C3:C4']);
  });

  test('a rule needs a condition', () => {
    const { SpreadsheetApp } = fresh();
    expect(() =>
      SpreadsheetApp.newConditionalFormatRule().setBackground('#ff0000').build(),
    ).toThrow('condition');
  });
});

describe('protections', () => {
  test('a range protection with its description, warning and range', () => {
    const { SpreadsheetApp, emulator, sheet } = fresh();
    const protection = sheet
      .getRange('M1:Z1000')
      .protect()
      .setDescription('Computed columns')
      .setWarningOnly(true);
    expect(protection.getDescription()).toBe('Computed columns');
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.getRange().getA1Notation()).toBe('M1:Z1000');
    expect(protection.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.RANGE);
    const listed = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(listed.map((each) => each.getDescription())).toEqual(['Computed columns']);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
    expect(emulator.spreadsheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(
      1,
    );
    protection.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
  });

  test('new protections are not warning-only and have no description', () => {
    const { sheet } = fresh();
    const protection = sheet.getRange('A1').protect();
    expect([protection.getDescription(), protection.isWarningOnly(), protection.canEdit()]).toEqual(
      ['', false, true],
    );
  });

  test('a sheet protection covers the sheet, and protecting again gives the same one', () => {
    const { SpreadsheetApp, sheet } = fresh();
    const protection = sheet.protect().setDescription('Log');
    expect(sheet.protect().getDescription()).toBe('Log');
    expect(protection.getRange().getA1Notation()).toBe('A1:Z1000');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    protection.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });

  test('protected ranges move with inserted columns', () => {
    const { sheet } = fresh();
    const protection = sheet.getRange('C1:D5').protect();
    sheet.insertColumnsAfter(1, 1);
    expect(protection.getRange().getA1Notation()).toBe('D1:E5');
    sheet.insertColumnsAfter(4, 2);
    expect(protection.getRange().getA1Notation()).toBe('D1:G5');
    sheet.insertColumnsAfter(7, 1);
    expect(protection.getRange().getA1Notation()).toBe('D1:G5');
  });
});
