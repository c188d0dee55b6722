/** Developer metadata on columns, rows, sheets and the spreadsheet; deleting rows and columns. */
import { ARBITRARY_RANGE, AppsScriptEmulator } from '../../emulator';

function fresh() {
  const emulator = new AppsScriptEmulator();
  const { SpreadsheetApp } = emulator.globals;
  const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1')!;
  return { emulator, SpreadsheetApp, sheet };
}

function columnOf(metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata): number | undefined {
  return metadata.getLocation().getColumn()?.getColumn();
}

describe('developer metadata on a column', () => {
  test('added to C:C, read back with its key, value, id, visibility and location', () => {
    const { SpreadsheetApp, sheet } = fresh();
    const column = sheet.getRange('C:C');
    expect(column.addDeveloperMetadata('ilacs.column', 'status')).toBe(column);
    const [metadata, ...others] = column.getDeveloperMetadata();
    expect(others).toEqual([]);
    expect(metadata?.getKey()).toBe('ilacs.column');
    expect(metadata?.getValue()).toBe('status');
    expect(metadata?.getId()).toEqual(expect.any(Number));
    expect(metadata?.getVisibility()).toBe(SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    const location = metadata!.getLocation();
    expect(location.getLocationType()).toBe(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN);
    expect(location.getColumn()?.getColumn()).toBe(3);
    expect(location.getColumn()?.getA1Notation()).toBe('C:C');
    expect([location.getRow(), location.getSheet(), location.getSpreadsheet()]).toEqual([
      null,
      null,
      null,
    ]);
  });

  test('a whole column by position, getRange(1, column, getMaxRows(), 1), works too', () => {
    const { sheet } = fresh();
    sheet.getRange(1, 5, sheet.getMaxRows(), 1).addDeveloperMetadata('k', 'v');
    expect(
      sheet
        .getRange('E:E')
        .getDeveloperMetadata()
        .map((each) => each.getValue()),
    ).toEqual(['v']);
  });

  test('anything but a whole row or column is refused, as Sheets refuses it', () => {
    const { sheet } = fresh();
    for (const a1 of ['C1:C999', 'C2:C', 'A1', 'B2:D4', 'C:D', '2:3'])
      expect(() => sheet.getRange(a1).addDeveloperMetadata('k')).toThrow(ARBITRARY_RANGE);
    expect(ARBITRARY_RANGE).toMatch(/^Adding developer metadata to arbitrary ranges/);
  });

  test('a cell of the column does not have its metadata; the column and its finder do', () => {
    const { sheet } = fresh();
    sheet.getRange('G:G').addDeveloperMetadata('k', 'v');
    expect(sheet.getRange('G3').getDeveloperMetadata()).toEqual([]);
    expect(sheet.getRange('G:G').getDeveloperMetadata()).toHaveLength(1);
    expect(sheet.getRange('G1:G10').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(
      sheet.getRange('G1:G10').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(1);
    expect(sheet.getRange('F:H').createDeveloperMetadataFinder().find()).toHaveLength(1);
  });

  test('keys, values and visibility as addDeveloperMetadata takes them', () => {
    const { SpreadsheetApp, sheet } = fresh();
    const { PROJECT } = SpreadsheetApp.DeveloperMetadataVisibility;
    sheet.getRange('A:A').addDeveloperMetadata('key only');
    sheet.getRange('B:B').addDeveloperMetadata('with visibility', PROJECT);
    sheet.getRange('C:C').addDeveloperMetadata('all three', 'v', PROJECT);
    const found = sheet.createDeveloperMetadataFinder().find();
    expect(
      found.map((each) => [each.getKey(), each.getValue(), String(each.getVisibility())]),
    ).toEqual([
      ['key only', null, 'DOCUMENT'],
      ['with visibility', null, 'PROJECT'],
      ['all three', 'v', 'PROJECT'],
    ]);
    expect(() => sheet.getRange('D:D').addDeveloperMetadata('')).toThrow(
      "don't match the method signature",
    );
  });

  test('setValue, setKey and remove change what is found', () => {
    const { sheet } = fresh();
    sheet.getRange('C:C').addDeveloperMetadata('ilacs.column', 'status');
    const [metadata] = sheet.createDeveloperMetadataFinder().withKey('ilacs.column').find();
    metadata!.setValue('explanation').setKey('ilacs.col');
    expect(sheet.getRange('C:C').getDeveloperMetadata()[0]?.getValue()).toBe('explanation');
    expect(sheet.createDeveloperMetadataFinder().withKey('ilacs.column').find()).toEqual([]);
    metadata!.remove();
    expect(sheet.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  test('the finder filters by key, value, id, location type and visibility', () => {
    const { SpreadsheetApp, emulator, sheet } = fresh();
    const types = SpreadsheetApp.DeveloperMetadataLocationType;
    sheet.getRange('B:B').addDeveloperMetadata('ilacs.column', 'authority');
    sheet.getRange('D:D').addDeveloperMetadata('ilacs.column', 'status');
    sheet.getRange('4:4').addDeveloperMetadata('ilacs.row', 'kent');
    sheet.addDeveloperMetadata('ilacs.sheet', 'tracker');
    SpreadsheetApp.getActive().addDeveloperMetadata('ilacs.version', '1');
    const finder = () => sheet.createDeveloperMetadataFinder();
    expect(finder().withKey('ilacs.column').find().map(columnOf)).toEqual([2, 4]);
    expect(finder().withKey('ilacs.column').withValue('status').find().map(columnOf)).toEqual([4]);
    expect(finder().withLocationType(types.ROW).find()[0]?.getLocation().getRow()?.getRow()).toBe(
      4,
    );
    expect(finder().withLocationType(types.SHEET).find()[0]?.getValue()).toBe('tracker');
    expect(finder().find()).toHaveLength(4);
    const spreadsheetFinder = SpreadsheetApp.getActive().createDeveloperMetadataFinder();
    expect(spreadsheetFinder.find()).toHaveLength(5);
    const id = finder().withValue('status').find()[0]!.getId();
    expect(finder().withId(id).find().map(columnOf)).toEqual([4]);
    expect(
      finder().withVisibility(SpreadsheetApp.DeveloperMetadataVisibility.PROJECT).find(),
    ).toEqual([]);
    expect(emulator.calls.count('DeveloperMetadataFinder.find')).toBe(9);
    expect(emulator.calls.count('Range.addDeveloperMetadata')).toBe(3);
  });

  test('Sheet and Spreadsheet getDeveloperMetadata give only their own, not their columns', () => {
    const { SpreadsheetApp, sheet } = fresh();
    sheet.getRange('C:C').addDeveloperMetadata('column');
    expect(sheet.getDeveloperMetadata()).toEqual([]);
    expect(sheet.addDeveloperMetadata('sheet', 'v')).toBe(sheet);
    expect(sheet.getDeveloperMetadata().map((each) => each.getKey())).toEqual(['sheet']);
    expect(sheet.getDeveloperMetadata()[0]?.getLocation().getSheet()?.getName()).toBe('Sheet1');
    const spreadsheet = SpreadsheetApp.getActive();
    spreadsheet.addDeveloperMetadata('book');
    expect(spreadsheet.getDeveloperMetadata().map((each) => each.getKey())).toEqual(['book']);
    expect(spreadsheet.getDeveloperMetadata()[0]?.getLocation().getSpreadsheet()?.getId()).toBe(
      spreadsheet.getId(),
    );
  });

  test('metadata is invisible in the sheet: no value, note or format changes', () => {
    const { emulator, sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['Authority', 'Status']]);
    const before = emulator.storedSheet('Sheet1');
    sheet.getRange('B:B').addDeveloperMetadata('ilacs.column', 'status');
    expect(emulator.storedSheet('Sheet1')).toEqual(before);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 2]);
  });
});

describe('column metadata moves with its column', () => {
  function marked() {
    const { emulator, SpreadsheetApp, sheet } = fresh();
    sheet.getRange('A1:D1').setValues([['Authority', 'Status', 'Explanation', 'Notes']]);
    sheet.getRange('B:B').addDeveloperMetadata('ilacs.column', 'status');
    sheet.getRange('C:C').addDeveloperMetadata('ilacs.column', 'explanation');
    const where = () =>
      Object.fromEntries(
        sheet
          .createDeveloperMetadataFinder()
          .withKey('ilacs.column')
          .find()
          .map((each) => [each.getValue(), columnOf(each)]),
      );
    return { emulator, SpreadsheetApp, sheet, where };
  }

  test('columns inserted before it push it right; after it, nothing moves', () => {
    const { sheet, where } = marked();
    sheet.insertColumnBefore(1);
    expect(where()).toEqual({ status: 3, explanation: 4 });
    sheet.insertColumnsBefore(4, 2);
    expect(where()).toEqual({ status: 3, explanation: 6 });
    sheet.insertColumnAfter(6);
    sheet.insertColumnsAfter(3, 1);
    expect(where()).toEqual({ status: 3, explanation: 7 });
    expect(sheet.getRange(1, 3).getValue()).toBe('Status');
    expect(sheet.getRange(1, 7).getValue()).toBe('Explanation');
  });

  test('columns deleted before it pull it left; deleting its column removes it', () => {
    const { sheet, where } = marked();
    sheet.deleteColumn(1);
    expect(where()).toEqual({ status: 1, explanation: 2 });
    expect(sheet.getRange('A1').getValue()).toBe('Status');
    sheet.deleteColumns(1, 1);
    expect(where()).toEqual({ explanation: 1 });
    expect(sheet.getMaxColumns()).toBe(24);
  });

  test('a person moving columns around in the Sheet is what insert and delete model', () => {
    const { sheet, where } = marked();
    sheet.insertColumnsBefore(1, 3);
    sheet.deleteColumns(2, 2);
    expect(where()).toEqual({ status: 3, explanation: 4 });
    expect(sheet.getRange(1, 3).getValue()).toBe('Status');
  });

  test('row metadata moves with inserted and deleted rows the same way', () => {
    const { sheet } = fresh();
    sheet.getRange('5:5').addDeveloperMetadata('ilacs.row', 'kent');
    const row = () =>
      sheet.createDeveloperMetadataFinder().find()[0]?.getLocation().getRow()?.getRow();
    sheet.insertRowsBefore(2, 3);
    expect(row()).toBe(8);
    sheet.insertRowAfter(8);
    sheet.deleteRows(1, 2);
    expect(row()).toBe(6);
    sheet.deleteRow(6);
    expect(row()).toBeUndefined();
  });

  test('a location read before a move stays as it was; read again, it has moved', () => {
    const { sheet } = fresh();
    sheet.getRange('B:B').addDeveloperMetadata('k');
    const [metadata] = sheet.getRange('B:B').getDeveloperMetadata();
    const location = metadata!.getLocation();
    sheet.insertColumnBefore(1);
    expect(location.getColumn()?.getColumn()).toBe(2);
    expect(columnOf(metadata!)).toBe(3);
  });

  test('moveToColumn and moveToRow move it; deleting the sheet removes what was on it', () => {
    const { SpreadsheetApp, sheet } = fresh();
    sheet.getRange('B:B').addDeveloperMetadata('k');
    const [metadata] = sheet.getRange('B:B').getDeveloperMetadata();
    metadata!.moveToColumn(sheet.getRange('F:F'));
    expect(columnOf(metadata!)).toBe(6);
    expect(() => metadata!.moveToColumn(sheet.getRange('F1'))).toThrow(ARBITRARY_RANGE);
    metadata!.moveToRow(sheet.getRange('9:9'));
    expect(metadata!.getLocation().getRow()?.getA1Notation()).toBe('9:9');
    const spreadsheet = SpreadsheetApp.getActive();
    const other = spreadsheet.insertSheet('Other');
    other.getRange('A:A').addDeveloperMetadata('other');
    spreadsheet.deleteSheet(other);
    expect(
      spreadsheet
        .createDeveloperMetadataFinder()
        .find()
        .map((each) => each.getKey()),
    ).toEqual(['k']);
  });
});

describe('deleting rows and columns', () => {
  test('values, notes and formats to the right move left; the sheet shrinks', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:D1').setValues([['a', 'b', 'c', 'd']]);
    sheet.getRange('D1').setNote('note d').setNumberFormat('@');
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', 'd']]);
    expect(sheet.getRange('B1').getNote()).toBe('note d');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('@');
    expect(sheet.getMaxColumns()).toBe(24);
    expect(sheet.getLastColumn()).toBe(2);
  });

  test('rows below move up', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A4').setValues([['1'], ['2'], ['3'], ['4']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], [4]]);
    expect(sheet.getMaxRows()).toBe(998);
    expect(sheet.deleteRow(1)).toBe(sheet);
  });

  test('hidden and frozen columns follow', () => {
    const { sheet } = fresh();
    sheet.setFrozenColumns(2);
    sheet.hideColumns(5);
    sheet.deleteColumn(2);
    expect(sheet.getFrozenColumns()).toBe(1);
    expect(sheet.isColumnHiddenByUser(4)).toBe(true);
    expect(sheet.isColumnHiddenByUser(5)).toBe(false);
  });

  test('out of bounds, and all the non-frozen rows or columns, are refused', () => {
    const { sheet } = fresh();
    expect(() => sheet.deleteColumns(26, 2)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteColumn(0)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteRows(1000, 2)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteColumns(1, 26)).toThrow(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
  });

  test('protections and format rule ranges shrink and move, and go with their last column', () => {
    const { SpreadsheetApp, sheet } = fresh();
    const protection = sheet.getRange('C1:E5').protect();
    sheet.getRange('H1:H5').protect().setDescription('doomed');
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=TRUE')
        .setBold(true)
        .setRanges([sheet.getRange('D1:D9')])
        .build(),
    ]);
    sheet.deleteColumns(4, 1);
    expect(protection.getRange().getA1Notation()).toBe('C1:D5');
    sheet.deleteColumn(1);
    expect(protection.getRange().getA1Notation()).toBe('B1:C5');
    expect(sheet.getConditionalFormatRules()).toEqual([]);
    sheet.deleteColumn(6);
    const left = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(left.map((each) => each.getDescription())).toEqual(['']);
    sheet.deleteRows(1, 2);
    expect(protection.getRange().getA1Notation()).toBe('B1:C3');
  });
});
