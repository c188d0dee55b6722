import { civil } from '../../../src/domain/rules/civil-date';
import { monthAndYear, monthSpan } from '../../../src/domain/rules/date-words';

test('monthAndYear', () => {
  expect(monthAndYear(civil('2026-08-31'))).toBe('Aug 2026');
  expect(monthAndYear(civil('2027-01-01'))).toBe('Jan 2027');
});

test.each([
  ['2027-01-11', '2027-05-20', 'Jan-May 2027'],
  ['2026-11-22', '2027-03-01', 'Nov 2026-Mar 2027'],
  ['2027-05-01', '2027-05-31', 'May 2027'],
])('monthSpan %s to %s is %s', (from, to, words) => {
  expect(monthSpan(civil(from), civil(to))).toBe(words);
});
