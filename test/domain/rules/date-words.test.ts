import { civil } from '../../../src/domain/rules/civil-date';
import {
  longDate,
  monthAndYear,
  monthSpan,
  relativeDays,
  shortDate,
} from '../../../src/domain/rules/date-words';

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

describe('UK dates in words', () => {
  test.each([
    ['2026-12-08', 'Tuesday 8 December 2026', '8 Dec 2026'],
    ['2026-12-01', 'Tuesday 1 December 2026', '1 Dec 2026'],
    ['2027-01-03', 'Sunday 3 January 2027', '3 Jan 2027'],
    ['2024-02-29', 'Thursday 29 February 2024', '29 Feb 2024'],
  ])('%s is %s, or %s', (iso, long, short) => {
    expect(longDate(civil(iso))).toBe(long);
    expect(shortDate(civil(iso))).toBe(short);
  });

  test.each([
    ['2026-12-01', 'today'],
    ['2026-12-02', 'tomorrow'],
    ['2026-12-08', 'in 7 days'],
    ['2026-11-30', '1 day ago'],
    ['2026-11-20', '11 days ago'],
  ])('from 2026-12-01, %s is %s', (iso, words) => {
    expect(relativeDays(civil('2026-12-01'), civil(iso))).toBe(words);
  });
});
