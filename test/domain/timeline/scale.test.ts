import { civil } from '../../../src/domain/rules/civil-date';
import {
  DAY_WIDTH,
  EARLIER_WIDTH,
  MONTHS_AFTER,
  MONTHS_BEFORE,
  barOf,
  monthTicks,
  placeOf,
  timeScale,
  xOf,
} from '../../../src/domain/timeline/scale';

const today = civil('2026-11-22');
const scale = timeScale(today);

describe('the time scale', () => {
  test('runs from the first of the month 6 months back to the end of the month 24 months on', () => {
    expect([MONTHS_BEFORE, MONTHS_AFTER]).toEqual([6, 24]);
    expect(scale.start).toEqual(civil('2026-05-01'));
    expect(scale.end).toEqual(civil('2028-12-01'));
    // 2026-05-01 to 2028-12-01 is 945 days (2028 is a leap year), after the column of what is earlier.
    expect(scale.left).toBe(EARLIER_WIDTH);
    expect(scale.width).toBe(EARLIER_WIDTH + 945 * DAY_WIDTH);
  });

  test('a day is placed by the days since the first, so equal gaps are equal lengths', () => {
    expect(xOf(scale, civil('2026-05-01'))).toBe(scale.left);
    expect(xOf(scale, civil('2026-05-02'))).toBe(scale.left + DAY_WIDTH);
    expect(xOf(scale, today)).toBe(scale.left + 205 * DAY_WIDTH);
    expect(xOf(scale, civil('2027-11-22')) - xOf(scale, today)).toBe(365 * DAY_WIDTH);
    expect(xOf(scale, civil('2028-11-30'))).toBe(scale.width - DAY_WIDTH);
  });

  test('each day is before, within or after the span', () => {
    expect(placeOf(scale, civil('2026-04-30'))).toBe('before');
    expect(placeOf(scale, civil('2026-05-01'))).toBe('within');
    expect(placeOf(scale, civil('2028-11-30'))).toBe('within');
    expect(placeOf(scale, civil('2028-12-01'))).toBe('after');
  });

  test("a window's bar covers its first to its last day, cut to the span", () => {
    const window = { opens: civil('2027-01-01'), closes: civil('2027-01-31') };
    expect(barOf(scale, window)).toEqual({
      x: xOf(scale, window.opens),
      width: 31 * DAY_WIDTH,
    });
    expect(barOf(scale, { opens: civil('2025-01-01'), closes: civil('2026-05-10') })).toEqual({
      x: scale.left,
      width: 10 * DAY_WIDTH,
    });
    expect(barOf(scale, { opens: civil('2028-11-01'), closes: civil('2029-03-01') })).toEqual({
      x: xOf(scale, civil('2028-11-01')),
      width: 30 * DAY_WIDTH,
    });
    expect(barOf(scale, { opens: civil('2025-01-01'), closes: civil('2026-04-30') })).toBe(
      'before',
    );
    expect(barOf(scale, { opens: civil('2028-12-01'), closes: civil('2029-03-01') })).toBe('after');
  });

  test('there is a tick for each of the 31 months, with the middle of each for its label', () => {
    const ticks = monthTicks(scale);
    expect(ticks).toHaveLength(31);
    expect(ticks[0]).toEqual({
      x: scale.left,
      month: civil('2026-05-01'),
      middle: scale.left + 15.5 * DAY_WIDTH,
    });
    expect(ticks.at(-1)?.month).toEqual(civil('2028-11-01'));
    expect(ticks.map((tick) => tick.month.day)).toEqual(new Array(31).fill(1));
  });

  test('a today at the end of a month keeps whole months', () => {
    const late = timeScale(civil('2024-01-31'));
    expect([late.start, late.end]).toEqual([civil('2023-07-01'), civil('2026-02-01')]);
  });
});
