/**
 * A sanity check that a 10,000-row, 30-column sheet round-trips through setValues and getValues,
 * from a loaded script, with every kind of value. It asserts correctness only; the time is
 * printed by jest (a slow emulator shows as a slow test, not a flaky failure).
 */
import { AppsScriptEmulator } from '../../emulator';
import { parseDate } from '../../emulator/utilities';

const ROWS = 10_000;
const COLUMNS = 30;

function cell(row: number, column: number): unknown {
  switch (column % 6) {
    case 0:
      return `Authority ${row}`;
    case 1:
      return row * 1.5 + column;
    case 2:
      return row % 2 === 0;
    case 3:
      return parseDate(
        `20${10 + (row % 20)}-0${1 + (column % 9)}-${String(1 + (row % 28)).padStart(2, '0')}`,
        'Europe/London',
        'yyyy-MM-dd',
      );
    case 4:
      return row % 7 === 0 ? '' : `${row}`;
    default:
      return `note ${column}`;
  }
}

test('10,000 x 30 values written by setValues read back equal through getValues', () => {
  const emulator = new AppsScriptEmulator();
  const rows = Array.from({ length: ROWS }, (_, row) =>
    Array.from({ length: COLUMNS }, (_, column) => cell(row, column)),
  );
  const context = emulator.load(`
    function roundTrip(rows) {
      var sheet = SpreadsheetApp.getActive().insertSheet('Big');
      sheet.insertRowsAfter(1000, rows.length - 1000);
      sheet.insertColumnsAfter(26, rows[0].length - 26);
      sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
      return sheet.getDataRange().getValues();
    }`);
  const values = emulator.run(context, 'roundTrip', rows) as unknown[][];
  const expected = rows.map((line) =>
    line.map((value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)),
  );
  expect(values).toHaveLength(ROWS);
  expect(values).toEqual(expected);
  expect(emulator.calls.count('Range.setValues')).toBe(1);
  expect(emulator.sheet('Big').getLastRow()).toBe(ROWS);
});
