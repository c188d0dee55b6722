import fc from 'fast-check';
import {
  addDays,
  civil,
  compareDates,
  daysBetween,
  formatIso,
  fromDayNumber,
  toDayNumber,
} from '../../../src/domain/rules/civil-date';
import {
  BASE_HALF_WIDTH_DAYS,
  type KnownInspection,
  forecastQueue,
} from '../../../src/domain/forecast/queue';

const TODAY = civil('2025-01-06');

/** `count` authorities whose latest inspections started one every `everyDays` days up to `last`. */
function steadyQueue(count: number, last: string, everyDays: number): KnownInspection[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `la${index}`,
    authority: `Authority ${String(index).padStart(3, '0')}`,
    start: addDays(civil(last), -index * everyDays),
    fromSnapshot: true,
  }));
}

describe('forecastQueue', () => {
  // 150 authorities, one inspection a week: 52 a year, each last inspected up to ~2.9 years ago.
  const inspections = steadyQueue(150, '2025-01-03', 7);
  const { byId, rate, queueLength } = forecastQueue({ inspections }, TODAY, []);

  test('the rate is measured from the data: one a week is 52 a year', () => {
    expect(rate?.perYear).toBeCloseTo(52 * (365.25 / 365), 0);
    expect(queueLength).toBe(150);
  });

  test('the oldest inspection is first in the order, and its turn comes within days', () => {
    const first = byId.get('la149')!;
    expect(first.place).toBe(1);
    expect(daysBetween(TODAY, first.mostLikely)).toBeLessThan(7);
    expect(formatIso(first.expectedFrom)).toBe(formatIso(TODAY));
  });

  test('the newest inspection is last, about one cycle (150 at 52 a year) ahead', () => {
    const last = byId.get('la0')!;
    expect(last.place).toBe(150);
    expect(daysBetween(TODAY, last.mostLikely) / 365.25).toBeCloseTo(150 / 52, 1);
  });

  test('the window reaches a season either side, plus the drift share of the time ahead', () => {
    const middle = byId.get('la75')!;
    const ahead = daysBetween(TODAY, middle.mostLikely);
    const halfWidth = daysBetween(middle.mostLikely, middle.expectedBy);
    expect(halfWidth).toBeCloseTo(BASE_HALF_WIDTH_DAYS + middle.rate.drift * ahead, -1);
    expect(daysBetween(middle.expectedFrom, middle.mostLikely)).toBe(halfWidth);
  });

  test('nothing started after today is used (F1)', () => {
    const future = {
      id: 'soon',
      authority: 'Later',
      start: civil('2025-02-03'),
      fromSnapshot: false,
    };
    const withFuture = forecastQueue({ inspections: [...inspections, future] }, TODAY, []);
    expect(withFuture.byId.has('soon')).toBe(false);
    expect(withFuture.byId.get('la0')).toEqual(byId.get('la0'));
  });

  test('with no inspection in the last year there is no rate and no forecast', () => {
    const old = steadyQueue(10, '2020-01-01', 30);
    expect(forecastQueue({ inspections: old }, TODAY, []).byId.size).toBe(0);
  });

  test('a stale snapshot is rolled forward: the inspections since its date come off the front', () => {
    const asOf = civil('2024-07-01');
    const known = inspections.filter((inspection) => compareDates(inspection.start, asOf) <= 0);
    const rolled = forecastQueue({ inspections: known, snapshotAsOf: asOf }, TODAY, []);
    const assumed = rolled.byId.get('la149')!.assumedSinceSnapshot;
    // Half a year at about 52 a year.
    expect(assumed).toBeGreaterThan(20);
    expect(assumed).toBeLessThan(30);
    const front = [...rolled.byId.values()].filter((forecast) => forecast.mayHaveHappened);
    expect(front).toHaveLength(assumed);
    const firstAfter = [...rolled.byId.values()].find(
      (forecast) => !forecast.mayHaveHappened && forecast.place === 1,
    );
    expect(firstAfter).toBeDefined();
    expect(rolled.queueLength).toBe(known.length - assumed);
  });

  test("the Tracker's own inspections since the snapshot count towards those assumed", () => {
    const asOf = civil('2024-07-01');
    const stale = inspections.filter((inspection) => compareDates(inspection.start, asOf) <= 0);
    const fresh: KnownInspection[] = [1, 2, 3].map((index) => ({
      id: `fresh${index}`,
      authority: `Fresh ${index}`,
      start: addDays(asOf, index * 30),
      fromSnapshot: false,
    }));
    const alone = forecastQueue({ inspections: stale, snapshotAsOf: asOf }, TODAY, []);
    const withFresh = forecastQueue(
      { inspections: [...stale, ...fresh], snapshotAsOf: asOf },
      TODAY,
      [],
    );
    expect(withFresh.byId.get('la149')!.assumedSinceSnapshot).toBe(
      alone.byId.get('la149')!.assumedSinceSnapshot - 3,
    );
  });
});

describe('forecastQueue: properties', () => {
  const day = (from: string, to: string) =>
    fc
      .integer({ min: toDayNumber(civil(from)), max: toDayNumber(civil(to)) })
      .map((number) => fromDayNumber(number));
  const inspection = fc.record({
    start: day('2021-01-01', '2024-12-31'),
    fromSnapshot: fc.boolean(),
  });
  const picture = fc
    .tuple(
      fc.array(inspection, { minLength: 1, maxLength: 60 }),
      fc.option(day('2024-01-01', '2025-01-06')),
    )
    .map(([items, asOf]) => ({
      inspections: items.map((item, index) => ({
        ...item,
        id: `a${index}`,
        authority: `A${index}`,
      })),
      snapshotAsOf: asOf ?? undefined,
    }));

  test('every window holds its most likely day and never opens before today', () => {
    fc.assert(
      fc.property(picture, (input) => {
        for (const forecast of forecastQueue(input, TODAY, []).byId.values()) {
          expect(compareDates(forecast.expectedFrom, TODAY)).toBeGreaterThanOrEqual(0);
          expect(compareDates(forecast.expectedFrom, forecast.mostLikely)).toBeLessThanOrEqual(0);
          expect(compareDates(forecast.mostLikely, forecast.expectedBy)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  test('rolling a stale snapshot forward never moves an authority later', () => {
    fc.assert(
      fc.property(picture, (input) => {
        const rolled = forecastQueue(input, TODAY, []).byId;
        // The same inspections known first-hand: nothing to roll forward.
        const firstHand = forecastQueue(
          {
            ...input,
            inspections: input.inspections.map((item) => ({ ...item, fromSnapshot: false })),
          },
          TODAY,
          [],
        ).byId;
        for (const [id, forecast] of rolled) {
          const without = firstHand.get(id)!;
          expect(compareDates(forecast.mostLikely, without.mostLikely)).toBeLessThanOrEqual(0);
          expect(forecast.place).toBeLessThanOrEqual(without.place);
        }
      }),
    );
  });

  test('an earlier last inspection is never expected later', () => {
    fc.assert(
      fc.property(picture, (input) => {
        const byId = forecastQueue(input, TODAY, []).byId;
        const entries = input.inspections
          .filter((item) => byId.has(item.id) && !byId.get(item.id)!.mayHaveHappened)
          .sort((a, b) => compareDates(a.start, b.start));
        for (let index = 1; index < entries.length; index += 1) {
          const [earlier, later] = [entries[index - 1]!, entries[index]!];
          // Equal starts go by name, which this sort does not follow.
          if (compareDates(earlier.start, later.start) === 0) continue;
          const before = byId.get(earlier.id)!;
          const after = byId.get(later.id)!;
          expect(compareDates(before.mostLikely, after.mostLikely)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
