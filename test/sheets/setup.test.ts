import { columnLetter } from '../../src/sheets/workbook';

test('column letters, 0-based', () => {
  expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
    'A',
    'Z',
    'AA',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});
