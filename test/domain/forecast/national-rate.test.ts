import { addDays, civil, formatIso } from '../../../src/domain/rules/civil-date';
import {
  MIN_DRIFT,
  measureNationalRate,
  routineDaysBefore,
} from '../../../src/domain/forecast/national-rate';

const COVID = [{ first: civil('2020-03-17'), last: civil('2021-06-27') }];

/** `count` starts spread evenly over the `days` days before `until`. */
function evenly(count: number, until: string, days = 365) {
  return Array.from({ length: count }, (_, index) =>
    addDays(civil(until), -Math.floor(((index + 0.5) * days) / count) - 1),
  );
}

describe('routineDaysBefore', () => {
  test('a year back when no pause falls inside it', () => {
    expect(formatIso(routineDaysBefore(civil('2025-01-01'), 365, COVID))).toBe('2024-01-02');
  });

  test('days inside a pause (R2e) do not count: the year reaches back past it', () => {
    // 2021-06-28 to 2021-12-31 is 187 days; the other 178 come before 2020-03-17.
    expect(formatIso(routineDaysBefore(civil('2022-01-01'), 365, COVID))).toBe('2019-09-21');
  });
});

describe('measureNationalRate', () => {
  test('counts the latest inspections that started in the year before, as a yearly rate', () => {
    const rate = measureNationalRate(evenly(48, '2025-01-01'), civil('2025-01-01'), COVID);
    expect(rate?.perYear).toBeCloseTo(48 * (365.25 / 365), 5);
    expect(formatIso(rate!.since)).toBe('2024-01-02');
  });

  test('an inspection on the day itself is not yet counted, nor one from before the year', () => {
    const starts = [civil('2025-01-01'), civil('2024-01-01'), civil('2024-06-01')];
    expect(measureNationalRate(starts, civil('2025-01-01'), [])?.perYear).toBeCloseTo(365.25 / 365);
  });

  test('no inspection in the year: no rate, so no forecast', () => {
    expect(measureNationalRate([civil('2020-01-01')], civil('2025-01-01'), [])).toBeUndefined();
  });

  test('drift is how much the rate changed from the year before, at least 10% and at most 30%', () => {
    const steady = [...evenly(40, '2025-01-01'), ...evenly(40, '2024-01-02')];
    expect(measureNationalRate(steady, civil('2025-01-01'), [])?.drift).toBe(MIN_DRIFT);
    const rising = [...evenly(40, '2025-01-01'), ...evenly(32, '2024-01-02')];
    expect(measureNationalRate(rising, civil('2025-01-01'), [])?.drift).toBeCloseTo(0.2);
    const jump = [...evenly(40, '2025-01-01'), ...evenly(5, '2024-01-02')];
    expect(measureNationalRate(jump, civil('2025-01-01'), [])?.drift).toBe(0.3);
  });
});
