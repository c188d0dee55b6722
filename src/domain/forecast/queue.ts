import {
  type CivilDate,
  addDays,
  compareDates,
  daysBetween,
  isAfter,
  isBefore,
} from '../rules/civil-date';
import type { Pause } from '../rules/rule-settings';
import { type NationalRate, measureNationalRate } from './national-rate';

/**
 * The forecast (ilacs-rules.md, Forecast F1-F4): when each authority's next full inspection is
 * really likely. Ofsted works through the country roughly in turn, so every authority waits in one
 * national queue, ordered by the start of its latest full inspection; the queue moves at the
 * national rate, measured from the same data.
 */

/** An authority's latest full inspection, as the forecast knows it. */
export interface KnownInspection {
  /** What the caller knows the authority by (a row number, an LA code). */
  readonly id: string;
  readonly authority: string;
  readonly start: CivilDate;
  /** Known only from the national snapshot, so possibly out of date by the snapshot's age. */
  readonly fromSnapshot: boolean;
}

export interface NationalPicture {
  readonly inspections: readonly KnownInspection[];
  /** The last day the snapshot describes; the Tracker's own rows are as of today. */
  readonly snapshotAsOf?: CivilDate | undefined;
}

/** Local reordering: Ofsted takes authorities roughly, not strictly, in turn (about a season). */
export const BASE_HALF_WIDTH_DAYS = 91;

export interface Forecast {
  readonly expectedFrom: CivilDate;
  readonly expectedBy: CivilDate;
  /** The middle of the window before it is clipped to today. */
  readonly mostLikely: CivilDate;
  /** 1-based place in the national queue, after the inspections assumed since the snapshot. */
  readonly place: number;
  readonly queueLength: number;
  readonly rate: NationalRate;
  /** Inspections assumed to have happened since the snapshot's date, not knowing which. */
  readonly assumedSinceSnapshot: number;
  /** At the front of a stale snapshot: it may have been inspected since without the data showing it. */
  readonly mayHaveHappened: boolean;
}

export interface QueueForecast {
  readonly byId: ReadonlyMap<string, Forecast>;
  readonly rate?: NationalRate | undefined;
  readonly queueLength: number;
}

/** Oldest start first; equal starts by name (code-unit order: fast, and the same everywhere). */
function byStartThenName(a: KnownInspection, b: KnownInspection): number {
  const byStart = compareDates(a.start, b.start);
  if (byStart !== 0) return byStart;
  return a.authority < b.authority ? -1 : a.authority > b.authority ? 1 : 0;
}

/**
 * How many of the snapshot's authorities must have been inspected between its date and today at
 * the national rate, less those the Tracker already shows (F1: a stale snapshot rolled forward).
 */
function inspectionsAssumedSince(
  picture: NationalPicture,
  known: readonly KnownInspection[],
  rate: NationalRate,
  today: CivilDate,
): number {
  const asOf = picture.snapshotAsOf;
  if (!asOf || !isBefore(asOf, today)) return 0;
  const expected = Math.round((rate.perYear * daysBetween(asOf, today)) / 365.25);
  const seen = known.filter((inspection) => isAfter(inspection.start, asOf)).length;
  return Math.max(0, expected - seen);
}

function windowAround(
  today: CivilDate,
  daysAhead: number,
  rate: NationalRate,
): Pick<Forecast, 'expectedFrom' | 'expectedBy' | 'mostLikely'> {
  const halfWidth = Math.round(BASE_HALF_WIDTH_DAYS + rate.drift * daysAhead);
  const mostLikely = addDays(today, Math.round(daysAhead));
  const opens = addDays(mostLikely, -halfWidth);
  return {
    mostLikely,
    expectedFrom: isBefore(opens, today) ? today : opens,
    expectedBy: addDays(mostLikely, halfWidth),
  };
}

/**
 * Every authority's forecast as of `today`. Inspections that started after today are not used
 * (F1); the rate is measured up to the snapshot's date, the last day it can see (F3).
 */
export function forecastQueue(
  picture: NationalPicture,
  today: CivilDate,
  pauses: readonly Pause[],
): QueueForecast {
  const known = picture.inspections.filter((inspection) => !isAfter(inspection.start, today));
  const asOf =
    picture.snapshotAsOf && isBefore(picture.snapshotAsOf, today) ? picture.snapshotAsOf : today;
  const rate = measureNationalRate(
    known.filter((inspection) => !isAfter(inspection.start, asOf)).map(({ start }) => start),
    addDays(asOf, 1),
    pauses,
  );
  const byId = new Map<string, Forecast>();
  if (!rate) return { byId, queueLength: known.length };
  const queue = [...known].sort(byStartThenName);
  // Only authorities known from the snapshot can have been inspected without the data showing it.
  const fromSnapshot = queue.filter((inspection) => inspection.fromSnapshot);
  const assumedSinceSnapshot = Math.min(
    inspectionsAssumedSince(picture, known, rate, today),
    fromSnapshot.length,
  );
  const possiblyDone = new Set(fromSnapshot.slice(0, assumedSinceSnapshot));
  const queueLength = queue.length - assumedSinceSnapshot;
  let ahead = 0;
  for (const inspection of queue) {
    const mayHaveHappened = possiblyDone.has(inspection);
    const daysAhead = ((ahead + 0.5) * 365.25) / rate.perYear;
    byId.set(inspection.id, {
      ...windowAround(today, daysAhead, rate),
      place: ahead + 1,
      queueLength,
      rate,
      assumedSinceSnapshot,
      mayHaveHappened,
    });
    if (!mayHaveHappened) ahead += 1;
  }
  return { byId, rate, queueLength };
}
